/** Names of signing officials (TN-PNT-02, TN-PNT-03): titles to strip and where the name is written. */
import { rangeAt } from '../../load/yaml-source.js';
import type { DocumentIndex } from '../../ir-index/document.js';
import type { Place } from '../types.js';

const TITLE = /(?:^|[\s,])(Prof\.|Dr\.|Drs\.|Dra\.|Ir\.|H\.|Hj\.|KH\.|S\.[A-Za-z]+\.?(?:[A-Za-z]+\.)?|M\.[A-Za-z]+\.?|Ph\.D\.?|MBA|NIP\b)/;

/** The first academic, religious or civil-service title in a name, or null. */
export function titleIn(nama: string): string | null {
  const m = TITLE.exec(nama);
  return m ? m[1]! : null;
}

/** Where the official's name is written: `<key>.nama` in content/daerah.yaml when loaded. */
export function namePlace(doc: DocumentIndex, key: 'kepala_daerah' | 'sekretaris_daerah'): Place {
  const daerah = doc.input.daerah;
  if (!daerah) return { unit: null };
  return { file: daerah.file, ...rangeAt(daerah, [key, 'nama']) };
}

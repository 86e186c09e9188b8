/**
 * The uraian tugas lampiran from the organisation model (TN-KEP-09, issue 5): for every unit in reading
 * order a heading "A. Pembina", the sentence "Pembina mempunyai tugas:" and the tasks lettered a., b., …
 * with the rincian punctuation of TN-RIN-04/07 ("; dan" before the last). One task reads as one sentence.
 * Same data as the bagan and the susunan table.
 */
import type { BlokLampiran, Rincian, Runs, SourcePos } from '../../ir/types.js';
import type { YamlPath } from '../../load/yaml-source.js';
import type { DocumentBuilder } from '../builder.js';
import { plainText } from '../inline.js';
import { letter } from '../../ir/numbering.js';
import { buildRincian } from '../rincian.js';
import { mergeText } from '../text-resolver.js';
import { susunanOrder, type OrgModel } from '../../org/types.js';

type Alinea = Extract<BlokLampiran, { kind: 'alinea' }>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds the blocks; texts are resolved in the builder's second pass. */
export function uraianTugasBlocks(b: DocumentBuilder, model: OrgModel, base: YamlPath, idPrefix: string): BlokLampiran[] {
  const blocks: BlokLampiran[] = [];
  susunanOrder(model).forEach((u, n) => {
    const unitPath = [...base, 'unit', u.index];
    const source: SourcePos = b.pos(unitPath);
    blocks.push({ kind: 'judul', id: `${idPrefix}-${u.id}`, level: 2, label: `${letter(n + 1).toUpperCase()}.`, judul: plainText(u.nama), source });
    const single = u.tugas.length === 1 && (typeof u.tugas[0] === 'string' || u.tugas[0]!.butir === undefined);
    const alinea: Mutable<Alinea> = { kind: 'alinea', isi: [], source };
    blocks.push(alinea as Alinea);
    const place = { pasalId: null, ayatId: null, around: [] };
    let name: Runs = [];
    b.text(u.nama, { ...place, path: [...unitPath, 'nama'] }, '', (r) => {
      name = r;
      if (!single) alinea.isi = mergeText([...r, { kind: 'text', text: ' mempunyai tugas:' }]);
    });
    if (single) {
      // Queued after the name, so `name` is set when this resolves.
      const tugas = u.tugas[0]!;
      const path = typeof tugas === 'string' ? [...unitPath, 'tugas', 0] : [...unitPath, 'tugas', 0, 'teks'];
      b.text(typeof tugas === 'string' ? tugas : tugas.teks, { ...place, path }, '.', (r) => (alinea.isi = mergeText([...name, { kind: 'text', text: ' mempunyai tugas ' }, ...r])));
      return;
    }
    const butir: Rincian[] = buildRincian(b, u.tugas, u.rincianTugas, 1, '.', { pasalId: null, ayatId: null, chain: [], parentId: `${idPrefix}-${u.id}`, around: [], path: [...unitPath, 'tugas'] });
    blocks.push({ kind: 'daftar', butir, source: b.pos([...unitPath, 'tugas']) });
  });
  return blocks;
}

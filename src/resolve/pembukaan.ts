/**
 * Konsiderans and dasar hukum (TN-KONS-01…03, TN-DH-01…07): Menimbang items lettered a., b., …
 * ending with ";" and closed by the generated formula; Mengingat citations from the registry in
 * hierarchy and chronological order, unverified numbers flagged (NSK306).
 */
import { diag } from '../diagnostics/make.js';
import type { ButirBerlabel, DaftarBerlabel } from '../ir/types.js';
import { rangeAt, type YamlSource } from '../load/yaml-source.js';
import { closest } from '../util/suggest.js';
import type { DocumentBuilder, Mutable } from './builder.js';
import { compareOrder, isUnverified, citation, type PeraturanEntry } from './citation.js';
import type { Daerah } from './daerah.js';
import { formula } from './formulas.js';
import { letter } from '../ir/numbering.js';
import { joinDan } from './rujukan.js';

/** A konsiderans item as authored. */
export interface MenimbangSource {
  readonly id?: string;
  readonly teks: string;
}

/** A single pertimbangan that executes a delegation (TN-KONS-04): "bahwa untuk melaksanakan ketentuan …". */
const DELEGATION = /^\s*bahwa untuk melaksanakan ketentuan\b/;

/**
 * Builds Menimbang with the closing formula (TN-KONS-03); a single pertimbangan executing a delegation
 * stands alone, without a letter, and ends with "…, perlu menetapkan <jenis> tentang <nama>;" (TN-KONS-04).
 */
export function buildMenimbang(b: DocumentBuilder, items: readonly MenimbangSource[], templatesDir: string, jenisPeraturan: string, tentang: string): DaftarBerlabel {
  if (items.length === 1 && DELEGATION.test(items[0]!.teks)) {
    const item = items[0]!;
    const path = ['menimbang', 0];
    const id = item.id ?? 'menimbang.a';
    const node: Mutable<ButirBerlabel> = { id, label: '', isi: [], source: b.pos(path) };
    b.register({ id, kind: 'menimbang', chain: [{ word: '', value: 'Menimbang' }], pasalId: null, ayatId: null, parentKey: 'menimbang', position: 1, source: node.source }, path, item.id !== undefined);
    b.text(item.teks, { path: [...path, 'teks'], pasalId: null, ayatId: null, around: [id] }, `, perlu menetapkan ${jenisPeraturan} tentang ${tentang};`, (r) => (node.isi = r));
    return { label: 'Menimbang', butir: [node as ButirBerlabel] };
  }
  const butir: ButirBerlabel[] = items.map((item, i) => {
    const path = ['menimbang', i];
    const id = item.id ?? `menimbang.${letter(i + 1)}`;
    const node: Mutable<ButirBerlabel> = { id, label: `${letter(i + 1)}.`, isi: [], source: b.pos(path) };
    b.register({ id, kind: 'menimbang', chain: [{ word: 'huruf', value: letter(i + 1) }], pasalId: null, ayatId: null, parentKey: 'menimbang', position: i + 1, source: node.source }, path, item.id !== undefined);
    b.text(item.teks, { path: [...path, 'teks'], pasalId: null, ayatId: null, around: [id] }, ';', (r) => (node.isi = r));
    return node as ButirBerlabel;
  });
  const huruf = joinDan(items.map((_, i) => `huruf ${letter(i + 1)}`));
  const closing = formula(templatesDir, 'konsiderans-penutup', { huruf, jenisPeraturan, tentang });
  butir.push({ id: 'menimbang.penutup', label: `${letter(items.length + 1)}.`, isi: [{ kind: 'text', text: `${closing};` }], source: null });
  return { label: 'Menimbang', butir };
}

/** Builds Mengingat from registry keys; checks existence, order and verification. */
export function buildMengingat(b: DocumentBuilder, keys: readonly string[], registry: YamlSource, daerah: Daerah, strict: boolean): DaftarBerlabel {
  const entries = registry.data as Record<string, PeraturanEntry>;
  const single = keys.length === 1;
  const butir: ButirBerlabel[] = [];
  let previous: { key: string; entry: PeraturanEntry } | undefined;
  keys.forEach((key, i) => {
    const path = ['mengingat', i];
    const entry = entries[key];
    if (!entry) {
      const suggestion = closest(key, Object.keys(entries));
      b.error('NSK303', path, `Dasar hukum \`${key}\` tidak ada dalam ${registry.file}.`, suggestion ? `Mungkin maksud Anda \`${suggestion}\`?` : `Tambahkan entri \`${key}\` ke ${registry.file}.`);
      return;
    }
    if (previous) {
      const cmp = compareOrder(previous.entry, entry);
      if (cmp.level > 0) b.error('NSK304', path, `\`${key}\` lebih tinggi hierarkinya daripada \`${previous.key}\` tetapi ditulis sesudahnya.`, `Pindahkan \`${key}\` ke atas \`${previous.key}\`.`);
      else if (cmp.level === 0 && cmp.chronology > 0) b.error('NSK305', path, `\`${key}\` diundangkan lebih dahulu daripada \`${previous.key}\` tetapi ditulis sesudahnya.`, `Dalam jenjang yang sama urutkan menurut waktu: pindahkan \`${key}\` ke atas \`${previous.key}\`.`);
    }
    previous = { key, entry };
    if (isUnverified(entry)) {
      const related = rangeAt(registry, [key], true);
      b.diagnostics.push(diag('NSK306', {
        file: b.source.file, ...rangeAt(b.source, path), severity: strict ? 'error' : 'warning',
        message: `Kutipan \`${key}\` memuat nomor yang belum terverifikasi; dicetak "...".`,
        hint: entry.catatan ?? entry.perubahan?.[entry.perubahan.length - 1]?.catatan ?? `Konfirmasi nomornya di JDIH lalu isi dan ubah status menjadi \`terverifikasi\` di ${registry.file}.`,
        related: [{ message: 'Entri registri dasar hukum.', file: registry.file, start: related.start }],
      }));
    }
    butir.push({ id: key, label: single ? '' : `${butir.length + 1}.`, isi: [{ kind: 'text', text: `${citation(entry, daerah)};` }], source: b.pos(path) });
  });
  return { label: 'Mengingat', butir };
}

/**
 * The susunan keanggotaan table from the organisation model (TN-KEP-14 b, c): No. | Kedudukan |
 * Jabatan/Instansi | Keterangan, one number per unit in reading order (by unsur, then komando order),
 * one row per pengisi (members
 * designated by office, ex officio, wherever the data says so). Same data as the bagan and the tasks.
 */
import type { BlokLampiran, Runs, SourcePos } from '../../ir/types.js';
import type { YamlPath } from '../../load/yaml-source.js';
import type { DocumentBuilder } from '../builder.js';
import { susunanOrder, type OrgModel, type PengisiSource } from '../../org/types.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const text = (value: string): Runs => (value === '' ? [] : [{ kind: 'text', text: value }]);

/** What the Jabatan/Instansi column says of a pengisi: the office, or the person and their office. */
export function pengisiCell(p: PengisiSource): string {
  if (p.nama) return p.jabatan ? `${p.nama}, ${p.jabatan}` : p.nama;
  return p.jabatan ?? '';
}

/** Builds the table; kedudukan, jabatan and keterangan texts are resolved in the builder's second pass. */
export function susunanTable(b: DocumentBuilder, model: OrgModel, base: YamlPath, options: { id: string; orgName: string | null; source: SourcePos | null }): Tabel {
  const rows: Runs[][] = [];
  susunanOrder(model).forEach((u, n) => {
    const unitPath = [...base, 'unit', u.index];
    u.pengisi.forEach((p, j) => {
      const row: Runs[] = [text(j === 0 ? `${n + 1}.` : ''), [], [], []];
      rows.push(row);
      const place = { pasalId: null, ayatId: null, around: [] };
      if (j === 0) b.text(u.nama, { ...place, path: [...unitPath, 'nama'] }, '', (r) => (row[1] = r));
      const pengisi = pengisiCell(p);
      b.text(pengisi, { ...place, path: [...unitPath, 'pengisi', j, p.jabatan && !p.nama ? 'jabatan' : 'nama'] }, '', (r) => (row[2] = r));
      const keterangan = j === 0 ? u.keterangan : null;
      if (keterangan) b.text(keterangan, { ...place, path: [...unitPath, 'keterangan'] }, '', (r) => (row[3] = r));
    });
  });
  const table: Mutable<Tabel> = {
    kind: 'tabel',
    id: options.id,
    label: '',
    judul: '',
    kepala: [[text('No.'), text(options.orgName ? `Kedudukan dalam ${options.orgName}` : 'Kedudukan'), text('Jabatan/Instansi'), text('Keterangan')]],
    baris: rows,
    lebar: null,
    source: options.source,
  };
  return table as Tabel;
}

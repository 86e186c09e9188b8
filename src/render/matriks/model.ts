/**
 * The matriks perubahan as data (TN-MTX-01, TN-MTX-03): a title, the two revisions, one row per changed
 * entry with NO | RUMUSAN SEMULA | RUMUSAN PERUBAHAN | KETERANGAN, and one closing line for everything
 * that only changed number. The DOCX and the Typst layout both render exactly this.
 */
import type { Line, Entry } from '../../diff/entries.js';
import { renumberingSentence } from '../../diff/renumbering-summary.js';
import type { Dokumen } from '../../ir/types.js';

/** One row of the table. */
export interface MatriksRow {
  readonly no: number;
  readonly semula: Line[];
  readonly perubahan: Line[];
  readonly keterangan: string;
}

/** The whole matriks. */
export interface Matriks {
  /** Title lines, e.g. ["MATRIKS PERUBAHAN", "RANCANGAN PERATURAN BUPATI PURWAKARTA", "TENTANG", "…"]. */
  readonly judul: string[];
  /** "Revisi 1 — Draf awal tim efektif (11 Agustus 2025)". */
  readonly semula: string;
  readonly perubahan: string;
  readonly rows: MatriksRow[];
  /** The renumbering summary, or null. */
  readonly renumberingSummary: string | null;
  /** ISO date for document properties (revision B's date). */
  readonly date: string;
}

/** A run of inserted (or deleted) Lampiran blocks longer than this becomes one row listing its headings. */
const LONG_RUN = 6;

const isBlock = (e: Entry): boolean => e.kind.startsWith('blok-');

/** One row standing for a long run of inserted or deleted Lampiran blocks: its BAB headings and a count. */
function runRow(run: readonly Entry[], no: number): MatriksRow {
  const unit = (e: Entry) => (e.root.b ?? e.root.a)!;
  const inserted = run[0]!.status === 'inserted';
  const headings = run.filter((e) => e.kind === 'blok-judul').map(unit);
  const bab = headings.filter((u) => u.number.startsWith('BAB'));
  const shown = (bab.length > 0 ? bab : headings).slice(0, 40);
  const op = inserted ? '+' : '-';
  const lines: Line[] = shown.map((u) => ({ level: 0, label: [{ op, text: u.label, italic: false }], text: [{ op, text: u.text, italic: false }], centred: false }));
  lines.push({ level: 0, label: [], text: [{ op: '=', text: `(${run.length} unsur; rumusan lengkap dalam redline.docx dan perubahan.html)`, italic: true }], centred: false });
  const from = (shown[0] ?? unit(run[0]!)).address;
  const lastAddress = (shown[shown.length - 1] ?? unit(run[run.length - 1]!)).address;
  const shared = from.split(' ')[0]!;
  const to = lastAddress.startsWith(`${shared} `) && shared !== 'BAB' ? lastAddress.slice(shared.length + 1) : lastAddress;
  return {
    no,
    semula: inserted ? [] : lines,
    perubahan: inserted ? lines : [],
    keterangan: `${from === lastAddress ? from : `${from} s.d. ${to}`} ${inserted ? 'disisipkan' : 'dihapus'} (${run.length} unsur)`,
  };
}

/** Builds the matriks from the entries of a comparison. */
export function buildMatriks(entries: readonly Entry[], irB: Dokumen, semula: string, perubahan: string, date: string): Matriks {
  const judul = irB.jenis === 'buku-pedoman'
    ? ['MATRIKS PERUBAHAN', ...irB.sampul.judul]
    : ['MATRIKS PERUBAHAN', ...(irB.status === 'rancangan' ? [`RANCANGAN ${irB.judul.baris[0] ?? ''}`] : [irB.judul.baris[0] ?? '']), ...irB.judul.baris.slice(2)];
  const changed = entries.filter((e) => e.status === 'changed' || e.status === 'inserted' || e.status === 'deleted');
  const rows: MatriksRow[] = [];
  for (let i = 0; i < changed.length; ) {
    const e = changed[i]!;
    if (isBlock(e) && e.status !== 'changed') {
      let j = i + 1;
      while (j < changed.length && isBlock(changed[j]!) && changed[j]!.status === e.status) j++;
      if (j - i > LONG_RUN) {
        rows.push(runRow(changed.slice(i, j), rows.length + 1));
        i = j;
        continue;
      }
    }
    rows.push({ no: rows.length + 1, semula: e.semula, perubahan: e.perubahan, keterangan: e.keterangan.join('; ') });
    i++;
  }
  return { judul, semula, perubahan, rows, renumberingSummary: renumberingSentence(entries), date };
}

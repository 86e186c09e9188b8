/**
 * The matriks perubahan as data (TN-MTX-01, TN-MTX-03): a title, the two revisions, one row per changed
 * entry with NO | RUMUSAN SEMULA | RUMUSAN PERUBAHAN | KETERANGAN, and one closing line for everything
 * that only changed number. The DOCX and the Typst layout both render exactly this.
 */
import type { Baris, Entri } from '../../diff/entri.js';
import { kalimatRingkasanNomor } from '../../diff/ringkasan-nomor.js';
import type { Dokumen } from '../../ir/types.js';

/** One row of the table. */
export interface BarisMatriks {
  readonly no: number;
  readonly semula: Baris[];
  readonly perubahan: Baris[];
  readonly keterangan: string;
}

/** The whole matriks. */
export interface Matriks {
  /** Title lines, e.g. ["MATRIKS PERUBAHAN", "RANCANGAN PERATURAN BUPATI PURWAKARTA", "TENTANG", "…"]. */
  readonly judul: string[];
  /** "Revisi 1 — Draf awal tim efektif (11 Agustus 2025)". */
  readonly semula: string;
  readonly perubahan: string;
  readonly baris: BarisMatriks[];
  /** The renumbering summary, or null. */
  readonly ringkasanNomor: string | null;
  /** ISO date for document properties (revision B's date). */
  readonly tanggal: string;
}

/** A run of inserted (or deleted) Lampiran blocks longer than this becomes one row listing its headings. */
const BATAS_RANGKAIAN = 6;

const isBlok = (e: Entri): boolean => e.jenis.startsWith('blok-');

/** One row standing for a long run of inserted or deleted Lampiran blocks: its BAB headings and a count. */
function rangkaian(run: readonly Entri[], no: number): BarisMatriks {
  const unit = (e: Entri) => (e.root.b ?? e.root.a)!;
  const inserted = run[0]!.status === 'disisipkan';
  const headings = run.filter((e) => e.jenis === 'blok-judul').map(unit);
  const bab = headings.filter((u) => u.nomor.startsWith('BAB'));
  const shown = (bab.length > 0 ? bab : headings).slice(0, 40);
  const op = inserted ? '+' : '-';
  const lines: Baris[] = shown.map((u) => ({ tingkat: 0, label: [{ op, text: u.label, miring: false }], isi: [{ op, text: u.teks, miring: false }], tengah: false }));
  lines.push({ tingkat: 0, label: [], isi: [{ op: '=', text: `(${run.length} unsur; rumusan lengkap dalam redline.docx dan perubahan.html)`, miring: true }], tengah: false });
  const from = (shown[0] ?? unit(run[0]!)).alamat;
  const lastAlamat = (shown[shown.length - 1] ?? unit(run[run.length - 1]!)).alamat;
  const shared = from.split(' ')[0]!;
  const to = lastAlamat.startsWith(`${shared} `) && shared !== 'BAB' ? lastAlamat.slice(shared.length + 1) : lastAlamat;
  return {
    no,
    semula: inserted ? [] : lines,
    perubahan: inserted ? lines : [],
    keterangan: `${from === lastAlamat ? from : `${from} s.d. ${to}`} ${inserted ? 'disisipkan' : 'dihapus'} (${run.length} unsur)`,
  };
}

/** Builds the matriks from the entries of a comparison. */
export function susunMatriks(entri: readonly Entri[], irB: Dokumen, semula: string, perubahan: string, tanggal: string): Matriks {
  const judul = irB.jenis === 'buku-pedoman'
    ? ['MATRIKS PERUBAHAN', ...irB.sampul.judul]
    : ['MATRIKS PERUBAHAN', ...(irB.status === 'rancangan' ? [`RANCANGAN ${irB.judul.baris[0] ?? ''}`] : [irB.judul.baris[0] ?? '']), ...irB.judul.baris.slice(2)];
  const changed = entri.filter((e) => e.status === 'berubah' || e.status === 'disisipkan' || e.status === 'dihapus');
  const baris: BarisMatriks[] = [];
  for (let i = 0; i < changed.length; ) {
    const e = changed[i]!;
    if (isBlok(e) && e.status !== 'berubah') {
      let j = i + 1;
      while (j < changed.length && isBlok(changed[j]!) && changed[j]!.status === e.status) j++;
      if (j - i > BATAS_RANGKAIAN) {
        baris.push(rangkaian(changed.slice(i, j), baris.length + 1));
        i = j;
        continue;
      }
    }
    baris.push({ no: baris.length + 1, semula: e.semula, perubahan: e.perubahan, keterangan: e.keterangan.join('; ') });
    i++;
  }
  return { judul, semula, perubahan, baris, ringkasanNomor: kalimatRingkasanNomor(entri), tanggal };
}

/**
 * The comparison as reviewers read it (TN-MTX-01, TN-MTX-03): one entry per Pasal, definition, heading,
 * Menimbang or Mengingat item, penutup block and Lampiran block, with its RUMUSAN SEMULA and RUMUSAN
 * PERUBAHAN as lines of marked text, its KETERANGAN, and whether it changed, changed only its number
 * (summarised in one line by ringkasan-nomor.ts), or stayed the same.
 */
import type { Runs } from '../ir/types.js';
import { dihapus, disisipkan, type Perbandingan, type Simpul } from './compare.js';
import { jenisPerubahan, keterangan } from './describe.js';
import type { JenisUnit, UnitDiff } from './unit.js';
import type { Op, Potongan } from './words.js';

/** A line of one side of an entry: its label and text as marked pieces. */
export interface Baris {
  /** Indentation level below the entry's root (0 for the root). */
  readonly tingkat: number;
  readonly label: Potongan[];
  readonly isi: Potongan[];
  /** Centred (headings, "Pasal 7"). */
  readonly tengah: boolean;
}

/** What happened to an entry as a whole. */
export type StatusEntri = 'sama' | 'disisipkan' | 'dihapus' | 'berubah' | 'nomor';

/** One entry of the matriks perubahan. */
export interface Entri {
  readonly root: Simpul;
  readonly jenis: JenisUnit;
  readonly status: StatusEntri;
  readonly keterangan: string[];
  readonly semula: Baris[];
  readonly perubahan: Baris[];
  /** The BAB (or Lampiran) the entry belongs to, for navigation: "BAB IV MEKANISME LAYANAN …". */
  readonly bagian: string;
}

/** Units that head an entry of their own; ayat and rincian belong to their Pasal's entry. */
const AKAR: ReadonlySet<JenisUnit> = new Set<JenisUnit>(['judul', 'menimbang', 'mengingat', 'memperhatikan', 'menetapkan', 'bab', 'bagian', 'paragraf', 'pasal', 'definisi', 'diktum', 'penutup', 'lampiran', 'sampul', 'kata-pengantar', 'blok-judul', 'blok-alinea', 'blok-daftar', 'blok-tabel', 'blok-gambar']);

const unitOf = (s: Simpul): UnitDiff => (s.b ?? s.a)!;
const isAkar = (s: Simpul): boolean => AKAR.has(unitOf(s).jenis);

function pieces(runs: Runs, op: Op): Potongan[] {
  return runs.filter((r) => r.text !== '').map((r) => ({ op, text: r.text, miring: r.kind === 'italic' }));
}

/** Splits pieces at newlines (tables are kept as one text with a line per row). */
function splitLines(list: readonly Potongan[]): Potongan[][] {
  const lines: Potongan[][] = [[]];
  for (const p of list) {
    const parts = p.text.split('\n');
    parts.forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text !== '') lines[lines.length - 1]!.push({ ...p, text });
    });
  }
  return lines;
}

const TENGAH: ReadonlySet<JenisUnit> = new Set<JenisUnit>(['judul', 'bab', 'bagian', 'paragraf', 'pasal', 'lampiran']);

/** The lines of one side of an entry. */
function sisi(root: Simpul, members: readonly Simpul[], side: 'a' | 'b'): Baris[] {
  const out: Baris[] = [];
  const rootUnit = root[side];
  if (!rootUnit) return out;
  const mark: Op = side === 'a' ? '-' : '+';
  for (const m of members) {
    const u = m[side];
    if (!u) continue;
    // A unit moved here from another parent is shown only where it now is.
    if (m !== root && m.parentChanged && side === 'a') continue;
    const whole = side === 'a' ? dihapus(m) || dihapus(root) : disisipkan(m) || disisipkan(root) || (m !== root && m.parentChanged);
    const isi = whole ? pieces(u.runs, mark) : m.potongan ? m.potongan.filter((p) => p.op === '=' || p.op === mark) : pieces(u.runs, '=');
    const labelOp: Op = whole || m.renumbered ? mark : '=';
    const tingkat = Math.max(0, u.depth - rootUnit.depth);
    const tengah = TENGAH.has(u.jenis);
    const label = u.label !== '' ? [{ op: labelOp, text: u.label, miring: false }] : [];
    if (u.jenis === 'bab' || u.jenis === 'bagian' || u.jenis === 'paragraf') {
      out.push({ tingkat, label, isi: [], tengah });
      out.push({ tingkat, label: [], isi, tengah });
      continue;
    }
    if (u.jenis === 'pasal') {
      out.push({ tingkat, label, isi: [], tengah });
      continue;
    }
    splitLines(isi).forEach((line, i) => out.push({ tingkat, label: i === 0 ? label : [], isi: line, tengah }));
  }
  return out;
}

/** Every entry of the comparison in document order (revision B's order, deleted ones where they were). */
export function daftarEntri(d: Perbandingan): Entri[] {
  const out: Entri[] = [];
  let bagian = '';
  for (const root of d.urutan) {
    if (!isAkar(root)) continue;
    const u = unitOf(root);
    if (u.jenis === 'bab' || u.jenis === 'lampiran' || (u.jenis === 'blok-judul' && u.label.startsWith('BAB'))) bagian = `${u.alamat} ${u.teks}`.trim();
    else if (['judul', 'menimbang', 'mengingat', 'memperhatikan', 'menetapkan'].includes(u.jenis)) bagian = 'Pembukaan';
    else if (u.jenis === 'penutup') bagian = 'Penutup';
    const members: Simpul[] = [];
    const walk = (s: Simpul): void => {
      members.push(s);
      for (const c of s.children) if (!isAkar(c)) walk(c);
    };
    walk(root);
    const changed = members.filter((m) => {
      const kind = jenisPerubahan(m);
      if (kind === null) return false;
      if (m !== root && (disisipkan(m) && m.parent && disisipkan(m.parent) || dihapus(m) && m.parent && dihapus(m.parent))) return false;
      return true;
    });
    const status: StatusEntri = !root.a ? 'disisipkan' : !root.b ? 'dihapus' : changed.length === 0 ? 'sama' : changed.every((m) => jenisPerubahan(m) === 'renumbered') ? 'nomor' : 'berubah';
    const ket = status === 'disisipkan' || status === 'dihapus' ? [keterangan(d, root)] : changed.map((m) => keterangan(d, m));
    out.push({ root, jenis: u.jenis, status, keterangan: ket, semula: sisi(root, members, 'a'), perubahan: sisi(root, members, 'b'), bagian });
  }
  return out;
}

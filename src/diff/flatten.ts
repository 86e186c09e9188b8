/**
 * Flattens a document's IR into the units the structural diff compares (unit.ts), in document order:
 * judul, Menimbang, Mengingat, Menetapkan, every level of the batang tubuh down to rincian and
 * definitions, diktum, penutup, and the Lampiran with their blocks. Also returns which IR node each
 * key belongs to, so the redline can find a unit's paragraphs.
 */
import type { BlokLampiran, ButirBerlabel, DaftarBerlabel, Dokumen, Naskah, Rincian, Runs, Unit } from '../ir/types.js';
import { isAuthored, nomorButir, runsDari, teksRuns, type JenisUnit, type UnitDiff } from './unit.js';

/** The flattened document. */
export interface DokumenDatar {
  readonly units: UnitDiff[];
  readonly byKey: Map<string, UnitDiff>;
  /** IR node (Bab, Pasal, Ayat, Rincian, ButirBerlabel, Lampiran, blok, …) → its unit key. */
  readonly kunciNode: Map<object, string>;
}

interface Tambah {
  readonly jenis: JenisUnit;
  readonly key: string;
  readonly label?: string;
  readonly nomor?: string;
  readonly alamat: string;
  readonly tempat: string;
  readonly runs?: Runs;
  readonly istilah?: string | null;
  readonly parent: string | null;
  readonly depth: number;
  readonly node?: object;
}

/** Collects units, keeping keys unique (a repeated key gets "#n"). */
class Pengumpul {
  readonly units: UnitDiff[] = [];
  readonly byKey = new Map<string, UnitDiff>();
  readonly kunciNode = new Map<object, string>();

  tambah(t: Tambah): string {
    let key = t.key;
    for (let n = 2; this.byKey.has(key); n++) key = `${t.key}#${n}`;
    const runs = t.runs ?? [];
    const unit: UnitDiff = {
      key, authored: isAuthored(key), jenis: t.jenis, label: t.label ?? '', nomor: t.nomor ?? '', alamat: t.alamat, tempat: t.tempat,
      runs, teks: teksRuns(runs), istilah: t.istilah ?? null, parent: t.parent, children: [], index: this.units.length, depth: t.depth,
    };
    this.units.push(unit);
    this.byKey.set(key, unit);
    if (t.parent !== null) this.byKey.get(t.parent)?.children.push(key);
    if (t.node) this.kunciNode.set(t.node, key);
    return key;
  }
}

const JENIS_DAFTAR: Record<string, JenisUnit> = { Menimbang: 'menimbang', Mengingat: 'mengingat', Memperhatikan: 'memperhatikan', Menetapkan: 'menetapkan' };

function daftarBerlabel(c: Pengumpul, daftar: DaftarBerlabel): void {
  const jenis = JENIS_DAFTAR[daftar.label] ?? 'menetapkan';
  for (const b of daftar.butir) {
    // Mengingat items are keyed by their registry key, namespaced so they never meet a unit id.
    const key = jenis === 'mengingat' || jenis === 'memperhatikan' ? `${jenis}/${b.id}` : b.id;
    const nomor = nomorButir(b.label);
    c.tambah({ jenis, key, label: b.label, nomor, alamat: nomor ? `${daftar.label} ${nomor}` : daftar.label, tempat: daftar.label, runs: b.isi, parent: null, depth: 0, node: b as ButirBerlabel });
  }
}

function rincian(c: Pengumpul, items: readonly Rincian[], parent: string, parentAlamat: string, depth: number): void {
  for (const r of items) {
    const nomor = nomorButir(r.label);
    const alamat = `${parentAlamat} ${nomor}`.trim();
    const jenis: JenisUnit = r.definisi ? 'definisi' : 'rincian';
    const key = c.tambah({ jenis, key: r.id, label: r.label, nomor, alamat, tempat: parentAlamat, runs: r.isi, istilah: r.definisi?.istilah ?? null, parent, depth: r.definisi ? 0 : depth, node: r });
    rincian(c, r.rincian, key, alamat, r.definisi ? 1 : depth + 1);
  }
}

function batangTubuh(c: Pengumpul, units: readonly Unit[], parent: string | null, tempat: string): void {
  for (const u of units) {
    if (u.kind === 'pasal') {
      const key = c.tambah({ jenis: 'pasal', key: u.id, label: u.label, nomor: u.label, alamat: u.label, tempat, parent, depth: 0, node: u });
      for (const a of u.ayat) {
        const nomor = nomorButir(a.label, true);
        const alamat = `${u.label} ${nomor}`.trim();
        const ayat = c.tambah({ jenis: 'ayat', key: a.id, label: a.label ?? '', nomor, alamat, tempat: u.label, runs: a.isi, parent: key, depth: 1, node: a });
        rincian(c, a.rincian, ayat, alamat, 2);
      }
      continue;
    }
    const alamat = `${tempat} ${u.label}`.trim();
    const key = c.tambah({ jenis: u.kind, key: u.id, label: u.label, nomor: u.label, alamat, tempat, runs: runsDari(u.judul), parent, depth: 0, node: u });
    batangTubuh(c, u.isi, key, alamat);
  }
}

/** "A." → "huruf A", "1." → "angka 1", "BAB I" stays. */
function nomorJudulBlok(label: string): string {
  return /^[A-Za-z]{1,3}[.)]$|^\d+[.)]$/.test(label) ? nomorButir(label) : label;
}

/** Blocks of a Lampiran or a Buku Pedoman, under `parent`, addressed from `awal` ("Lampiran", ""). */
function blok(c: Pengumpul, isi: readonly BlokLampiran[], parent: string | null, prefix: string, awal: string): void {
  const judul: string[] = [];
  const tempat = (): string => [awal, ...judul.filter((s) => s !== '')].join(' ').trim();
  isi.forEach((b, i) => {
    switch (b.kind) {
      case 'judul': {
        const level = Math.max(1, b.level);
        judul.length = level - 1;
        const nomor = nomorJudulBlok(b.label);
        const atas = tempat();
        judul.push(nomor);
        c.tambah({ jenis: 'blok-judul', key: b.id || `${prefix}.judul.${i}`, label: b.label, nomor, alamat: tempat() || b.judul, tempat: atas, runs: runsDari(b.judul), parent, depth: 0, node: b });
        break;
      }
      case 'alinea':
        c.tambah({ jenis: 'blok-alinea', key: `${prefix}.alinea.${i}`, alamat: tempat() || 'Alinea', tempat: tempat(), runs: b.isi, parent, depth: 0, node: b });
        break;
      case 'daftar': {
        const key = c.tambah({ jenis: 'blok-daftar', key: `${prefix}.daftar.${i}`, alamat: tempat() || 'Daftar', tempat: tempat(), parent, depth: 0, node: b });
        rincian(c, b.butir, key, tempat(), 1);
        break;
      }
      case 'tabel': {
        const rows = [...b.kepala, ...b.baris].map((row) => row.map(teksRuns).join(' | ')).join('\n');
        c.tambah({ jenis: 'blok-tabel', key: b.id || `${prefix}.tabel.${i}`, label: b.label, nomor: b.label, alamat: `${awal} ${b.label}`.trim() || 'Tabel', tempat: tempat(), runs: runsDari([[b.label, b.judul].filter((s) => s !== '').join(' '), rows].join('\n')), parent, depth: 0, node: b });
        break;
      }
      case 'gambar':
        c.tambah({ jenis: 'blok-gambar', key: b.id || `${prefix}.gambar.${i}`, label: b.label, nomor: b.label, alamat: `${awal} ${b.label}`.trim() || 'Gambar', tempat: tempat(), runs: runsDari([b.label, b.judul].filter((s) => s !== '').join(' ')), parent, depth: 0, node: b });
        break;
      case 'halaman-baru':
        break;
    }
  });
}

function naskah(c: Pengumpul, ir: Naskah): void {
  const judul = [...(ir.judul.rancangan ? ['RANCANGAN'] : []), ...ir.judul.baris].join(' ');
  c.tambah({ jenis: 'judul', key: 'judul', nomor: 'Judul', alamat: 'Judul', tempat: '', runs: runsDari(judul), parent: null, depth: 0, node: ir.judul });
  daftarBerlabel(c, ir.pembukaan.menimbang);
  daftarBerlabel(c, ir.pembukaan.mengingat);
  if (ir.pembukaan.memperhatikan) daftarBerlabel(c, ir.pembukaan.memperhatikan);
  daftarBerlabel(c, ir.pembukaan.menetapkan);
  batangTubuh(c, ir.batangTubuh, null, '');
  for (const d of ir.diktum) {
    const alamat = `Diktum ${d.label}`;
    const key = c.tambah({ jenis: 'diktum', key: d.id, label: d.label, nomor: alamat, alamat, tempat: '', runs: d.isi, parent: null, depth: 0, node: d });
    rincian(c, d.rincian, key, alamat, 1);
  }
  ir.penutup.alinea.forEach((a, i) => c.tambah({ jenis: 'penutup', key: `penutup.alinea.${i + 1}`, alamat: 'Penutup', tempat: '', runs: a, parent: null, depth: 0, node: a }));
  const blokTtd = (key: string, alamat: string, p: { baris: readonly string[]; nama: string }): void => {
    c.tambah({ jenis: 'penutup', key, alamat, tempat: '', runs: runsDari([...p.baris, p.nama].join(' ')), parent: null, depth: 0, node: p });
  };
  blokTtd('penutup.penetapan', 'Penetapan', ir.penutup.penetapan);
  if (ir.penutup.pengundangan) blokTtd('penutup.pengundangan', 'Pengundangan', ir.penutup.pengundangan);
  if (ir.penutup.beritaDaerah !== null) c.tambah({ jenis: 'penutup', key: 'penutup.berita-daerah', alamat: 'Berita Daerah', tempat: '', runs: runsDari(ir.penutup.beritaDaerah), parent: null, depth: 0 });
  for (const l of ir.lampiran) {
    const nama = l.kepala[0] ? l.kepala[0].charAt(0) + l.kepala[0].slice(1).toLowerCase().replace(/ ([ivxlcdm]+)$/, (_, r: string) => ` ${r.toUpperCase()}`) : 'Lampiran';
    const key = c.tambah({ jenis: 'lampiran', key: l.id, nomor: nama, alamat: nama, tempat: '', runs: runsDari(l.judul.join(' ')), parent: null, depth: 0, node: l });
    blok(c, l.isi, key, l.id, nama);
  }
}

/** Flattens `ir` into diff units. */
export function datarkan(ir: Dokumen): DokumenDatar {
  const c = new Pengumpul();
  if (ir.jenis === 'buku-pedoman') {
    c.tambah({ jenis: 'sampul', key: 'sampul', alamat: 'Sampul', tempat: '', runs: runsDari([...ir.sampul.judul, ...ir.sampul.penyusun, ir.sampul.tahun].join(' ')), parent: null, depth: 0, node: ir.sampul });
    if (ir.kataPengantar) {
      ir.kataPengantar.alinea.forEach((a, i) => c.tambah({ jenis: 'kata-pengantar', key: `kata-pengantar.${i + 1}`, alamat: 'Kata Pengantar', tempat: '', runs: a, parent: null, depth: 0, node: a }));
      const p = ir.kataPengantar.penandatangan;
      c.tambah({ jenis: 'kata-pengantar', key: 'kata-pengantar.penandatangan', alamat: 'Kata Pengantar', tempat: '', runs: runsDari([...p.baris, p.nama].join(' ')), parent: null, depth: 0, node: p });
    }
    blok(c, ir.isi, null, 'isi', '');
  } else {
    naskah(c, ir);
  }
  return { units: c.units, byKey: c.byKey, kunciNode: c.kunciNode };
}

/**
 * Flattens a document's IR into the units the structural diff compares (unit.ts), in document order:
 * judul, Menimbang, Mengingat, Menetapkan, every level of the batang tubuh down to rincian and
 * definitions, diktum, penutup, and the Lampiran with their blocks. Also returns which IR node each
 * key belongs to, so the redline can find a unit's paragraphs.
 */
import type { BlokLampiran, ButirBerlabel, DaftarBerlabel, Dokumen, Naskah, Rincian, Runs, Unit } from '../ir/types.js';
import { isAuthored, itemNumber, runsFrom, runsText, type UnitKind, type UnitDiff } from './unit.js';

/** The flattened document. */
export interface FlatDocument {
  readonly units: UnitDiff[];
  readonly byKey: Map<string, UnitDiff>;
  /** IR node (Bab, Pasal, Ayat, Rincian, ButirBerlabel, Lampiran, blok, …) → its unit key. */
  readonly nodeKeys: Map<object, string>;
}

interface NewUnit {
  readonly kind: UnitKind;
  readonly key: string;
  readonly label?: string;
  readonly number?: string;
  readonly address: string;
  readonly place: string;
  readonly runs?: Runs;
  readonly term?: string | null;
  readonly parent: string | null;
  readonly depth: number;
  readonly node?: object;
}

/** Collects units, keeping keys unique (a repeated key gets "#n"). */
class Collector {
  readonly units: UnitDiff[] = [];
  readonly byKey = new Map<string, UnitDiff>();
  readonly nodeKeys = new Map<object, string>();

  add(t: NewUnit): string {
    let key = t.key;
    for (let n = 2; this.byKey.has(key); n++) key = `${t.key}#${n}`;
    const runs = t.runs ?? [];
    const unit: UnitDiff = {
      key, authored: isAuthored(key), kind: t.kind, label: t.label ?? '', number: t.number ?? '', address: t.address, place: t.place,
      runs, text: runsText(runs), term: t.term ?? null, parent: t.parent, children: [], index: this.units.length, depth: t.depth,
    };
    this.units.push(unit);
    this.byKey.set(key, unit);
    if (t.parent !== null) this.byKey.get(t.parent)?.children.push(key);
    if (t.node) this.nodeKeys.set(t.node, key);
    return key;
  }
}

const LIST_KINDS: Record<string, UnitKind> = { Menimbang: 'menimbang', Mengingat: 'mengingat', Memperhatikan: 'memperhatikan', Menetapkan: 'menetapkan' };

function daftarBerlabel(c: Collector, list: DaftarBerlabel): void {
  const kind = LIST_KINDS[list.label] ?? 'menetapkan';
  for (const b of list.butir) {
    // Mengingat items are keyed by their registry key, namespaced so they never meet a unit id.
    const key = kind === 'mengingat' || kind === 'memperhatikan' ? `${kind}/${b.id}` : b.id;
    const number = itemNumber(b.label);
    c.add({ kind, key, label: b.label, number, address: number ? `${list.label} ${number}` : list.label, place: list.label, runs: b.isi, parent: null, depth: 0, node: b as ButirBerlabel });
  }
}

function rincian(c: Collector, items: readonly Rincian[], parent: string, parentAddress: string, depth: number): void {
  for (const r of items) {
    const number = itemNumber(r.label);
    const address = `${parentAddress} ${number}`.trim();
    const kind: UnitKind = r.definisi ? 'definisi' : 'rincian';
    const key = c.add({ kind, key: r.id, label: r.label, number, address, place: parentAddress, runs: r.isi, term: r.definisi?.istilah ?? null, parent, depth: r.definisi ? 0 : depth, node: r });
    rincian(c, r.rincian, key, address, r.definisi ? 1 : depth + 1);
  }
}

function batangTubuh(c: Collector, units: readonly Unit[], parent: string | null, place: string): void {
  for (const u of units) {
    if (u.kind === 'pasal') {
      const key = c.add({ kind: 'pasal', key: u.id, label: u.label, number: u.label, address: u.label, place, parent, depth: 0, node: u });
      for (const a of u.ayat) {
        const number = itemNumber(a.label, true);
        const address = `${u.label} ${number}`.trim();
        const ayat = c.add({ kind: 'ayat', key: a.id, label: a.label ?? '', number, address, place: u.label, runs: a.isi, parent: key, depth: 1, node: a });
        rincian(c, a.rincian, ayat, address, 2);
      }
      continue;
    }
    const address = `${place} ${u.label}`.trim();
    const key = c.add({ kind: u.kind, key: u.id, label: u.label, number: u.label, address, place, runs: runsFrom(u.judul), parent, depth: 0, node: u });
    batangTubuh(c, u.isi, key, address);
  }
}

/** "A." → "huruf A", "1." → "angka 1", "BAB I" stays. */
function blockHeadingNumber(label: string): string {
  return /^[A-Za-z]{1,3}[.)]$|^\d+[.)]$/.test(label) ? itemNumber(label) : label;
}

/** Blocks of a Lampiran or a Buku Pedoman, under `parent`, addressed from `base` ("Lampiran", ""). */
function lampiranBlocks(c: Collector, blocks: readonly BlokLampiran[], parent: string | null, prefix: string, base: string): void {
  const headings: string[] = [];
  const place = (): string => [base, ...headings.filter((s) => s !== '')].join(' ').trim();
  blocks.forEach((b, i) => {
    switch (b.kind) {
      case 'judul': {
        const level = Math.max(1, b.level);
        headings.length = level - 1;
        const number = blockHeadingNumber(b.label);
        const above = place();
        headings.push(number);
        c.add({ kind: 'blok-judul', key: b.id || `${prefix}.judul.${i}`, label: b.label, number, address: place() || b.judul, place: above, runs: runsFrom(b.judul), parent, depth: 0, node: b });
        break;
      }
      case 'alinea':
        c.add({ kind: 'blok-alinea', key: `${prefix}.alinea.${i}`, address: place() || 'Alinea', place: place(), runs: b.isi, parent, depth: 0, node: b });
        break;
      case 'daftar': {
        const key = c.add({ kind: 'blok-daftar', key: `${prefix}.daftar.${i}`, address: place() || 'Daftar', place: place(), parent, depth: 0, node: b });
        rincian(c, b.butir, key, place(), 1);
        break;
      }
      case 'tabel': {
        const rows = [...b.kepala, ...b.baris].map((row) => row.map(runsText).join(' | ')).join('\n');
        c.add({ kind: 'blok-tabel', key: b.id || `${prefix}.tabel.${i}`, label: b.label, number: b.label, address: `${base} ${b.label}`.trim() || 'Tabel', place: place(), runs: runsFrom([b.judul, rows].join('\n')), parent, depth: 0, node: b });
        break;
      }
      case 'gambar':
        c.add({ kind: 'blok-gambar', key: b.id || `${prefix}.gambar.${i}`, label: b.label, number: b.label, address: `${base} ${b.label}`.trim() || 'Gambar', place: place(), runs: runsFrom(b.judul), parent, depth: 0, node: b });
        break;
      case 'halaman-baru':
        break;
    }
  });
}

function naskah(c: Collector, ir: Naskah): void {
  const title = [...(ir.judul.rancangan ? ['RANCANGAN'] : []), ...ir.judul.baris].join(' ');
  c.add({ kind: 'judul', key: 'judul', number: 'Judul', address: 'Judul', place: '', runs: runsFrom(title), parent: null, depth: 0, node: ir.judul });
  daftarBerlabel(c, ir.pembukaan.menimbang);
  daftarBerlabel(c, ir.pembukaan.mengingat);
  if (ir.pembukaan.memperhatikan) daftarBerlabel(c, ir.pembukaan.memperhatikan);
  daftarBerlabel(c, ir.pembukaan.menetapkan);
  batangTubuh(c, ir.batangTubuh, null, '');
  for (const d of ir.diktum) {
    const address = `Diktum ${d.label}`;
    const key = c.add({ kind: 'diktum', key: d.id, label: d.label, number: address, address, place: '', runs: d.isi, parent: null, depth: 0, node: d });
    rincian(c, d.rincian, key, address, 1);
  }
  ir.penutup.alinea.forEach((a, i) => c.add({ kind: 'penutup', key: `penutup.alinea.${i + 1}`, address: 'Penutup', place: '', runs: a, parent: null, depth: 0, node: a }));
  const signatureBlock = (key: string, address: string, p: { baris: readonly string[]; nama: string }): void => {
    c.add({ kind: 'penutup', key, address, place: '', runs: runsFrom([...p.baris, p.nama].join(' ')), parent: null, depth: 0, node: p });
  };
  signatureBlock('penutup.penetapan', 'Penetapan', ir.penutup.penetapan);
  if (ir.penutup.pengundangan) signatureBlock('penutup.pengundangan', 'Pengundangan', ir.penutup.pengundangan);
  if (ir.penutup.beritaDaerah !== null) c.add({ kind: 'penutup', key: 'penutup.berita-daerah', address: 'Berita Daerah', place: '', runs: runsFrom(ir.penutup.beritaDaerah), parent: null, depth: 0 });
  for (const l of ir.lampiran) {
    const name = l.kepala[0] ? l.kepala[0].charAt(0) + l.kepala[0].slice(1).toLowerCase().replace(/ ([ivxlcdm]+)$/, (_, r: string) => ` ${r.toUpperCase()}`) : 'Lampiran';
    const key = c.add({ kind: 'lampiran', key: l.id, number: name, address: name, place: '', runs: runsFrom(l.judul.join(' ')), parent: null, depth: 0, node: l });
    lampiranBlocks(c, l.isi, key, l.id, name);
  }
}

/**
 * Flattened documents by IR object (issue 11): the IR is immutable, and a warm diff (preview, one
 * Session) compares against the same revision again and again. Nothing downstream changes a
 * FlatDocument, so the same one can be shared.
 */
const flattened = new WeakMap<Dokumen, FlatDocument>();

/** Flattens `ir` into diff units (once per IR object). */
export function flatten(ir: Dokumen): FlatDocument {
  let flat = flattened.get(ir);
  if (!flat) {
    flat = flattenNew(ir);
    flattened.set(ir, flat);
  }
  return flat;
}

function flattenNew(ir: Dokumen): FlatDocument {
  const c = new Collector();
  if (ir.jenis === 'buku-pedoman') {
    c.add({ kind: 'sampul', key: 'sampul', address: 'Sampul', place: '', runs: runsFrom([...ir.sampul.judul, ...ir.sampul.penyusun, ir.sampul.tahun].join(' ')), parent: null, depth: 0, node: ir.sampul });
    if (ir.kataPengantar) {
      ir.kataPengantar.alinea.forEach((a, i) => c.add({ kind: 'kata-pengantar', key: `kata-pengantar.${i + 1}`, address: 'Kata Pengantar', place: '', runs: a, parent: null, depth: 0, node: a }));
      const p = ir.kataPengantar.penandatangan;
      c.add({ kind: 'kata-pengantar', key: 'kata-pengantar.penandatangan', address: 'Kata Pengantar', place: '', runs: runsFrom([...p.baris, p.nama].join(' ')), parent: null, depth: 0, node: p });
    }
    lampiranBlocks(c, ir.isi, null, 'isi', '');
  } else {
    naskah(c, ir);
  }
  return { units: c.units, byKey: c.byKey, nodeKeys: c.nodeKeys };
}

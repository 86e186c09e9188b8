/**
 * Tagging: a copy of the IR in which every string the DOCX renderer prints starts with an invisible
 * marker (private-use characters around a number) naming the unit and the part of it ("pasal-x#label",
 * "ayat-y#isi"). Rendering the tagged copy with the ordinary renderer tells which paragraph belongs to
 * which unit without knowing how the renderer lays anything out; the markers are removed afterwards.
 * Only texts that no layout decision measures are tagged (never list labels such as "a." or "KESATU").
 */
import type { XElement, XNode } from '../ooxml/index.js';
import type { BlokLampiran, BukuPedoman, ButirBerlabel, DaftarBerlabel, Dokumen, Lampiran, Naskah, Pengesahan, Rincian, Runs, Unit } from '../../ir/types.js';

/** Start and end of a marker; the number between them indexes the tag list. */
export const MARKER_START = '\uE000';
export const MARKER_END = '\uE001';
/** Matches one marker. */
export const MARKER = /\uE000(\d+)\uE001/g;

/** A copy of a rendered element without markers (in its text and its attribute values). */
export function untagged(el: XElement): XElement {
  const strip = (s: string): string => s.replace(MARKER, '');
  const node = (n: XNode): XNode => {
    if (n.t === 'text') return { t: 'text', text: strip(n.text), raw: n.raw === null ? null : strip(n.raw) };
    if (n.t !== 'el') return n;
    return { ...n, attrs: n.attrs.map((a) => ({ ...a, value: strip(a.value), raw: a.raw === null ? null : strip(a.raw) })), children: n.children.map(node) };
  };
  return node(el) as XElement;
}

/** The tags of a tagged IR: index → "key#role". */
export interface Tags {
  readonly tags: string[];
}

/** Tags an IR. `nodeKeys` maps IR nodes to unit keys (flatten.ts); other strings get fixed keys. */
export function tagIr<T extends Dokumen>(ir: T, nodeKeys: ReadonlyMap<object, string>): { ir: T; tags: string[] } {
  const tags: string[] = [];
  const mark = (key: string, role: string): string => {
    tags.push(`${key}#${role}`);
    return `${MARKER_START}${tags.length - 1}${MARKER_END}`;
  };
  const s = (text: string, key: string, role: string): string => mark(key, role) + text;
  const runs = (r: Runs, key: string, role: string): Runs => {
    const m = mark(key, role);
    const [first, ...rest] = r;
    if (!first) return [{ kind: 'text', text: m }];
    return [{ ...first, text: m + first.text }, ...rest];
  };
  const keyOf = (node: object, fallback: string): string => nodeKeys.get(node) ?? fallback;

  const rincian = (items: readonly Rincian[]): Rincian[] => items.map((r) => ({ ...r, isi: runs(r.isi, keyOf(r, r.id), 'isi'), rincian: rincian(r.rincian) }));
  const labelledList = (d: DaftarBerlabel): DaftarBerlabel => ({ ...d, butir: d.butir.map((b: ButirBerlabel) => ({ ...b, isi: runs(b.isi, keyOf(b, b.id), 'isi') })) });
  const pengesahan = (p: Pengesahan, key: string): Pengesahan => ({ baris: p.baris.map((line, i) => s(line, key, `b${i}`)), nama: s(p.nama, key, 'nama') });
  const unit = (u: Unit): Unit => {
    const key = keyOf(u, u.id);
    if (u.kind === 'pasal') {
      return { ...u, label: s(u.label, key, 'label'), ayat: u.ayat.map((a) => ({ ...a, isi: runs(a.isi, keyOf(a, a.id), 'isi'), rincian: rincian(a.rincian) })) };
    }
    return { ...u, label: s(u.label, key, 'label'), judul: s(u.judul, key, 'judul'), isi: u.isi.map(unit) };
  };
  const block = (b: BlokLampiran, fallback: string): BlokLampiran => {
    switch (b.kind) {
      case 'judul': {
        const key = keyOf(b, b.id || fallback);
        return b.label !== '' ? { ...b, label: s(b.label, key, 'label'), judul: s(b.judul, key, 'judul') } : { ...b, judul: s(b.judul, key, 'judul') };
      }
      case 'alinea':
        return { ...b, isi: runs(b.isi, keyOf(b, fallback), 'isi') };
      case 'daftar':
        return { ...b, butir: rincian(b.butir) };
      case 'tabel': {
        const key = keyOf(b, b.id || fallback);
        const cells = (rows: readonly (readonly Runs[])[], offset: number) => rows.map((row, i) => row.map((c, j) => runs(c, key, `r${i + offset}c${j}`)));
        const caption = b.label !== '' ? { label: s(b.label, key, 'caption') } : { judul: s(b.judul, key, 'caption') };
        return { ...b, ...caption, kepala: cells(b.kepala, 0), baris: cells(b.baris, b.kepala.length) };
      }
      case 'gambar': {
        const key = keyOf(b, b.id || fallback);
        return b.label !== '' ? { ...b, label: s(b.label, key, 'caption') } : { ...b, judul: s(b.judul, key, 'caption') };
      }
      case 'halaman-baru':
        return b;
    }
  };
  const blocks = (list: readonly BlokLampiran[], prefix: string): BlokLampiran[] => list.map((b, i) => block(b, `${prefix}.${b.kind}.${i}`));

  if (ir.jenis === 'buku-pedoman') {
    const book = ir as BukuPedoman;
    const tagged: BukuPedoman = {
      ...book,
      sampul: { ...book.sampul, judul: book.sampul.judul.map((l, i) => s(l, 'sampul', `j${i}`)), penyusun: book.sampul.penyusun.map((l, i) => s(l, 'sampul', `p${i}`)), tahun: s(book.sampul.tahun, 'sampul', 'tahun') },
      kataPengantar: book.kataPengantar ? { alinea: book.kataPengantar.alinea.map((a, i) => runs(a, keyOf(a, `kata-pengantar.${i + 1}`), 'isi')), penandatangan: pengesahan(book.kataPengantar.penandatangan, 'kata-pengantar.penandatangan') } : null,
      isi: blocks(book.isi, 'isi'),
    };
    return { ir: tagged as T, tags };
  }
  const n = ir as Naskah;
  const p = n.pembukaan;
  const tagged: Naskah = {
    ...n,
    kop: { ...n.kop, baris: n.kop.baris.map((l, i) => s(l, 'kop', `${i}`)) },
    judul: { ...n.judul, baris: n.judul.baris.map((l, i) => s(l, 'judul', `${i}`)) },
    pembukaan: {
      ...p,
      frasa: p.frasa === null ? null : s(p.frasa, 'frasa', 'isi'),
      jabatan: s(p.jabatan, 'jabatan', 'isi'),
      menimbang: labelledList(p.menimbang),
      mengingat: labelledList(p.mengingat),
      memperhatikan: p.memperhatikan ? labelledList(p.memperhatikan) : null,
      memutuskan: s(p.memutuskan, 'memutuskan', 'isi'),
      menetapkan: labelledList(p.menetapkan),
    },
    batangTubuh: n.batangTubuh.map(unit),
    diktum: n.diktum.map((d) => ({ ...d, isi: runs(d.isi, keyOf(d, d.id), 'isi'), rincian: rincian(d.rincian) })),
    penutup: {
      alinea: n.penutup.alinea.map((a, i) => runs(a, keyOf(a, `penutup.alinea.${i + 1}`), 'isi')),
      penetapan: pengesahan(n.penutup.penetapan, 'penutup.penetapan'),
      pengundangan: n.penutup.pengundangan ? pengesahan(n.penutup.pengundangan, 'penutup.pengundangan') : null,
      beritaDaerah: n.penutup.beritaDaerah === null ? null : s(n.penutup.beritaDaerah, 'penutup.berita-daerah', 'isi'),
    },
    lampiran: n.lampiran.map((l: Lampiran) => {
      const key = keyOf(l, l.id);
      return { ...l, kepala: l.kepala.map((k, i) => s(k, key, `kepala${i}`)), judul: l.judul.map((j, i) => s(j, key, `judul${i}`)), isi: blocks(l.isi, l.id), penandatangan: pengesahan(l.penandatangan, `${key}.ttd`) };
    }),
  };
  return { ir: tagged as unknown as T, tags };
}

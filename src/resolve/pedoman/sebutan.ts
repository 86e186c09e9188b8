/**
 * How the Pedoman names the Peraturan it belongs to (review M4, TN-REF-10, TN-PED-05).
 *
 * - In the Lampiran of the Peraturan: "Peraturan Bupati ini", every time.
 * - In the standalone book "ini" points at nothing, so the first mention identifies the Peraturan in
 *   full, "Peraturan Bupati Purwakarta Nomor … Tahun … tentang …" (TN-REF-10: no Berita Daerah number
 *   in running text), and every later mention uses the short form "Peraturan Bupati Nomor … Tahun …".
 *   The short form keeps number and year rather than "Peraturan Bupati tersebut": the book is read
 *   chapter by chapter, and other regulations (Permensos, Inpres) are named in between, so "tersebut"
 *   would not always point back at the Perbup. While the Peraturan is a rancangan, number and year are
 *   "..." as in its own title.
 */
import type { Naskah } from '../../ir/types.js';

/** Who the Peraturan is. */
export interface IdentitasPeraturan {
  /** "Peraturan Bupati". */
  readonly jenis: string;
  /** "Purwakarta". */
  readonly daerah: string;
  /** "..." while a rancangan. */
  readonly nomor: string;
  readonly tahun: string;
  readonly tentang: string;
}

/** Names the Peraturan; called once per mention, in reading order. */
export type Sebutan = () => string;

/** The Lampiran edition: always "Peraturan Bupati ini". */
export function sebutanLampiran(jenis: string): Sebutan {
  return () => `${jenis} ini`;
}

/** "Peraturan Bupati Purwakarta Nomor ... Tahun ... tentang …". */
export function namaLengkap(p: IdentitasPeraturan): string {
  return `${p.jenis} ${p.daerah} Nomor ${p.nomor} Tahun ${p.tahun} tentang ${p.tentang}`;
}

/** The standalone edition: the full name at the first mention, "Peraturan Bupati Nomor … Tahun …" after it. */
export function sebutanBuku(p: IdentitasPeraturan): Sebutan {
  let first = true;
  return () => {
    if (!first) return `${p.jenis} Nomor ${p.nomor} Tahun ${p.tahun}`;
    first = false;
    return namaLengkap(p);
  };
}

const NOMOR_LINE = /^NOMOR (.+) TAHUN (.+)$/;

/** The identity of a resolved Peraturan, read from its IR (title lines and metadata). */
export function identitasPeraturan(ir: Naskah, jenis: string, daerah: string): IdentitasPeraturan {
  const nomorLine = ir.judul.baris.find((line) => NOMOR_LINE.test(line)) ?? 'NOMOR ... TAHUN ...';
  const [, nomor, tahun] = NOMOR_LINE.exec(nomorLine)!;
  return { jenis, daerah, nomor: nomor!, tahun: tahun!, tentang: ir.metadata.subject };
}

/**
 * The header block of a Lampiran as the house style wants it (TN-LMP-02, TN-KEP-13; HouseStyle in
 * src/ir/house-style.ts): `NOMOR` and `TANGGAL` lines with or without colons, a `TANGGAL` line
 * added or removed. Shared by the PDF and DOCX renderers so both print the same header.
 */
import type { LampiranStyle } from '../ir/house-style.js';
import type { Naskah } from '../ir/types.js';

/** A `NOMOR …` / `TANGGAL …` line: its key and value, colon or not. */
const KEYED = /^(NOMOR|TANGGAL)(?:\s*:\s*|\s+)(.*)$/;

/** The date of penetapan as the signature block prints it ("pada tanggal 1 Desember 2026"), else "...". */
export function penetapanDate(ir: Naskah): string {
  for (const line of ir.penutup.penetapan.baris) {
    const m = /^pada tanggal\s+(.+)$/i.exec(line.trim());
    if (m) return m[1]!;
  }
  return '...';
}

/**
 * The header lines of one Lampiran in the house style. `kepala` is the IR's header (the document
 * kind's own form), `tanggal` the value of an added TANGGAL line.
 */
export function lampiranHeader(kepala: readonly string[], style: LampiranStyle, tanggal: string): string[] {
  const lines: string[] = [];
  let colon = kepala.some((l) => /^(NOMOR|TANGGAL)\s*:/.test(l));
  if (style.titikDua !== null) colon = style.titikDua;
  const keyed = (key: string, value: string): string => (colon ? `${key} : ${value}` : `${key} ${value}`);
  for (const line of kepala) {
    const m = KEYED.exec(line);
    if (!m) {
      lines.push(line);
      continue;
    }
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'TANGGAL' && style.barisTanggal === false) continue;
    lines.push(keyed(key, value));
    if (key === 'NOMOR' && style.barisTanggal === true && !kepala.some((l) => l.startsWith('TANGGAL'))) {
      lines.push(keyed('TANGGAL', tanggal));
    }
  }
  return lines;
}

/** The IR with every Lampiran header in the house style (the IR itself is not changed). */
export function withLampiranHeaders<T extends Naskah>(ir: T, style: LampiranStyle): T {
  const tanggal = penetapanDate(ir);
  return { ...ir, lampiran: ir.lampiran.map((l) => ({ ...l, kepala: lampiranHeader(l.kepala, style, tanggal) })) };
}

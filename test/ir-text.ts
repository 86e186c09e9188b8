/** Reads an IR as plain lines, the way a reviewer would read the document. */
import type { Naskah, Rincian, Runs, Unit } from '../src/ir/types.js';

export const runsText = (runs: Runs) => runs.map((r) => r.text).join('');

function rincianLines(items: readonly Rincian[], indent: string, out: string[]): void {
  for (const r of items) {
    out.push(`${indent}${r.label} ${runsText(r.isi)}`);
    rincianLines(r.rincian, `${indent}   `, out);
  }
}

function unitLines(unit: Unit, out: string[]): void {
  if (unit.kind === 'pasal') {
    out.push(unit.label);
    for (const a of unit.ayat) {
      out.push(`${a.label ? `${a.label} ` : ''}${runsText(a.isi)}`);
      rincianLines(a.rincian, '   ', out);
    }
    return;
  }
  out.push(unit.label, unit.judul);
  for (const u of unit.isi) unitLines(u, out);
}

/** The document's text, one paragraph a line. */
export function irLines(ir: Naskah): string[] {
  const out: string[] = [...(ir.judul.rancangan ? ['RANCANGAN'] : []), ...ir.judul.baris];
  if (ir.pembukaan.frasa) out.push(ir.pembukaan.frasa);
  out.push(ir.pembukaan.jabatan);
  for (const list of [ir.pembukaan.menimbang, ir.pembukaan.mengingat]) {
    list.butir.forEach((b, i) => out.push(`${i === 0 ? `${list.label} : ` : ''}${b.label ? `${b.label} ` : ''}${runsText(b.isi)}`));
  }
  out.push(ir.pembukaan.memutuskan, `Menetapkan : ${runsText(ir.pembukaan.menetapkan.butir[0]!.isi)}`);
  for (const u of ir.batangTubuh) unitLines(u, out);
  for (const d of ir.diktum) {
    out.push(`${d.label} : ${runsText(d.isi)}`);
    rincianLines(d.rincian, '   ', out);
  }
  for (const a of ir.penutup.alinea) out.push(runsText(a));
  out.push(...ir.penutup.penetapan.baris, ir.penutup.penetapan.nama);
  if (ir.penutup.pengundangan) out.push(...ir.penutup.pengundangan.baris, ir.penutup.pengundangan.nama);
  if (ir.penutup.beritaDaerah) out.push(ir.penutup.beritaDaerah);
  return out;
}

/**
 * TN-PED-11 — a table of a Lampiran with a column headed "Kecamatan" names only kecamatan of the
 * region (content/daerah.yaml), spelt as the official list of regions spells them (npm package
 * idn-area-data, pinned).
 * Why: per-Kecamatan data (DTKS, Puskesos) is typed from spreadsheets where names are abbreviated or
 * misspelt ("Babakan Cikao", "Manis"); a reader cannot match such a row to a Kecamatan.
 * Source: Kepmendagri kode dan data wilayah administrasi pemerintahan [V]; [P]. New id in family TN-PED.
 */
import { closest } from '../../util/suggest.js';
import { findWilayah, kecamatanOf } from '../data/wilayah.js';
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

const TOTAL = /^(?:jumlah|total|jumlah total|jumlah seluruhnya)$/i;

/** TN-PED-11, as registered in src/lint/registry.ts. */
export const tnPed11: Rule = {
  id: 'TN-PED-11',
  level: 'ERROR',
  statement: 'Nama Kecamatan dalam tabel lampiran sesuai dengan daftar resmi wilayah daerah itu.',
  source: 'Kepmendagri kode dan data wilayah [V]; [P]',
  explanation: 'Tabel lampiran yang berkolom "Kecamatan" hanya memuat Kecamatan di daerah itu (content/daerah.yaml), dengan ejaan daftar resmi kode dan data wilayah (paket idn-area-data, dipin dalam package.json). Nama yang salah eja atau Kecamatan daerah lain adalah galat.',
  correct: '| 7 | Maniis | 29.310 |',
  incorrect: '| 7 | Manis | 29.310 |',
  check(doc, report) {
    const data = doc.input.daerah?.data as { nama?: unknown; jenis?: unknown } | undefined;
    if (!data || typeof data.nama !== 'string' || typeof data.jenis !== 'string') return;
    const wilayah = findWilayah(data.nama, data.jenis);
    const official = wilayah ? kecamatanOf(wilayah.kode) : [];
    if (official.length === 0) return;
    const upper = new Set(official.map((k) => k.toUpperCase()));
    for (const lampiran of doc.ir.lampiran) {
      for (const block of lampiran.isi) {
        if (block.kind !== 'tabel') continue;
        const header = block.kepala[block.kepala.length - 1] ?? [];
        const col = header.findIndex((c) => /^kecamatan$/i.test(runsText(c).trim()));
        if (col < 0) continue;
        block.baris.forEach((row, r) => {
          const name = runsText(row[col] ?? []).trim();
          if (name === '' || TOTAL.test(name) || upper.has(name.toUpperCase())) return;
          const suggestion = closest(name, official);
          const pos = block.source;
          report({ place: pos ? { file: pos.file, start: { line: pos.line, column: pos.column } } : { unit: block }, message: `${block.label || 'Tabel'}, baris ${r + 1}: "${name}" bukan nama Kecamatan di ${wilayah!.nama.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())}.`, hint: suggestion ? `Mungkin maksud Anda ${suggestion}? Tulis sesuai daftar resmi wilayah.` : `Kecamatan yang ada: ${official.join(', ')}.` });
        });
      }
    }
  },
};

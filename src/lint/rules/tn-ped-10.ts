/**
 * TN-PED-10 — in a table of a Lampiran (the Pedoman), a row labelled "Jumlah" or "Total" holds, in each
 * column of numbers, the sum of the rows above it. Numbers are read the Indonesian way: "508.342"
 * (thousands with a dot), "17,2" (decimal comma).
 * Why: tables of regional data are copied from several sources and corrected by hand; a changed row
 * or a mistyped total is exactly what a reviewer adds up again.
 * Source: [P] (accuracy of data in a lampiran; TN-PED-06 labels the tables). New id in family TN-PED.
 */
import type { BlokLampiran, Runs } from '../../ir/types.js';
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;

const TOTAL = /^(?:jumlah|total|jumlah total|jumlah seluruhnya)$/i;
const NUMBER = /^[+\-−]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^[+\-−]?\d+(?:,\d+)?$/;

/** The value of an Indonesian number ("508.342", "17,2", "−1.200"), or null when the cell is not one. */
export function parseAngka(text: string): number | null {
  const s = text.trim();
  if (!NUMBER.test(s)) return null;
  return Number(s.replace(/^−/, '-').replace(/\./g, '').replace(',', '.'));
}

/** "508.342" from 508342 (thousands with a dot, decimal comma). */
function formatAngka(n: number, decimals: number): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  return `${n < 0 ? '-' : ''}${int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${frac ? `,${frac}` : ''}`;
}

const cell = (row: readonly Runs[], i: number) => (row[i] ? runsText(row[i]!).trim() : '');

function checkTable(table: Tabel, report: (column: string, row: number, written: string, sum: string) => void): void {
  const header = table.kepala[table.kepala.length - 1] ?? [];
  let start = 0;
  table.baris.forEach((row, r) => {
    if (!row.some((_c, i) => TOTAL.test(cell(row, i)))) return;
    const above = table.baris.slice(start, r);
    start = r + 1;
    for (let col = 0; col < row.length; col++) {
      const written = parseAngka(cell(row, col));
      const name = cell(header, col) || `kolom ${col + 1}`;
      if (written === null || /rata-rata|persen|%|^no\.?$/i.test(name)) continue;
      const values = above.map((a) => cell(a, col)).filter((v) => v !== '' && v !== '–' && v !== '-');
      const numbers = values.map(parseAngka);
      if (numbers.length < 2 || numbers.some((n) => n === null)) continue;
      const decimals = Math.max(0, ...values.map((v) => (v.split(',')[1] ?? '').length), (cell(row, col).split(',')[1] ?? '').length);
      const sum = (numbers as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - written) > 10 ** -decimals / 2) report(name, r, cell(row, col), formatAngka(sum, decimals));
    }
  });
}

/** TN-PED-10, as registered in src/lint/registry.ts. */
export const tnPed10: Rule = {
  id: 'TN-PED-10',
  level: 'ERROR',
  statement: 'Baris "Jumlah"/"Total" pada tabel lampiran sama dengan jumlah baris di atasnya pada setiap kolom angka.',
  source: '[P]',
  explanation: 'Tabel data dalam lampiran (mis. jumlah individu dan keluarga per Kecamatan) sering disalin dari beberapa sumber dan diperbaiki dengan tangan. Pada setiap kolom angka, baris berlabel "Jumlah" atau "Total" harus sama dengan jumlah baris di atasnya; angka dibaca cara Indonesia ("508.342", "17,2"). Kolom rata-rata dan persentase tidak dijumlahkan.',
  correct: '| 1 | Purwakarta | 55.029 |\n| 2 | Campaka | 20.579 |\n| | Jumlah | 75.608 |',
  incorrect: '| 1 | Purwakarta | 55.029 |\n| 2 | Campaka | 20.579 |\n| | Jumlah | 75.680 |',
  check(doc, report) {
    for (const lampiran of doc.ir.lampiran) {
      for (const block of lampiran.isi) {
        if (block.kind !== 'tabel') continue;
        checkTable(block, (column, row, written, sum) => {
          const pos = block.source;
          const place = pos ? { file: pos.file, start: { line: pos.line, column: pos.column } } : { unit: block };
          report({ place, message: `${block.label || 'Tabel'}, baris ${row + 1}, kolom "${column}": tertulis ${written}, padahal jumlah baris di atasnya ${sum}.`, hint: 'Periksa angka setiap baris dan jumlahnya pada data sumber, lalu samakan.' });
        });
      }
    }
  },
};

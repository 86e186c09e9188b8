/**
 * TN-PED-12 — a time limit the Pedoman restates is the Perbup's: "paling lama 14 (empat belas) hari
 * kerja … [[rujukan-ditindaklanjuti]]" equals a limit of the referenced provision (error, also shown at
 * the Perbup's line), and a limit without a reference ("setiap 6 (enam) bulan", a cell of a column "Waktu …"
 * of a table) is one the batang tubuh sets somewhere (warning: a limit the Perbup lacks is an added duty).
 * Reliable on limits written the L2 way (number, words in parentheses, unit); a limit is tied to the
 * first reference after it in its sentence, before the next limit.
 * Why: the Pedoman restates every deadline of the Perbup for the officers who apply it; when one side
 * is changed, two deadlines bind at once.
 * Source: L2 §III.B butir 1 (paling lama) [V]; TN-PED-01 (no added obligation). New id in family TN-PED.
 */
import type { BlokLampiran } from '../../ir/types.js';
import { runsText } from '../../ir-index/text.js';
import { refIds } from '../helpers/norm-claims.js';
import { PerbupNorms } from '../helpers/perbup-norms.js';
import { timeLimits, type TimeLimit } from '../helpers/time-limits.js';
import type { Place, Report, Rule } from '../types.js';

type Tabel = Extract<BlokLampiran, { kind: 'tabel' }>;

/** Checks one limit: against the provisions referred to, else against the whole Perbup. */
function checkLimit(norms: PerbupNorms, limit: TimeLimit, refs: readonly string[], place: Place, report: Report, where = ''): void {
  const cited = refs.flatMap((id) => norms.under(id));
  const sameKind = cited.filter((n) => n.limits.some((l) => l.kind === limit.kind));
  if (sameKind.length > 0) {
    if (sameKind.some((n) => n.limits.some((l) => l.key === limit.key))) return;
    const n = sameKind[0]!;
    const theirs = n.limits.filter((l) => l.kind === limit.kind).map((l) => `"${l.shown}"`).join(', ');
    report({ place, message: `${where}Batas waktu "${limit.shown}" berbeda dari ${norms.where(n)} Peraturan Bupati yang dirujuk (${theirs}).`, hint: `Samakan dengan ${norms.where(n)}; bila batas waktunya memang berubah, ubah Peraturan Bupati lebih dahulu.`, related: norms.related(n, `Batas waktu dalam Peraturan Bupati: ${theirs}.`) });
    return;
  }
  if (norms.hasLimit(limit.key)) return;
  const near = norms.all.find((n) => n.limits.some((l) => l.kind === limit.kind));
  report({ place, message: `${where}Batas waktu "${limit.shown}" tidak ditetapkan dalam batang tubuh Peraturan Bupati.`, hint: 'Pedoman hanya mengulang batas waktu Peraturan Bupati: periksa angkanya dan rujuk Pasalnya dengan [[id]]; batas waktu baru diatur dalam batang tubuh lebih dahulu.', severity: 'warning', related: near ? norms.related(near, 'Batas waktu sejenis dalam Peraturan Bupati.') : [] });
}

/** Where a table cell's finding points: the table (as TN-PED-10), the row named in the message. */
function tablePlace(table: Tabel): Place {
  const pos = table.source;
  return pos ? { file: pos.file, start: { line: pos.line, column: pos.column } } : { unit: table };
}

/** The first reference after a limit in its sentence, before the next limit. */
function refsAfter(value: string, masked: string, limits: readonly TimeLimit[], i: number): string[] {
  const from = limits[i]!.index + limits[i]!.length;
  const stop = Math.min(limits[i + 1]?.index ?? masked.length, ...[masked.indexOf('. ', from)].filter((x) => x >= 0));
  const refs = refIds(value.slice(from, stop), null);
  const first = refs[0];
  return first ? refs.filter((r) => r.index === first.index).map((r) => r.id) : [];
}

/** TN-PED-12, as registered in src/lint/registry.ts. */
export const tnPed12: Rule = {
  id: 'TN-PED-12',
  level: 'ERROR',
  statement: 'Batas waktu yang diulang dalam Pedoman sama dengan batas waktu dalam batang tubuh Peraturan Bupati.',
  source: 'L2 §III.B butir 1 [V]; TN-PED-01',
  explanation: 'Pedoman mengulang batas waktu Peraturan Bupati ("paling lama 14 (empat belas) hari kerja", "setiap 6 (enam) bulan") untuk petugas yang melaksanakannya. Batas waktu yang diikuti rujukan [[id]] harus sama dengan batas waktu Pasal yang dirujuk (galat; ditunjukkan juga baris Pasal itu). Batas waktu tanpa rujukan, termasuk dalam tabel, harus ada dalam batang tubuh (peringatan: batas waktu baru adalah kewajiban tambahan, TN-PED-01).',
  correct: 'menindaklanjuti Rujukan paling lama 14 (empat belas) hari kerja [[rujukan-ditindaklanjuti]]',
  incorrect: 'menindaklanjuti Rujukan paling lama 21 (dua puluh satu) hari kerja [[rujukan-ditindaklanjuti]]',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const norms = PerbupNorms.of(doc);
    if (norms.all.length === 0) return;
    for (const t of doc.textsOf('lampiran-alinea', 'lampiran-rincian')) {
      const limits = timeLimits(t.masked);
      limits.forEach((l, i) => checkLimit(norms, l, refsAfter(t.value, t.masked, limits, i), { text: t, index: l.index, length: l.length }, report));
    }
    for (const lampiran of doc.ir.lampiran) {
      for (const block of lampiran.isi) {
        if (block.kind !== 'tabel') continue;
        const table = block as Tabel;
        // Only columns about time ("Waktu Layanan", "Batas Waktu"): a target of an indicator is no time limit.
        const header = table.kepala[table.kepala.length - 1] ?? [];
        const timed = header.map((h) => /\b(?:waktu|batas)\b/i.test(runsText(h)));
        table.baris.forEach((row, r) => {
          // A row's references ("Dasar": [[=rujukan-ditindaklanjuti]]) are what its limits restate.
          const refs = row.flatMap((cell) => cell.flatMap((run) => (run.kind === 'ref' ? run.targets : [])));
          row.forEach((cell, col) => {
            if (!timed[col]) return;
            for (const l of timeLimits(runsText(cell))) checkLimit(norms, l, refs, tablePlace(table), report, `${table.label || 'Tabel'}, baris ${r + 1}, kolom "${runsText(header[col]!).trim()}": `);
          });
        });
      }
    }
  },
};

/**
 * TN-PED-06 — tables ("Tabel n") and figures ("Gambar n" / "Bagan n") in a Lampiran are numbered
 * consecutively (per Lampiran, or per BAB as "Tabel 2.3").
 * Why: numbering by hand breaks when a table is added.
 * Source: [P].
 */
import type { Rule } from '../types.js';

/** TN-PED-06, as registered in src/lint/registry.ts. */
export const tnPed06: Rule = {
  id: 'TN-PED-06',
  level: 'WARN',
  statement: 'Tabel dan gambar dalam lampiran diberi label dan nomor berurutan.',
  source: '[P]',
  explanation: 'Tabel diberi judul di atasnya ("Tabel 1 …") dan gambar atau bagan di bawahnya ("Gambar 1 …", "Bagan 1 …"), dinomori berurutan dalam lampiran (atau per BAB: "Tabel 2.1", "Tabel 2.2").',
  correct: 'Tabel 1, Tabel 2, Gambar 1',
  incorrect: 'Tabel 1, Tabel 3, Gambar 1, Gambar 1',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    for (const l of doc.ir.lampiran) {
      const last = new Map<string, number[]>();
      for (const blok of l.isi) {
        if ((blok.kind !== 'tabel' && blok.kind !== 'gambar') || blok.label === '') continue;
        const m = /^(Tabel|Gambar|Bagan) (\d+)(?:\.(\d+))?$/.exec(blok.label);
        if (!m) {
          report({ place: { unit: blok }, message: `Label "${blok.label}" tidak berbentuk "${blok.kind === 'tabel' ? 'Tabel' : 'Gambar'} <nomor>".`, hint: 'Beri label "Tabel 1", "Gambar 1", atau "Bagan 1".' });
          continue;
        }
        const kind = m[1]!;
        const parts = m[3] !== undefined ? [Number(m[2]), Number(m[3])] : [Number(m[2])];
        const prev = last.get(kind);
        const ok = !prev ? parts[parts.length - 1] === 1 : parts.length === 2 && prev.length === 2 ? (parts[0] === prev[0] ? parts[1] === prev[1]! + 1 : parts[0]! > prev[0]! && parts[1] === 1) : parts.length === 1 && prev.length === 1 && parts[0] === prev[0]! + 1;
        if (!ok) report({ place: { unit: blok }, message: `${blok.label} tidak melanjutkan urutan ${prev ? `${kind} ${prev.join('.')}` : `${kind} 1`}.`, hint: `Nomori ${kind.toLowerCase()} berurutan.` });
        last.set(kind, parts);
      }
    }
  },
};

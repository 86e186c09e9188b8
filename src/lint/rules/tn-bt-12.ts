/**
 * TN-BT-12 — the ketentuan penutup is the last BAB, titled KETENTUAN PENUTUP.
 * Why: a BAB added after the penutup while drafting is a common structural slip.
 * Source: L2 §I.C.5.
 */
import type { Rule } from '../types.js';

/** TN-BT-12, as registered in src/lint/registry.ts. */
export const tnBt12: Rule = {
  id: 'TN-BT-12',
  level: 'ERROR',
  statement: 'BAB terakhir adalah KETENTUAN PENUTUP.',
  source: 'L2 §I.C.5',
  explanation: 'Ketentuan penutup ditempatkan dalam BAB terakhir berjudul KETENTUAN PENUTUP; bila peraturan tidak dibagi dalam BAB, ketentuan penutup adalah Pasal terakhir.',
  correct: 'BAB XIII\nKETENTUAN PENUTUP',
  incorrect: 'BAB XII KETENTUAN PENUTUP diikuti BAB XIII PENDANAAN',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const babs = doc.units.bab;
    const last = babs[babs.length - 1];
    if (!last) return;
    const penutup = babs.find((b) => b.judul.trim().toUpperCase() === 'KETENTUAN PENUTUP');
    if (last.judul.trim().toUpperCase() !== 'KETENTUAN PENUTUP') {
      const title = doc.textsOf('judul-bab').find((t) => t.unit === last);
      report({ place: title ? { text: title } : { unit: last }, message: penutup ? `BAB "${last.judul}" ditulis sesudah BAB KETENTUAN PENUTUP.` : `BAB terakhir berjudul "${last.judul}", bukan KETENTUAN PENUTUP.`, hint: penutup ? 'Pindahkan BAB KETENTUAN PENUTUP ke akhir batang tubuh.' : 'Tambahkan BAB KETENTUAN PENUTUP sebagai BAB terakhir.' });
    }
  },
};

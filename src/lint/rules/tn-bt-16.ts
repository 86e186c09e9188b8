/**
 * TN-BT-16 — every Lampiran is announced in a Pasal: "… tercantum dalam Lampiran yang merupakan bagian
 * tidak terpisahkan dari Peraturan Bupati ini."
 * Why: a Lampiran that no Pasal mentions has no legal force; the phrase is often shortened.
 * Source: L2 §I.F (DPR-Manual p. 286).
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-BT-16, as registered in src/lint/registry.ts. */
export const tnBt16: Rule = {
  id: 'TN-BT-16',
  level: 'ERROR',
  statement: 'Setiap Lampiran disebut dalam Pasal: "… tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini."',
  source: 'L2 §I.F; DPR-Manual hlm. 286',
  explanation: 'Lampiran merupakan bagian tidak terpisahkan dari peraturan hanya bila dinyatakan dalam batang tubuh. Pasal yang bersangkutan berbunyi "… tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini." (dengan beberapa lampiran: "Lampiran I", "Lampiran II"). Tulis rujukannya sebagai `[[=id-lampiran]]`.',
  correct: 'teks: Pedoman penyelenggaraan SLRT tercantum dalam [[=lampiran-pedoman]] yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini',
  incorrect: 'Lampiran ada, tetapi tidak ada Pasal yang menyebutnya; atau "… sebagaimana terlampir."',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const { ir } = doc;
    ir.lampiran.forEach((l, i) => {
      const uses = doc.units.refs.filter((r) => r.ref.targets.includes(l.id) && r.holder.kind !== 'lampiran');
      const place = doc.source ? { path: ['lampiran', i] as (string | number)[] } : { unit: null };
      if (uses.length === 0) {
        report({ place, message: `${l.kepala[0] ?? 'Lampiran'} "${l.judul.join(' ')}" tidak disebut dalam Pasal mana pun.`, hint: `Tambahkan Pasal: "… tercantum dalam [[=${l.id}]] yang merupakan bagian tidak terpisahkan dari ${doc.jenisPeraturan} ini".` });
        return;
      }
      const announced = uses.some((u) => {
        const text = runsText(u.runs).replace(/\s+/g, ' ');
        return /\btercantum dalam\b/.test(text) && text.includes(`merupakan bagian tidak terpisahkan dari ${doc.jenisPeraturan} ini`);
      });
      if (!announced) report({ place: { unit: { source: uses[0]!.holder.source } }, message: `${l.kepala[0] ?? 'Lampiran'} disebut tanpa rumusan "tercantum dalam … yang merupakan bagian tidak terpisahkan dari ${doc.jenisPeraturan} ini".`, hint: 'Lengkapi rumusan penyebutan lampiran.' });
    });
  },
};

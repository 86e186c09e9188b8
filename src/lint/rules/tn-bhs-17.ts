/**
 * TN-BHS-17 — a date that the text or the registry states exists in the calendar ("31 April 2025" does
 * not), and a date on which something already happened (an instrument issued, enacted, promulgated,
 * data as of) does not lie after the document's date.
 * Why: dates are typed by hand in the Pedoman ("Inpres … diterbitkan pada tanggal …", "data per …") and
 * in content/dasar-hukum.yaml (`diundangkan`, used to order the Mengingat); nothing else checks them.
 * Source: [P] (TN-BHS-11 writes dates; this rule checks that they are possible). New id in family TN-BHS.
 */
import { datesIn, isRealDate } from '../helpers/dates.js';
import { PROSE_TEXTS } from '../helpers/kinds.js';
import { registryItems, registryPlace } from '../helpers/registry.js';
import type { Rule } from '../types.js';

/** Words before a date that say it is in the past: "diterbitkan pada tanggal", "data per". */
const PAST = /(?:diterbitkan|ditetapkan|diundangkan|disahkan|ditandatangani|dibentuk|dilaksanakan|dicatat|\bper|sejak)\s+(?:pada\s+)?(?:tanggal\s+)?$/;

/** Words that make a later date a plan, not an event: "mulai berlaku per 1 Januari 2027", "paling lambat …". */
const PLANNED = /(?:berlaku|mulai|rencana|direncanakan|target|paling lambat|paling lama|sampai dengan|hingga|sebelum)\s+(?:\S+\s+){0,3}$/;

const longDate = (iso: string) => iso.slice(0, 10);

/** TN-BHS-17, as registered in src/lint/registry.ts. */
export const tnBhs17: Rule = {
  id: 'TN-BHS-17',
  level: 'ERROR',
  statement: 'Tanggal yang disebut ada dalam kalender, dan tanggal peristiwa yang sudah terjadi tidak sesudah tanggal naskah.',
  source: '[P]',
  explanation: 'Tanggal yang diketik dalam teks ("diterbitkan pada tanggal 5 Februari 2025", "data per 1 Agustus 2023") dan tanggal `diundangkan` dalam content/dasar-hukum.yaml harus tanggal yang ada (bukan 31 April atau 30 Februari). Tanggal peristiwa yang sudah terjadi — peraturan yang sudah diterbitkan atau diundangkan, data per tanggal tertentu — tidak boleh sesudah tanggal naskah (SOURCE_DATE_EPOCH atau komit terakhir content/).',
  correct: 'Instruksi Presiden … diterbitkan pada tanggal 5 Februari 2025',
  incorrect: 'Instruksi Presiden … diterbitkan pada tanggal 30 Februari 2025',
  check(doc, report) {
    const today = longDate(doc.ir.metadata.date);
    for (const t of doc.textsOf(...PROSE_TEXTS)) {
      for (const d of datesIn(t.masked)) {
        const place = { text: t, index: d.index, length: d.text.length };
        if (!isRealDate(d.iso)) report({ place, message: `Tanggal "${d.text}" tidak ada dalam kalender.`, hint: 'Periksa tanggal dan bulannya pada dokumen sumbernya.' });
        else if (d.iso > today && PAST.test(t.masked.slice(0, d.index)) && !PLANNED.test(t.masked.slice(0, d.index))) report({ place, message: `Tanggal "${d.text}" sesudah tanggal naskah (${today}), padahal menyebut peristiwa yang sudah terjadi.`, hint: 'Periksa tahunnya; tanggal terbit atau tanggal data tidak mungkin di masa depan.' });
      }
    }
    const registry = doc.input.registry;
    if (!registry) return;
    for (const item of registryItems(registry)) {
      const iso = item.entry.diundangkan;
      if (typeof iso !== 'string') continue;
      const place = registryPlace(registry, [...item.path, 'diundangkan']);
      if (!isRealDate(iso)) report({ place, message: `Tanggal pengundangan ${iso} (\`${item.key}\`) tidak ada dalam kalender.`, hint: 'Periksa tanggalnya di JDIH.' });
      else if (iso > today) report({ place, message: `Tanggal pengundangan ${iso} (\`${item.key}\`) sesudah tanggal naskah (${today}).`, hint: 'Peraturan yang dikutip sudah diundangkan; periksa tahunnya di JDIH.' });
    }
  },
};

/**
 * TN-KU-04 — a definition reads "<Istilah> adalah …", "<Istilah> yang selanjutnya disingkat SLRT adalah …"
 * (abbreviation) or "… yang selanjutnya disebut Puskesos adalah …" (acronym or short name).
 * Why: authors type "adalah" or "yang selanjutnya disingkat" into `arti`, doubling the generated words,
 * and put an acronym in `singkatan`.
 * Source: L2 §I.C.1 [V].
 */
import { isMap, isPair, isScalar } from 'yaml';
import { positionAt } from '../../load/yaml-source.js';
import { replaceFix } from '../helpers/edits.js';
import { isAbbreviation } from '../words.js';
import type { Rule } from '../types.js';

/** TN-KU-04, as registered in src/lint/registry.ts. */
export const tnKu04: Rule = {
  id: 'TN-KU-04',
  level: 'ERROR',
  statement: 'Definisi berpola "Istilah adalah …", "… yang selanjutnya disingkat X adalah …", atau "… yang selanjutnya disebut X adalah …".',
  source: 'L2 §I.C.1 [V]',
  explanation: 'Batasan pengertian dirumuskan "<Istilah> adalah <pengertian>". Singkatan diperkenalkan dengan "yang selanjutnya disingkat" (huruf kapital semua: SLRT, APBD), akronim atau sebutan dengan "yang selanjutnya disebut" (Puskesos). naskah menyusun kalimatnya dari `istilah`, `singkatan`/`sebutan`, dan `arti`: jangan mengetik "adalah" atau "yang selanjutnya …" di dalam `arti`.',
  correct: '- istilah: Pusat Kesejahteraan Sosial\n  sebutan: Puskesos\n  arti: tempat yang berfungsi …',
  incorrect: '- istilah: Pusat Kesejahteraan Sosial\n  singkatan: Puskesos\n  arti: adalah tempat yang berfungsi …',
  check(doc, report) {
    for (const term of doc.terms.list) {
      const arti = term.artiText;
      if (arti) {
        const adalah = /^\s*adalah\s+/i.exec(arti.value);
        if (adalah) report({ place: { text: arti, index: 0, length: adalah[0].length }, message: '`arti` diawali "adalah", sehingga kata itu tercetak dua kali.', hint: 'Hapus "adalah"; naskah menambahkannya.', fix: replaceFix(arti, 0, adalah[0].length, '', 'hapus "adalah" di awal arti') });
        const selanjutnya = /\byang\s+selanjutnya\s+(?:disingkat|disebut)\b/i.exec(arti.value);
        if (selanjutnya) report({ place: { text: arti, index: selanjutnya.index, length: selanjutnya[0].length }, message: '`arti` memuat "yang selanjutnya disingkat/disebut".', hint: 'Tulis singkatan dalam `singkatan:` atau sebutan dalam `sebutan:`.' });
      }
      const node = doc.index?.nodeAt(term.rincian.source);
      if (!isMap(node)) continue;
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) continue;
        const value = String(pair.value.value);
        if (pair.key.value === 'singkatan' && !isAbbreviation(value)) {
          const at = pair.key.range && doc.source ? { file: doc.source.file, start: positionAt(doc.source, pair.key.range[0]), end: positionAt(doc.source, pair.key.range[1]) } : null;
          report({ place: at ?? { unit: term.rincian }, message: `"${value}" bukan singkatan huruf kapital, tetapi ditulis sebagai \`singkatan\` ("disingkat").`, hint: 'Akronim atau sebutan (mis. Puskesos) ditulis dengan `sebutan:` sehingga tercetak "yang selanjutnya disebut".' });
        }
      }
    }
  },
};

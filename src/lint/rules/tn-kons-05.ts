/**
 * TN-KONS-05 — the konsiderans gives reasons in the order filosofis → sosiologis → yuridis; a bare
 * "perlu diatur" is no reason.
 * Why: a yuridis item (the delegating provision) placed before a sosiologis one, and empty "perlu diatur"
 * items, are corrected by reviewers.
 * Source: L2 §I.B.3 (order mandatory for UU/Perda, applied by analogy) [V/P].
 */
import type { Rule } from '../types.js';

const YURIDIS = /\b(?:untuk\s+melaksanakan\s+ketentuan|berdasarkan\s+ketentuan\s+Pasal)\b/i;
const REASONLESS = /^\s*bahwa\s+(?:dipandang\s+)?perlu\s+(?:diatur|mengatur|menetapkan|dibentuk)\b[^,]{0,60}$/i;

/** TN-KONS-05, as registered in src/lint/registry.ts. */
export const tnKons05: Rule = {
  id: 'TN-KONS-05',
  level: 'WARN',
  statement: 'Pertimbangan memuat alasan dan disusun filosofis → sosiologis → yuridis.',
  source: 'L2 §I.B.3 [V untuk UU/Perda; P untuk Perbup]',
  explanation: 'Konsiderans memuat uraian singkat mengenai pokok pikiran yang menjadi pertimbangan dan alasan pembentukan peraturan. Untuk beberapa pertimbangan, urutannya unsur filosofis, sosiologis, lalu yuridis (ketentuan yang memerintahkan atau mendelegasikan). Pertimbangan yang hanya berbunyi "bahwa perlu diatur …" tidak memuat alasan.',
  correct: 'a. bahwa fakir miskin dipelihara oleh negara …;\nb. bahwa program … masih bersifat sektoral …;\nc. bahwa untuk melaksanakan ketentuan Pasal 5 huruf c …;',
  incorrect: 'a. bahwa untuk melaksanakan ketentuan Pasal 5 huruf c …;\nb. bahwa program … masih bersifat sektoral …;',
  check(doc, report) {
    const items = doc.textsOf('menimbang');
    let yuridis = -1;
    items.forEach((t, i) => {
      if (REASONLESS.test(t.value)) report({ place: { text: t }, message: 'Pertimbangan hanya menyatakan perlunya pengaturan tanpa alasan.', hint: 'Uraikan alasannya: kebutuhan, permasalahan, atau ketentuan yang memerintahkan.' });
      if (YURIDIS.test(t.value)) yuridis = i;
      else if (yuridis >= 0 && yuridis < i) report({ place: { text: t }, message: 'Pertimbangan ini ditulis sesudah pertimbangan yuridis.', hint: 'Susun pertimbangan filosofis dan sosiologis lebih dahulu, pertimbangan yuridis (ketentuan yang dilaksanakan) terakhir.' });
    });
  },
};

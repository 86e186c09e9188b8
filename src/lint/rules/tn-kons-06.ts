/**
 * TN-KONS-06 — a yuridis pertimbangan executing a delegation names the exact pasal of the delegating
 * regulation, and cites it without its Lembaran/Berita Negara data.
 * Why: "untuk melaksanakan Peraturan Menteri Sosial …" without the pasal is routinely sent back.
 * Source: L2 §I.B.3 [R]; Perbup Soppeng 17/2022, Perwal Tangerang 93/2018 [P].
 */
import type { Rule } from '../types.js';

/** TN-KONS-06, as registered in src/lint/registry.ts. */
export const tnKons06: Rule = {
  id: 'TN-KONS-06',
  level: 'WARN',
  statement: 'Pertimbangan yuridis menyebut pasal yang mendelegasikan, tanpa nomor Lembaran/Berita Negara.',
  source: 'L2 §I.B.3 [R]; praktik Perbup Soppeng 17/2022 [P]',
  explanation: 'Bila peraturan dibentuk untuk melaksanakan peraturan yang lebih tinggi, pertimbangan yuridis menyebut pasal (dan ayat/huruf) yang mendelegasikan beserta jenis, nomor, tahun, dan nama peraturan itu; data pengundangan (Lembaran Negara, Berita Negara) hanya dicantumkan dalam Mengingat.',
  correct: 'bahwa untuk melaksanakan ketentuan Pasal 5 huruf c Peraturan Menteri Sosial Nomor 15 Tahun 2018 tentang …, perlu …',
  incorrect: 'bahwa untuk melaksanakan Peraturan Menteri Sosial Nomor 15 Tahun 2018 (Berita Negara Republik Indonesia Tahun 2018 Nomor 1062), perlu …',
  check(doc, report) {
    for (const t of doc.textsOf('menimbang')) {
      const delegasi = /\buntuk\s+melaksanakan\s+(?!ketentuan\s+Pasal)(?:ketentuan\s+)?(?=(?:Undang-Undang|Peraturan)\b)/i.exec(t.masked);
      if (delegasi) report({ place: { text: t, index: delegasi.index, length: delegasi[0].length }, message: 'Pertimbangan yuridis tidak menyebut pasal peraturan yang dilaksanakan.', hint: 'Tulis "untuk melaksanakan ketentuan Pasal … <peraturan>".' });
      const terbitan = /\((?:Lembaran|Berita)\s+(?:Negara|Daerah)\b[^)]*\)/.exec(t.masked);
      if (terbitan) report({ place: { text: t, index: terbitan.index, length: terbitan[0].length }, message: 'Pertimbangan memuat data Lembaran/Berita Negara.', hint: 'Hapus data pengundangan dari konsiderans; data itu hanya ada dalam Mengingat.' });
    }
  },
};

/**
 * TN-KEP-11 — a Keputusan is set, not promulgated: penetapan block only, no "Diundangkan", no Berita Daerah
 * line.
 * Why: guards the Keputusan penutup.
 * Source: P80 (keputusan are not promulgated) [R].
 */
import { runsText } from '../../ir-index/text.js';
import type { Rule } from '../types.js';

/** TN-KEP-11, as registered in src/lint/registry.ts. */
export const tnKep11: Rule = {
  id: 'TN-KEP-11',
  level: 'ERROR',
  statement: 'Keputusan hanya ditetapkan: tanpa blok pengundangan dan tanpa baris Berita Daerah.',
  source: 'P80 [R]',
  explanation: 'Keputusan Bupati tidak diundangkan. Penutupnya hanya blok penetapan (Ditetapkan di …, pada tanggal …, BUPATI …, nama), tanpa perintah pengundangan, blok Diundangkan, dan baris BERITA DAERAH.',
  correct: 'Ditetapkan di Purwakarta\npada tanggal …\nBUPATI PURWAKARTA,',
  incorrect: 'Keputusan dengan "Diundangkan di Purwakarta" dan "BERITA DAERAH … NOMOR …"',
  jenis: ['keputusan-bupati'],
  check(doc, report) {
    const { penutup } = doc.ir;
    if (penutup.pengundangan) report({ place: { unit: null }, message: 'Keputusan memuat blok pengundangan.', hint: 'Hapus blok Diundangkan; Keputusan tidak diundangkan.' });
    if (penutup.beritaDaerah) report({ place: { unit: null }, message: 'Keputusan memuat baris Berita Daerah.', hint: 'Hapus baris BERITA DAERAH.' });
    if (penutup.alinea.some((a) => /memerintahkan pengundangan/.test(runsText(a)))) report({ place: { unit: null }, message: 'Keputusan memuat perintah pengundangan.', hint: 'Hapus perintah pengundangan.' });
  },
};

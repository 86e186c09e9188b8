/**
 * TN-PNT-03 — the pengundangan block of a Peraturan: "Diundangkan di …", "pada tanggal …",
 * "SEKRETARIS DAERAH KABUPATEN …," and the name without gelar.
 * Why: the Sekretaris Daerah promulgates; guards the generated block and the name from daerah.yaml.
 * Source: L2 §I.D [R]; Perda Kab. Sragen 15/2017 Pasal 51 ayat (3) [V].
 */
import { titleIn, namePlace } from '../helpers/officials.js';
import type { Rule } from '../types.js';

/** TN-PNT-03, as registered in src/lint/registry.ts. */
export const tnPnt03: Rule = {
  id: 'TN-PNT-03',
  level: 'ERROR',
  statement: 'Blok pengundangan: Diundangkan di …, pada tanggal …, SEKRETARIS DAERAH …, nama tanpa gelar.',
  source: 'L2 §I.D [R]; Perda Kab. Sragen 15/2017 Pasal 51 ayat (3) [V]',
  explanation: 'Peraturan Bupati diundangkan oleh Sekretaris Daerah. Blok pengundangan di kiri bawah memuat "Diundangkan di <ibu kota>", "pada tanggal …", "SEKRETARIS DAERAH KABUPATEN …," dan nama tanpa gelar dengan huruf kapital.',
  correct: 'Diundangkan di Purwakarta\npada tanggal …\nSEKRETARIS DAERAH KABUPATEN PURWAKARTA,',
  incorrect: 'Diundangkan di Purwakarta\npada tanggal …\nSEKDA KAB. PURWAKARTA',
  jenis: ['peraturan-bupati'],
  check(doc, report) {
    const block = doc.ir.penutup.pengundangan;
    const place = { unit: null };
    if (!block) {
      report({ place, message: 'Peraturan Bupati tidak memuat blok pengundangan.', hint: 'Peraturan Bupati diundangkan oleh Sekretaris Daerah.' });
      return;
    }
    const [placeLine, dateLine, jabatan] = block.baris;
    const expected = `SEKRETARIS DAERAH ${doc.region.namaDaerah.toUpperCase()},`;
    if (!placeLine || !/^Diundangkan di \S/.test(placeLine)) report({ place, message: `Baris tempat pengundangan tertulis "${placeLine ?? ''}".`, hint: 'Tulis "Diundangkan di <ibu kota>".' });
    if (!dateLine || !/^pada tanggal \S/.test(dateLine)) report({ place, message: `Baris tanggal pengundangan tertulis "${dateLine ?? ''}".`, hint: 'Tulis "pada tanggal <tanggal>".' });
    if (jabatan !== expected) report({ place, message: `Jabatan pengundangan tertulis "${jabatan ?? ''}".`, hint: `Seharusnya "${expected}".` });
    const at = namePlace(doc, 'sekretaris_daerah');
    if (block.nama === '...' && doc.ir.status === 'final') report({ place: at, message: 'Dokumen final belum memuat nama Sekretaris Daerah.', hint: 'Isi `sekretaris_daerah.nama` dalam content/daerah.yaml.' });
    const title = titleIn(block.nama);
    if (title) report({ place: at, message: `Nama Sekretaris Daerah "${block.nama}" memuat gelar atau pangkat ("${title}").`, hint: 'Tulis nama tanpa gelar, pangkat, dan NIP.' });
  },
};

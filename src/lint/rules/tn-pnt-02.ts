/**
 * TN-PNT-02 — the penetapan block: "Ditetapkan di <ibu kota>", "pada tanggal …", "BUPATI <NAMA>," and the
 * name in capitals without gelar, pangkat or NIP.
 * Why: names with titles ("Hj. …, S.E., M.M.") are copied from letterheads into content/daerah.yaml.
 * Source: L2 §I.D [V].
 */
import { titleIn, namePlace } from '../helpers/officials.js';
import type { Rule } from '../types.js';

/** TN-PNT-02, as registered in src/lint/registry.ts. */
export const tnPnt02: Rule = {
  id: 'TN-PNT-02',
  level: 'ERROR',
  statement: 'Blok penetapan: Ditetapkan di …, pada tanggal …, jabatan diakhiri koma, nama huruf kapital tanpa gelar.',
  source: 'L2 §I.D [V]',
  explanation: 'Penandatanganan memuat tempat dan tanggal penetapan, nama jabatan diakhiri koma, tanda tangan, dan nama lengkap pejabat tanpa gelar, pangkat, golongan, dan NIP, ditulis dengan huruf kapital. Nama diisi dalam content/daerah.yaml; selama rancangan nama boleh "...", pada dokumen final wajib diisi.',
  correct: 'kepala_daerah:\n  nama: ANNE RATNA MUSTIKA',
  incorrect: 'kepala_daerah:\n  nama: Hj. Anne Ratna Mustika, S.E., M.M.',
  check(doc, report) {
    const { penetapan } = doc.ir.penutup;
    const [placeLine, dateLine, jabatan] = penetapan.baris;
    const place = { unit: null };
    if (!placeLine || !/^Ditetapkan di \S/.test(placeLine)) report({ place, message: `Baris tempat penetapan tertulis "${placeLine ?? ''}".`, hint: 'Tulis "Ditetapkan di <ibu kota>".' });
    if (!dateLine || !/^pada tanggal \S/.test(dateLine)) report({ place, message: `Baris tanggal penetapan tertulis "${dateLine ?? ''}".`, hint: 'Tulis "pada tanggal <tanggal>".' });
    if (!jabatan || !/^(?:(?:Pj|Plt)\. )?[A-Z][A-Z ]+,$/.test(jabatan)) report({ place, message: `Baris jabatan penetapan tertulis "${jabatan ?? ''}".`, hint: 'Jabatan ditulis huruf kapital dan diakhiri koma.' });
    const nama = penetapan.nama;
    const at = namePlace(doc, 'kepala_daerah');
    if (nama === '...' && doc.ir.status === 'final') report({ place: at, message: 'Dokumen final belum memuat nama Bupati.', hint: 'Isi `kepala_daerah.nama` dalam content/daerah.yaml.' });
    const title = titleIn(nama);
    if (title) report({ place: at, message: `Nama penanda tangan "${nama}" memuat gelar atau pangkat ("${title}").`, hint: 'Tulis nama tanpa gelar, pangkat, dan NIP.' });
    else if (nama !== '...' && nama !== nama.toUpperCase()) report({ place: at, message: `Nama penanda tangan "${nama}" tidak ditulis dengan huruf kapital.`, hint: `Tulis "${nama.toUpperCase()}".` });
  },
};

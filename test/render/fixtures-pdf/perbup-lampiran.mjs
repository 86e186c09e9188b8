// Generates perbup-lampiran.json: the shared sample Perbup (test/fixtures/ir/sample-perbup.json)
// plus a lambang, a BAB with very long ayat (pages that begin mid-paragraph) and a Lampiran with
// headings, prose, a list, a table that spans pages, a figure and a landscape page.
// Image paths are relative to the project root, as in the IR.
// Run: node test/render/fixtures-pdf/perbup-lampiran.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('../../fixtures/ir/sample-perbup.json', import.meta.url), 'utf8'));
const t = (text) => [{ kind: 'text', text }];
const pos = (line) => ({ file: 'content/perbup-slrt/pedoman.md', line, column: 1 });
const rin = (id, label, text, depth = 1, sub = []) => ({ kind: 'rincian', id, label, depth, isi: t(text), rincian: sub, definisi: null, source: pos(5) });

const kalimat = 'Pemerintah Daerah melaksanakan pendataan, verifikasi, dan validasi data fakir miskin dan orang tidak mampu secara berkala dengan melibatkan Pemerintah Desa, pendamping sosial, dan Pusat Kesejahteraan Sosial sehingga setiap keluhan dan kebutuhan warga dapat dirujuk kepada Perangkat Daerah yang berwenang tanpa penundaan yang tidak perlu.';
const panjang = (n) => Array.from({ length: n }, () => kalimat).join(' ');

const babPanjang = {
  kind: 'bab', id: 'bab-pendataan', label: 'BAB III', judul: 'PENDATAAN', source: pos(1),
  isi: [1, 2, 3].map((n) => ({
    kind: 'pasal', id: `pasal-panjang-${n}`, label: `Pasal ${14 + n}`, source: pos(10 + n),
    ayat: [
      { kind: 'ayat', id: `pasal-panjang-${n}-1`, label: '(1)', isi: t(panjang(7)), rincian: [], source: pos(10 + n) },
      { kind: 'ayat', id: `pasal-panjang-${n}-2`, label: '(2)', isi: [{ kind: 'text', text: panjang(3) + ' Data tersebut dikelola melalui ' }, { kind: 'italic', text: 'Social Welfare Information System - Next Generation' }, { kind: 'text', text: ' yang terhubung dengan sistem daerah.' }], rincian: [], source: pos(10 + n) },
    ],
  })),
};

const baris = Array.from({ length: 45 }, (_, i) => [t(String(i + 1) + '.'), t(`Desa ${['Cibening', 'Ciwareng', 'Munjuljaya', 'Nagri Kidul', 'Sindangkasih'][i % 5]} ${i + 1}`), t(i % 3 === 0 ? 'Pendataan ulang rumah tangga miskin dan pemutakhiran DTKS' : 'Rujukan layanan kesehatan'), t(String(10 + i))]);

const lampiran = {
  id: 'lampiran-pedoman',
  kepala: ['LAMPIRAN', 'PERATURAN BUPATI PURWAKARTA', 'NOMOR ... TAHUN ...', 'TENTANG', 'SISTEM LAYANAN DAN RUJUKAN TERPADU UNTUK PENANGANAN FAKIR MISKIN DAN ORANG TIDAK MAMPU'],
  judul: ['PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU', 'DI KABUPATEN PURWAKARTA'],
  isi: [
    { kind: 'judul', id: 'ped-bab-1', level: 1, label: 'BAB I', judul: 'PENDAHULUAN', source: pos(1) },
    { kind: 'judul', id: 'ped-latar', level: 2, label: 'A.', judul: 'Latar Belakang', source: pos(2) },
    { kind: 'alinea', isi: t(panjang(4)), source: pos(3) },
    { kind: 'alinea', isi: [{ kind: 'text', text: 'Layanan diberikan melalui ' }, { kind: 'italic', text: 'front office' }, { kind: 'text', text: ' di setiap kecamatan.' }], source: pos(4) },
    { kind: 'judul', id: 'ped-maksud', level: 2, label: 'B.', judul: 'Maksud dan Tujuan', source: pos(5) },
    { kind: 'daftar', butir: [rin('t1', '1.', 'meningkatkan keterpaduan layanan;'), rin('t2', '2.', 'mempercepat rujukan yang meliputi:', 1, [rin('t2a', 'a.', 'rujukan kesehatan;', 2), rin('t2b', 'b.', 'rujukan pendidikan.', 2)])], source: pos(6) },
    { kind: 'judul', id: 'ped-data', level: 2, label: 'C.', judul: 'Sebaran Layanan', source: pos(7) },
    { kind: 'tabel', id: 'tabel-1', label: 'Tabel 1.1', judul: 'Sebaran Layanan per Desa', kepala: [[t('No.'), t('Desa'), t('Layanan'), t('Jumlah')]], baris, lebar: [1, 4, 6, 2], source: pos(8) },
    { kind: 'gambar', id: 'gambar-1', label: 'Gambar 1.1', judul: 'Bagan Alur Rujukan', path: 'test/render/fixtures-pdf/bagan.svg', lebarMm: 120, source: pos(9) },
    // A generated figure as inline SVG whose text asks for other fonts: the PDF must still embed
    // TeX Gyre Bonum only.
    { kind: 'gambar', id: 'gambar-2', label: 'Gambar 1.2', judul: 'Bagan Struktur', path: '', lebarMm: 100, source: pos(9),
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="30mm" viewBox="0 0 400 120" font-family="\'Bookman Old Style\', \'TeX Gyre Bonum\', serif"><rect x="10" y="10" width="380" height="100" fill="none" stroke="#000"/><text x="30" y="50">Koordinator SLRT</text><text x="30" y="90" font-family="DejaVu Sans">Sekretariat</text><text x="220" y="90" style="font-family: \'Liberation Mono\', monospace">Puskesos</text></svg>' },
    { kind: 'halaman-baru', orientasi: 'lanskap' },
    { kind: 'judul', id: 'ped-bab-2', level: 1, label: 'BAB II', judul: 'KELEMBAGAAN', source: pos(10) },
    { kind: 'alinea', isi: t(panjang(2)), source: pos(11) },
    { kind: 'halaman-baru', orientasi: 'potret' },
    { kind: 'judul', id: 'ped-bab-3', level: 1, label: 'BAB III', judul: 'PENUTUP', source: pos(12) },
    { kind: 'alinea', isi: t('Pedoman ini menjadi acuan bagi Perangkat Daerah dan Pemerintah Desa dalam menyelenggarakan SLRT.'), source: pos(13) },
  ],
  penandatangan: { baris: ['BUPATI PURWAKARTA,'], nama: '...' },
};

const ir = {
  ...base,
  kop: { ...base.kop, lambang: 'test/render/fixtures-pdf/lambang.svg' },
  batangTubuh: [...base.batangTubuh, babPanjang],
  lampiran: [lampiran],
};
writeFileSync(new URL('./perbup-lampiran.json', import.meta.url), JSON.stringify(ir, null, 2) + '\n');

// Generates sample-keputusan.json: a hand-made IR of a Keputusan Bupati with a Lampiran, used by the DOCX
// renderer tests to cover what sample-perbup.json does not (lambang image, Memperhatikan, diktum, lampiran
// headings, lists, tables, figures, a landscape page). Run: node test/render/fixtures-docx/sample-keputusan.mjs
import { writeFileSync } from 'node:fs';
const t = (text) => [{ kind: 'text', text }];
const pos = (line) => ({ file: 'content/sk-slrt/naskah.yaml', line, column: 3 });
const rin = (id, label, text, depth = 1, sub = []) => ({ kind: 'rincian', id, label, depth, isi: t(text), rincian: sub, definisi: null, source: pos(60) });
const butir = (id, label, text, line) => ({ id, label, isi: t(text), source: pos(line) });
const diktum = (id, label, isi, rincian = []) => ({ kind: 'diktum', id, label, isi, rincian, source: pos(50) });
const kepalaLampiran = ['LAMPIRAN', 'KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR ... TAHUN ...', 'TENTANG', 'SUSUNAN ORGANISASI SISTEM LAYANAN DAN RUJUKAN TERPADU KABUPATEN PURWAKARTA'];
const ir = {
  schema: 'naskah-ir/1', id: 'sk-slrt', jenis: 'keputusan-bupati', status: 'rancangan',
  metadata: { title: 'Rancangan Keputusan Bupati Purwakarta tentang Susunan Organisasi SLRT', subject: 'Susunan Organisasi Sistem Layanan dan Rujukan Terpadu Kabupaten Purwakarta', author: 'Pemerintah Kabupaten Purwakarta', keywords: ['SLRT', 'Keputusan Bupati'], date: '2026-11-01T00:00:00Z', language: 'id-ID' },
  kop: { lambang: '/lambang/garuda.png', baris: ['BUPATI PURWAKARTA'] },
  judul: { rancangan: true, baris: ['KEPUTUSAN BUPATI PURWAKARTA', 'NOMOR : 400.9/Kep. ...-Dinsos/...', 'TENTANG', 'SUSUNAN ORGANISASI SISTEM LAYANAN DAN RUJUKAN TERPADU KABUPATEN PURWAKARTA'] },
  pembukaan: {
    frasa: null, jabatan: 'BUPATI PURWAKARTA,',
    menimbang: { label: 'Menimbang', butir: [
      butir('k-a', 'a.', 'bahwa untuk melaksanakan Peraturan Bupati tentang Sistem Layanan dan Rujukan Terpadu perlu dibentuk susunan organisasi pelaksananya;', 10),
      butir('k-b', 'b.', 'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Bupati tentang Susunan Organisasi Sistem Layanan dan Rujukan Terpadu Kabupaten Purwakarta;', 11),
    ] },
    mengingat: { label: 'Mengingat', butir: Array.from({ length: 10 }, (_, i) => butir(`dh-${i + 1}`, `${i + 1}.`, i === 0 ? 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin (Lembaran Negara Republik Indonesia Tahun 2011 Nomor 83, Tambahan Lembaran Negara Republik Indonesia Nomor 5235);' : `Peraturan contoh nomor ${i + 1} tentang dasar hukum yang ke-${i + 1};`, 12 + i)) },
    memperhatikan: { label: 'Memperhatikan', butir: [butir('mp', '', 'Berita Acara Rapat Koordinasi Tim SLRT Kabupaten Purwakarta tanggal 6 Oktober 2023.', 30)] },
    memutuskan: 'MEMUTUSKAN:',
    menetapkan: { label: 'Menetapkan', butir: [butir('menetapkan', '', 'KEPUTUSAN BUPATI TENTANG SUSUNAN ORGANISASI SISTEM LAYANAN DAN RUJUKAN TERPADU KABUPATEN PURWAKARTA.', 31)] },
  },
  batangTubuh: [],
  diktum: [
    diktum('kesatu', 'KESATU', t('Membentuk Susunan Organisasi Sistem Layanan dan Rujukan Terpadu Kabupaten Purwakarta dengan susunan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini.')),
    diktum('kedua', 'KEDUA', [{ kind: 'text', text: 'Susunan organisasi sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas melaksanakan layanan ' }, { kind: 'italic', text: 'front office' }, { kind: 'text', text: ' yang meliputi:' }], [
      rin('kd-a', 'a.', 'menerima keluhan dan kebutuhan masyarakat;'),
      rin('kd-b', 'b.', 'melakukan rujukan kepada:', 1, [rin('kd-b1', '1.', 'Perangkat Daerah; dan', 2), rin('kd-b2', '2.', 'lembaga kesejahteraan sosial;', 2)]),
      rin('kd-c', 'c.', 'melaporkan pelaksanaan tugas kepada Bupati.'),
    ]),
    diktum('ketiga', 'KETIGA', t('Segala biaya yang timbul sebagai akibat ditetapkannya Keputusan Bupati ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah Kabupaten Purwakarta.')),
    diktum('keempat', 'KEEMPAT', t('Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.')),
  ],
  penutup: {
    alinea: [],
    penetapan: { baris: ['Ditetapkan di Purwakarta', 'pada tanggal ...', 'BUPATI PURWAKARTA,'], nama: '...' },
    pengundangan: null,
    beritaDaerah: null,
  },
  lampiran: [{
    id: 'lampiran',
    kepala: kepalaLampiran,
    judul: ['SUSUNAN ORGANISASI SISTEM LAYANAN DAN RUJUKAN TERPADU', 'KABUPATEN PURWAKARTA'],
    isi: [
      { kind: 'judul', id: 'bab-1', level: 1, label: 'BAB I', judul: 'PENDAHULUAN', source: pos(70) },
      { kind: 'judul', id: 'latar', level: 2, label: 'A.', judul: 'Latar Belakang', source: pos(71) },
      { kind: 'alinea', isi: [{ kind: 'text', text: 'Sistem Layanan dan Rujukan Terpadu (' }, { kind: 'italic', text: 'integrated referral system' }, { kind: 'text', text: ') membantu masyarakat miskin memperoleh layanan sosial secara terpadu.' }], source: pos(72) },
      { kind: 'judul', id: 'tujuan', level: 2, label: 'B.', judul: 'Maksud dan Tujuan', source: pos(73) },
      { kind: 'judul', id: 'maksud', level: 3, label: '1.', judul: 'Maksud', source: pos(74) },
      { kind: 'alinea', isi: t('Pedoman ini dimaksudkan sebagai acuan bagi Perangkat Daerah dalam melaksanakan SLRT.'), source: pos(75) },
      { kind: 'judul', id: 'tujuan-2', level: 3, label: '2.', judul: 'Tujuan', source: pos(76) },
      { kind: 'daftar', butir: [rin('t-a', 'a.', 'meningkatkan akses layanan;'), rin('t-b', 'b.', 'mempercepat rujukan; dan', 1, [rin('t-b1', '1)', 'rujukan kesehatan;', 2), rin('t-b2', '2)', 'rujukan pendidikan.', 2)]), rin('t-c', 'c.', 'memperbaiki data.')], source: pos(77) },
      { kind: 'judul', id: 'rinci', level: 4, label: 'a.', judul: 'Subjudul tingkat empat', source: pos(78) },
      { kind: 'tabel', id: 'tabel-susunan', label: 'Tabel 1', judul: 'Susunan Organisasi SLRT', lebar: [1, 4, 5, 3],
        kepala: [[t('No.'), t('Kedudukan dalam SLRT'), t('Jabatan/Unsur'), t('Keterangan')]],
        baris: [
          [t('1.'), t('Pengarah'), t('Bupati Purwakarta'), t('ex officio')],
          [t('2.'), t('Penanggung Jawab'), t('Sekretaris Daerah'), t('ex officio')],
          [t('3.'), t('Ketua Pelaksana'), t('Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak'), t('ex officio')],
          [t('4.'), t('Anggota'), t('Kepala Bappeda; Kepala Dinas Kesehatan; Kepala Dinas Pendidikan'), [{ kind: 'italic', text: 'ex officio' }]],
        ], source: pos(80) },
      { kind: 'halaman-baru', orientasi: 'lanskap' },
      { kind: 'judul', id: 'bab-2', level: 1, label: 'BAB II', judul: 'BAGAN STRUKTUR ORGANISASI', source: pos(90) },
      { kind: 'gambar', id: 'bagan', label: 'Gambar 1', judul: 'Bagan Struktur Organisasi SLRT', path: '/lampiran/bagan.png', lebarMm: 180, source: pos(91) },
      { kind: 'gambar', id: 'alur', label: 'Gambar 2', judul: 'Alur Rujukan', path: '/lampiran/alur.svg', lebarMm: null, source: pos(92) },
      { kind: 'halaman-baru', orientasi: 'potret' },
      { kind: 'judul', id: 'bab-3', level: 1, label: 'BAB III', judul: 'PENUTUP', source: pos(95) },
      { kind: 'alinea', isi: t('Demikian susunan organisasi ini ditetapkan untuk dilaksanakan dengan penuh tanggung jawab.'), source: pos(96) },
    ],
    penandatangan: { baris: ['BUPATI PURWAKARTA,'], nama: '...' },
  }],
};
writeFileSync(new URL('./sample-keputusan.json', import.meta.url), JSON.stringify(ir, null, 2) + '\n');

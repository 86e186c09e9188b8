/**
 * The realistic drafting mistakes of the mutation harness (test/lint/mutations.test.ts): where each is
 * made (a string of a real source replaced once) and the code `naskah check` must report. Families
 * follow issue 21: 1 defined terms, 2 word forms, 3 dates and numbers, 4 citations, 5 cross-document
 * facts, 6 region data, 7 one mistake one finding, 8 meaning read from structure.
 */

export interface Mutation {
  readonly family: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  readonly name: string;
  /** File under content/. */
  readonly file: string;
  readonly from: string;
  readonly to: string;
  /** The code expected; null for a correct edit that must give no new finding (a false-positive guard). */
  readonly code: string | null;
  /** File under content/ where the finding is expected, when not `file`. */
  readonly at?: string;
  /**
   * One mistake, one finding: `true` exactly one new diagnostic; `'perbup'` the finding in the Perbup and,
   * because a Perbup with a load or resolve error cannot be loaded, one NSK329 at the Keputusan, nothing else.
   */
  readonly alone?: true | 'perbup';
}

const P = 'perbup-slrt/naskah.yaml';
const K = 'kepbup-struktur-slrt/naskah.yaml';
const R = 'dasar-hukum.yaml';
const D = 'daerah.yaml';
const B1 = 'pedoman-slrt/bab-1-pendahuluan.md';
const B2 = 'pedoman-slrt/bab-2-konsep-dan-fungsi.md';
const B3 = 'pedoman-slrt/bab-3-kelembagaan-dan-sdm.md';
const B4 = 'pedoman-slrt/bab-4-mekanisme-layanan-dan-rujukan.md';
const B5 = 'pedoman-slrt/bab-5-pengelolaan-data.md';
const B6 = 'pedoman-slrt/bab-6-peran-perangkat-daerah-dan-kerja-sama.md';
const B7 = 'pedoman-slrt/bab-7-pemantauan-evaluasi-pelaporan.md';

export const MUTATIONS: readonly Mutation[] = [
  // 1. Defined terms
  { family: 1, name: '"dinas" untuk Dinas dalam ayat', file: P, from: '[[slrt-diselenggarakan]] dikoordinasikan oleh Dinas dan', to: '[[slrt-diselenggarakan]] dikoordinasikan oleh dinas dan', code: 'TN-BHS-14' },
  { family: 1, name: '"dinas" untuk Dinas dalam rincian', file: P, from: '- hasil verifikasi dan validasi oleh Dinas\n', to: '- hasil verifikasi dan validasi oleh dinas\n', code: 'TN-BHS-14' },
  { family: 1, name: '"kepala Dinas" huruf kapital campuran', file: P, from: 'dijabat oleh Kepala Dinas', to: 'dijabat oleh kepala Dinas', code: 'TN-BHS-04' },
  { family: 1, name: '"puskesos" dalam rincian Perbup', file: P, from: 'masyarakat melalui Puskesos di Desa', to: 'masyarakat melalui puskesos di Desa', code: 'TN-BHS-14' },
  { family: 1, name: 'Pedoman: "dinas" untuk Dinas', file: B2, from: 'Penyelenggaraan SLRT dikoordinasikan oleh Dinas dan', to: 'Penyelenggaraan SLRT dikoordinasikan oleh dinas dan', code: 'TN-BHS-14' },
  { family: 1, name: 'Pedoman: "puskesos"', file: B3, from: 'Layanan Puskesos dilaksanakan oleh Petugas Puskesos', to: 'Layanan puskesos dilaksanakan oleh Petugas Puskesos', code: 'TN-BHS-14' },
  { family: 1, name: 'Pedoman: "Petugas pengelola Data"', file: B4, from: '3. Petugas Pengelola Data, Petugas Puskesos', to: '3. Petugas pengelola Data, Petugas Puskesos', code: 'TN-PED-08' },
  { family: 1, name: 'Pedoman: singkatan TKPK tidak diperkenalkan', file: B1, from: '5. TKSK, PSM, IPSM, Pendamping Sosial', to: '5. TKSK, PSM, IPSM, TKPK, Pendamping Sosial', code: 'TN-BHS-15' },
  { family: 1, name: 'Pedoman: singkatan OPD tidak diperkenalkan', file: B5, from: '7. berbagi pakai data dengan Perangkat Daerah', to: '7. berbagi pakai data dengan OPD', code: 'TN-BHS-15' },
  { family: 1, name: 'Keputusan: singkatan TKPK tidak diperkenalkan', file: K, from: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas', to: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] bersama TKPK melaksanakan tugas', code: 'TN-BHS-15' },
  { family: 1, name: 'Keputusan: "perangkat daerah" untuk Perangkat Daerah', file: K, from: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas', to: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] dan setiap perangkat daerah melaksanakan tugas', code: 'TN-BHS-14' },
  // 2. Word forms
  { family: 2, name: '"di laksanakan"', file: P, from: 'dilaksanakan secara terpadu bersama Perangkat Daerah', to: 'di laksanakan secara terpadu bersama Perangkat Daerah', code: 'TN-BHS-13' },
  { family: 2, name: '"antar daerah"', file: P, from: '- pemerintah kabupaten atau kota lain\n', to: '- pemerintah kabupaten atau kota lain dalam kerja sama antar daerah\n', code: 'TN-BHS-13' },
  { family: 2, name: 'Pedoman: "merubah"', file: B1, from: 'yang tidak mengubah pengertian', to: 'yang tidak merubah pengertian', code: 'TN-BHS-13' },
  { family: 2, name: 'Pedoman: "Ketentuan Peraturan Perundang-undangan"', file: B3, from: 'SIKS-NG bagi Petugas Puskesos sesuai dengan ketentuan peraturan perundang-undangan', to: 'SIKS-NG bagi Petugas Puskesos sesuai dengan Ketentuan Peraturan Perundang-undangan', code: 'TN-BHS-13' },
  { family: 2, name: 'Perbup: "Peraturan Perundang-Undangan" dalam rincian', file: P, from: '- pemberian akses SIKS-NG sesuai dengan ketentuan peraturan perundang-undangan', to: '- pemberian akses SIKS-NG sesuai dengan ketentuan Peraturan Perundang-Undangan', code: 'TN-BHS-13' },
  { family: 2, name: '"yang mana"', file: P, from: 'Tidak Mampu yang berdomisili di', to: 'Tidak Mampu yang mana berdomisili di', code: 'TN-BHS-13' },
  { family: 2, name: '"ijin"', file: P, from: 'program tanggung jawab sosial dan lingkungan perusahaan', to: 'program tanggung jawab sosial dan lingkungan perusahaan yang memiliki ijin', code: 'TN-BHS-13' },
  { family: 2, name: 'Pedoman: "resiko"', file: B5, from: '9. apabila terjadi kebocoran', to: '9. apabila terjadi resiko kebocoran', code: 'TN-BHS-13' },
  { family: 2, name: 'Pedoman: "menghimbau"', file: B6, from: '4. kesepakatan dituangkan dalam', to: '4. Dinas menghimbau agar kesepakatan dituangkan dalam', code: 'TN-BHS-13' },
  { family: 2, name: 'garis miring pengganti "atau"', file: P, from: 'melakukan Rujukan kepada Perangkat Daerah, instansi, atau lembaga pengelola program', to: 'melakukan Rujukan kepada Perangkat Daerah/instansi/lembaga pengelola program', code: 'TN-BHS-10' },
  { family: 2, name: '"harus" untuk kewajiban', file: P, from: 'penerima Rujukan wajib menindaklanjuti Rujukan paling lama 14', to: 'penerima Rujukan harus menindaklanjuti Rujukan paling lama 14', code: 'TN-BHS-07' },
  { family: 2, name: '"selambat-lambatnya"', file: P, from: 'diselesaikan paling lama 3 (tiga) hari', to: 'diselesaikan selambat-lambatnya 3 (tiga) hari', code: 'TN-BHS-08' },
  { family: 2, name: '"diwajibkan"', file: P, from: 'Keluhan kepada pihak yang menyampaikan Keluhan paling lama 3', to: 'Keluhan kepada pihak yang menyampaikan Keluhan diwajibkan paling lama 3', code: 'TN-BHS-07' },
  // 3. Dates and numbers
  { family: 3, name: 'Pedoman: baris Jumlah tidak sama dengan jumlah kolom', file: B1, from: '| | Jumlah | 508.342 | 199.023 |', to: '| | Jumlah | 508.432 | 199.023 |', code: 'TN-PED-10' },
  { family: 3, name: 'Pedoman: angka satu Kecamatan salah ketik', file: B1, from: '| 7 | Maniis | 29.310 | 10.161 |', to: '| 7 | Maniis | 29.310 | 10.116 |', code: 'TN-PED-10' },
  { family: 3, name: 'Pedoman: tanggal yang tidak ada', file: B5, from: 'pada tanggal 5 Februari 2025', to: 'pada tanggal 30 Februari 2025', code: 'TN-BHS-17' },
  { family: 3, name: 'Pedoman: tanggal terbit di masa depan', file: B5, from: 'pada tanggal 5 Februari 2025', to: 'pada tanggal 5 Februari 2027', code: 'TN-BHS-17' },
  { family: 3, name: 'registri: tanggal pengundangan di masa depan', file: R, from: 'diundangkan: 2018-08-09', to: 'diundangkan: 2028-08-09', code: 'TN-BHS-17' },
  { family: 3, name: 'registri: tahun LN berbeda tanpa catatan', file: R, from: 'ln: { tahun: 2011, nomor: 83 }', to: 'ln: { tahun: 2012, nomor: 83 }', code: 'TN-DH-13' },
  { family: 3, name: 'registri: satu nomor LN untuk dua peraturan', file: R, from: 'ln: { tahun: 2011, nomor: 83 }', to: 'ln: { tahun: 2011, nomor: 82 }', code: 'TN-DH-14' },
  { family: 3, name: 'registri: satu nomor TLN untuk dua peraturan', file: R, from: 'tln: 5235', to: 'tln: 5234', code: 'TN-DH-14' },
  // 4. Citations
  { family: 4, name: 'Menimbang menyebut Permensos yang tidak ada dalam Mengingat', file: P, from: '  - pp-63-2013     # LN/TLN unverified\n  - permensos-15-2018\n', to: '  - pp-63-2013     # LN/TLN unverified\n', code: 'TN-KONS-08' },
  { family: 4, name: 'Menimbang menyebut nomor peraturan yang salah', file: P, from: 'Pasal 5 huruf c Peraturan Menteri Sosial Nomor 15 Tahun 2018', to: 'Pasal 5 huruf c Peraturan Menteri Sosial Nomor 16 Tahun 2018', code: 'TN-KONS-08' },
  { family: 4, name: 'Menimbang: judul peraturan berbeda dari registri', file: P, from: 'tentang Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu,', to: 'tentang Sistem Layanan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu,', code: 'TN-REF-14' },
  { family: 4, name: 'Pedoman: judul undang-undang berbeda dari registri', file: B1, from: 'Tahun 2011 tentang Penanganan Fakir Miskin menjabarkan', to: 'Tahun 2011 tentang Penanggulangan Fakir Miskin menjabarkan', code: 'TN-REF-14' },
  { family: 4, name: 'Pedoman: rujukan ketik ke Pasal yang tidak ada', file: B2, from: 'SLRT mempunyai empat fungsi [[fungsi-slrt]].', to: 'SLRT mempunyai empat fungsi sebagaimana dimaksud dalam Pasal 99.', code: 'TN-REF-15' },
  { family: 4, name: 'Pedoman: rujukan ketik ke ayat yang tidak ada', file: B2, from: 'SLRT mempunyai empat fungsi [[fungsi-slrt]].', to: 'SLRT mempunyai empat fungsi sebagaimana dimaksud dalam Pasal 5 ayat (7).', code: 'TN-REF-15' },
  { family: 4, name: 'Keputusan: rujukan ketik ke Pasal Perbup yang tidak ada', file: K, from: 'bahwa untuk melaksanakan ketentuan [[=perbup-slrt:susunan-ditetapkan]]', to: 'bahwa untuk melaksanakan ketentuan Pasal 99 ayat (6) Peraturan Bupati Purwakarta tentang Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu', code: 'TN-REF-15' },
  // 5. Cross-document facts
  { family: 5, name: 'Pedoman: batas waktu tindak lanjut Rujukan lain daripada Perbup', file: B4, from: 'Rujukan paling lama 14 (empat belas) hari kerja terhitung sejak Rujukan diterima [[rujukan-ditindaklanjuti]]', to: 'Rujukan paling lama 21 (dua puluh satu) hari kerja terhitung sejak Rujukan diterima [[rujukan-ditindaklanjuti]]', code: 'TN-PED-12' },
  { family: 5, name: 'Pedoman: batas waktu Rujukan mendesak lain daripada Perbup', file: B4, from: 'paling lama 24 (dua puluh empat) jam terhitung sejak Rujukan diterima [[rujukan-segera]]', to: 'paling lama 48 (empat puluh delapan) jam terhitung sejak Rujukan diterima [[rujukan-segera]]', code: 'TN-PED-12' },
  { family: 5, name: 'Pedoman: tabel program memuat batas waktu yang tidak ada dalam Perbup', file: B4, from: 'Kepastian penanganan paling lama 14 (empat belas) hari kerja; pasien', to: 'Kepastian penanganan paling lama 30 (tiga puluh) hari kerja; pasien', code: 'TN-PED-12' },
  { family: 5, name: 'Pedoman: batas waktu pemberitahuan kepada pelapor berubah', file: B4, from: 'kepada pelapor paling lama 3 (tiga) hari kerja setelah hasil', to: 'kepada pelapor paling lama 7 (tujuh) hari kerja setelah hasil', code: 'TN-PED-12' },
  { family: 5, name: 'Pedoman: jangka laporan kepada Bupati berubah', file: B7, from: 'setiap 6 (enam) bulan; dan', to: 'setiap 12 (dua belas) bulan; dan', code: 'TN-PED-12' },
  { family: 5, name: 'Pedoman menambah kewajiban', file: B7, from: 'Laporan disajikan dalam bentuk data agregat.', to: 'Laporan disajikan dalam bentuk data agregat. Pemerintah Desa wajib menyampaikan laporan bulanan Puskesos kepada camat.', code: 'TN-PED-01' },
  { family: 5, name: 'Pedoman menambah sanksi', file: B4, from: 'Apabila Rujukan tidak dapat ditindaklanjuti, pelapor', to: 'Perangkat Daerah yang tidak menindaklanjuti Rujukan dalam jangka waktu tersebut dikenai sanksi administratif berupa teguran tertulis. Apabila Rujukan tidak dapat ditindaklanjuti, pelapor', code: 'TN-PED-01' },
  { family: 5, name: 'Pedoman membentuk lembaga', file: B3, from: 'Layanan Puskesos dilaksanakan oleh Petugas Puskesos', to: 'Kepala Dinas membentuk Tim Teknis SLRT untuk membantu Manajer SLRT. Layanan Puskesos dilaksanakan oleh Petugas Puskesos', code: 'TN-PED-01' },
  { family: 5, name: 'Pedoman menambah kewenangan', file: B3, from: 'Petugas Pengelola Data melaksanakan layanan belakang', to: 'Manajer SLRT berwenang menolak Keluhan yang tidak dilengkapi dokumen kependudukan. Petugas Pengelola Data melaksanakan layanan belakang', code: 'TN-PED-01' },
  { family: 5, name: 'Keputusan membentuk lembaga dalam diktum', file: K, from: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas', to: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] dibantu oleh Tim Teknis SLRT yang dibentuk oleh Kepala Dinas dan melaksanakan tugas', code: 'TN-KEP-15' },
  { family: 5, name: 'Keputusan menambah kewajiban dengan batas waktu', file: K, from: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas', to: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] wajib melaporkan pelaksanaan tugasnya kepada Bupati paling lama 7 (tujuh) hari kerja setelah akhir triwulan dan melaksanakan tugas', code: 'TN-KEP-15' },
  { family: 5, name: 'Keputusan membentuk tim, bukan menetapkan susunan yang didelegasikan', file: K, from: 'Menetapkan susunan keanggotaan Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin\n      dan Orang Tidak Mampu Kabupaten Purwakarta sebagaimana', to: 'Membentuk Tim Koordinasi Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin\n      dan Orang Tidak Mampu Kabupaten Purwakarta dengan susunan keanggotaan sebagaimana', code: 'TN-KEP-15' },
  { family: 5, name: 'Keputusan membentuk unit Pembina', file: K, from: '    - id: penanggung-jawab\n', to: '    - id: pembina\n      nama: Pembina\n      unsur: pengarah\n      atasan: pengarah\n      pengisi:\n        - jabatan: Wakil Bupati Purwakarta\n      tugas:\n        - memberikan pembinaan dalam penyelenggaraan SLRT\n    - id: penanggung-jawab\n', code: 'NSK334' },
  { family: 5, name: 'Keputusan: pengisi Pengarah lain daripada Perbup', file: K, from: 'jabatan: Sekretaris Daerah Kabupaten Purwakarta', to: 'jabatan: Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kabupaten Purwakarta', code: 'NSK336' },
  { family: 5, name: 'Keputusan: tugas Penanggung jawab ditambah', file: K, from: '- mengendalikan penyelenggaraan SLRT\n', to: '- mengendalikan dan mengawasi penyelenggaraan SLRT\n', code: 'NSK337' },
  { family: 5, name: 'Keputusan: Fasilitator di bawah Petugas Layanan', file: K, from: '      atasan: supervisor\n', to: '      atasan: petugas-layanan\n', code: 'NSK339' },
  { family: 5, name: 'registri: judul Perbup lain daripada Perbup', file: R, from: '  tentang: Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu\n  bd:', to: '  tentang: Sistem Layanan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu\n  bd:', code: 'NSK341', at: K },
  { family: 5, name: 'Pedoman: Fasilitator melapor kepada Manajer SLRT', file: B3, from: 'melaporkan pelaksanaan tugasnya kepada Supervisor setiap bulan', to: 'melaporkan pelaksanaan tugasnya kepada Manajer SLRT setiap bulan', code: 'TN-PED-13' },
  { family: 5, name: 'Pedoman: Puskesos melapor kepada Kepala Dinas', file: B7, from: 'Puskesos menyampaikan laporan pelaksanaan layanan kepada Sekretariat SLRT setiap bulan', to: 'Puskesos menyampaikan laporan pelaksanaan layanan kepada Kepala Dinas setiap bulan', code: 'TN-PED-13' },
  // Written after the rules, without tuning them (a check that they are not fitted to the cases above).
  { family: 5, name: 'Pedoman: frekuensi penyampaian data kepesertaan berubah', file: B6, from: 'Data kepesertaan program disampaikan kepada Sekretariat SLRT paling sedikit 1 (satu) kali dalam 3 (tiga) bulan', to: 'Data kepesertaan program disampaikan kepada Sekretariat SLRT paling sedikit 1 (satu) kali dalam 6 (enam) bulan', code: 'TN-PED-12' },
  { family: 5, name: 'Pedoman: evaluasi sekali dalam 2 tahun', file: B7, from: 'Evaluasi dilaksanakan paling sedikit 1 (satu) kali dalam 1 (satu) tahun', to: 'Evaluasi dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun', code: 'TN-PED-12' },
  { family: 5, name: 'Pedoman: tabel batas waktu identifikasi 5 hari kerja', file: B4, from: '| Paling lama 3 (tiga) hari kerja sejak Keluhan diterima |', to: '| Paling lama 5 (lima) hari kerja sejak Keluhan diterima |', code: 'TN-PED-12' },
  { family: 5, name: 'Pedoman menambah larangan rangkap jabatan', file: B3, from: 'Fasilitator ditugaskan untuk satu atau beberapa Kecamatan.', to: 'Fasilitator ditugaskan untuk satu atau beberapa Kecamatan. Fasilitator dilarang merangkap sebagai Petugas Puskesos.', code: 'TN-PED-01' },
  { family: 5, name: 'Pedoman mewajibkan camat', file: B3, from: 'Fasilitator ditugaskan untuk satu atau beberapa Kecamatan.', to: 'Fasilitator ditugaskan untuk satu atau beberapa Kecamatan. Camat wajib mengoordinasikan Puskesos di wilayahnya.', code: 'TN-PED-01' },
  { family: 5, name: 'Keputusan memberi Pengarah kewenangan', file: K, from: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas', to: 'Pengarah berwenang membatalkan Rujukan. Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas', code: 'TN-KEP-15' },
  { family: 8, name: 'Pedoman: Supervisor dengan tugas Fasilitator', file: B3, from: 'standar layanan [[tugas-supervisor]]', to: 'standar layanan [[tugas-fasilitator]]', code: 'TN-REF-16' },
  { family: 7, name: 'istilah Supervisor didefinisikan huruf kecil', file: P, from: '            istilah: Supervisor\n', to: '            istilah: supervisor\n', code: 'TN-KU-03', alone: true },
  // 6. Region data
  { family: 6, name: 'daerah.yaml: nama kabupaten salah eja', file: D, from: 'nama: Purwakarta\njenis: kabupaten', to: 'nama: Purwakerta\njenis: kabupaten', code: 'TN-PEMB-03' },
  { family: 6, name: 'daerah.yaml: provinsi salah', file: D, from: 'provinsi: Jawa Barat', to: 'provinsi: Jawa Tengah', code: 'TN-PEMB-03' },
  { family: 6, name: 'daerah.yaml: kota untuk kabupaten', file: D, from: 'jenis: kabupaten', to: 'jenis: kota', code: 'TN-PEMB-03' },
  { family: 6, name: 'daerah.yaml: ibu kota bukan Kecamatan', file: D, from: 'ibu_kota: Purwakarta', to: 'ibu_kota: Purwakerta', code: 'TN-PEMB-03' },
  { family: 6, name: 'Pedoman: nama Kecamatan salah eja dalam tabel', file: B1, from: '| 7 | Maniis | 29.310 | 10.161 |', to: '| 7 | Manis | 29.310 | 10.161 |', code: 'TN-PED-11' },
  { family: 6, name: 'Pedoman: nama Kecamatan ditulis terpisah', file: B1, from: '| 12 | Babakancikao |', to: '| 12 | Babakan Cikao |', code: 'TN-PED-11' },
  // 7. One mistake, one finding
  { family: 7, name: 'istilah didefinisikan huruf kecil', file: P, from: '            istilah: Dinas\n', to: '            istilah: dinas\n', code: 'TN-KU-03', alone: true },
  { family: 7, name: 'Keputusan: id Perbup salah ketik (tanpa NSK301 pada setiap rujukan)', file: K, from: 'peraturan: perbup-slrt\n', to: 'peraturan: perbup-slr\n', code: 'NSK329', alone: true },
  { family: 7, name: 'Perbup: rujukan menggantung (Keputusan: satu NSK329)', file: P, from: 'Akses terhadap data dan informasi [[data-rahasia]]', to: 'Akses terhadap data dan informasi [[data-rahasa]]', code: 'NSK301', alone: 'perbup' },
  { family: 7, name: 'Perbup: nilai status tidak sah (Keputusan: satu NSK329)', file: P, from: '\nstatus: rancangan\n', to: '\nstatus: draf\n', code: 'NSK204', alone: 'perbup' },
  { family: 7, name: 'Perbup: "selambat-lambatnya" (Keputusan tetap diperiksa)', file: P, from: 'diselesaikan paling lama 3 (tiga) hari', to: 'diselesaikan selambat-lambatnya 3 (tiga) hari', code: 'TN-BHS-08', alone: true },
  { family: 7, name: 'Pedoman: batas waktu berbeda, satu temuan', file: B4, from: 'Rujukan paling lama 14 (empat belas) hari kerja terhitung sejak Rujukan diterima [[rujukan-ditindaklanjuti]]', to: 'Rujukan paling lama 21 (dua puluh satu) hari kerja terhitung sejak Rujukan diterima [[rujukan-ditindaklanjuti]]', code: 'TN-PED-12', alone: true },
  { family: 7, name: 'istilah didefinisikan dengan huruf kapital lain dari semua pemakaiannya', file: P, from: '            istilah: Pilar Sosial\n', to: '            istilah: Pilar sosial\n', code: 'TN-BHS-04', alone: true },
  // 8. Meaning read from structure
  { family: 8, name: '"salah satu" tetapi rincian kumulatif', file: P, from: 'teks: Keluhan dinyatakan selesai apabila\n                rincian: alternatif', to: 'teks: Keluhan dinyatakan selesai apabila memenuhi salah satu keadaan\n                rincian: kumulatif', code: 'TN-RIN-13' },
  { family: 8, name: 'batas waktu khusus lebih lama daripada batas umum', file: P, from: 'lama 24 (dua puluh empat) jam terhitung', to: 'lama 30 (tiga puluh) hari kerja terhitung', code: 'TN-BHS-16' },
  { family: 8, name: 'batas waktu khusus 15 hari kerja terhadap 14 hari kerja', file: P, from: 'lama 24 (dua puluh empat) jam terhitung', to: 'lama 15 (lima belas) hari kerja terhitung', code: 'TN-BHS-16' },
  { family: 8, name: '"apabila … atau" tetapi rincian kumulatif', file: P, from: 'teks: Keluhan dinyatakan selesai apabila\n                rincian: alternatif', to: 'teks: Keluhan dinyatakan selesai apabila telah ditangani langsung atau\n                rincian: kumulatif', code: 'TN-RIN-13' },
  { family: 8, name: '"salah satu cara" tetapi rincian kumulatif', file: P, from: 'mengakses layanan SLRT melalui\n                rincian: kumulatif-alternatif', to: 'mengakses layanan SLRT melalui salah satu cara berikut\n                rincian: kumulatif', code: 'TN-RIN-13' },
  { family: 8, name: 'Pedoman: rujukan ke tugas unsur lain (subjek berbeda)', file: B3, from: 'Petugas Pengelola Data melaksanakan layanan belakang (*back office*) [[tugas-petugas-pengelola-data]]', to: 'Petugas Pengelola Data melaksanakan layanan belakang (*back office*) [[tugas-petugas-layanan]]', code: 'TN-REF-16' },
  { family: 8, name: 'Pedoman: Kepala Dinas menetapkan standar layanan menurut tugas Manajer', file: B4, from: 'menetapkan standar layanan SLRT [[tugas-penanggung-jawab]]', to: 'menetapkan standar layanan SLRT [[tugas-manajer]]', code: 'TN-REF-16' },
  // Correct edits that look like mistakes: no new finding (false-positive guards).
  { family: 1, name: 'Keputusan memakai singkatan Perbup (SLRT)', file: K, from: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas', to: 'Setiap unsur susunan keanggotaan [[menetapkan-susunan]] melaksanakan tugas SLRT', code: null },
  { family: 1, name: 'Pedoman: "perjalanan dinas" dalam arti umum', file: B3, from: 'Layanan Puskesos dilaksanakan oleh Petugas Puskesos', to: 'Layanan Puskesos, termasuk perjalanan dinas, dilaksanakan oleh Petugas Puskesos', code: null },
  { family: 1, name: 'Perbup: "tingkat desa" sebagai gabungan kata umum', file: P, from: '- hasil musyawarah Desa atau musyawarah Kelurahan', to: '- hasil musyawarah Desa atau musyawarah Kelurahan di tingkat desa', code: null },
  { family: 2, name: 'Perbup: "antar-Perangkat Daerah" dan "dan/atau" benar', file: P, from: '- kerja sama\n', to: '- kerja sama antar-Perangkat Daerah dan/atau antardaerah\n', code: null },
  { family: 3, name: 'Pedoman: tanggal 29 Februari tahun kabisat', file: B5, from: 'pada tanggal 5 Februari 2025', to: 'pada tanggal 29 Februari 2024', code: null },
];

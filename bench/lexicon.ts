/**
 * The vocabulary of the synthetic regulations: defined terms, actors, verbs, objects and titles in the
 * register of a Peraturan Bupati on social welfare, so the bench lays out text that reads and breaks
 * like the real SLRT documents (word lengths, capitalised defined terms, "1 (satu)" numbers).
 */

/** One Ketentuan Umum definition (Pasal 1). */
export interface DefinisiEntry {
  readonly id: string;
  readonly istilah: string;
  readonly singkatan?: string;
  readonly sebutan?: string;
  readonly arti: string;
}

/** The 30 definitions of Pasal 1; every term is used again in the generated text. */
export const DEFINISI: readonly DefinisiEntry[] = [
  { id: 'def-daerah', istilah: 'Daerah', arti: 'Kabupaten Purwakarta' },
  { id: 'def-bupati', istilah: 'Bupati', arti: 'Bupati Purwakarta' },
  { id: 'def-pemerintah-daerah', istilah: 'Pemerintah Daerah', arti: 'Bupati sebagai unsur penyelenggara Pemerintahan Daerah yang memimpin pelaksanaan urusan pemerintahan yang menjadi kewenangan daerah otonom' },
  { id: 'def-sekretaris-daerah', istilah: 'Sekretaris Daerah', arti: 'Sekretaris Daerah Kabupaten Purwakarta' },
  { id: 'def-perangkat-daerah', istilah: 'Perangkat Daerah', arti: 'unsur pembantu Bupati dan Dewan Perwakilan Rakyat Daerah dalam penyelenggaraan Urusan Pemerintahan yang menjadi kewenangan Daerah' },
  { id: 'def-dinas', istilah: 'Dinas', arti: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Purwakarta' },
  { id: 'def-kepala-dinas', istilah: 'Kepala Dinas', arti: 'Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Purwakarta' },
  { id: 'def-kecamatan', istilah: 'Kecamatan', arti: 'bagian wilayah dari Daerah yang dipimpin oleh camat' },
  { id: 'def-desa', istilah: 'Desa', arti: 'kesatuan masyarakat hukum yang memiliki batas wilayah yang berwenang untuk mengatur dan mengurus urusan pemerintahan dan kepentingan masyarakat setempat berdasarkan prakarsa masyarakat, hak asal usul, dan/atau hak tradisional' },
  { id: 'def-pemerintah-desa', istilah: 'Pemerintah Desa', arti: 'kepala Desa dibantu perangkat Desa sebagai unsur penyelenggara pemerintahan Desa' },
  { id: 'def-kelurahan', istilah: 'Kelurahan', arti: 'wilayah kerja lurah sebagai perangkat Kecamatan di Daerah' },
  { id: 'def-fakir-miskin', istilah: 'Fakir Miskin', arti: 'orang yang sama sekali tidak mempunyai sumber mata pencaharian dan/atau mempunyai sumber mata pencaharian tetapi tidak mempunyai kemampuan memenuhi kebutuhan dasar yang layak bagi kehidupan dirinya dan/atau keluarganya' },
  { id: 'def-orang-tidak-mampu', istilah: 'Orang Tidak Mampu', arti: 'orang yang mempunyai sumber mata pencaharian, gaji, atau upah yang hanya mampu memenuhi kebutuhan dasar yang layak namun tidak mampu membayar iuran bagi dirinya dan keluarganya' },
  { id: 'def-kesejahteraan-sosial', istilah: 'Kesejahteraan Sosial', arti: 'kondisi terpenuhinya kebutuhan material, spiritual, dan sosial warga negara agar dapat hidup layak dan mampu mengembangkan diri sehingga dapat melaksanakan fungsi sosialnya' },
  { id: 'def-penyelenggaraan-kesos', istilah: 'Penyelenggaraan Kesejahteraan Sosial', arti: 'upaya yang terarah, terpadu, dan berkelanjutan yang dilakukan Pemerintah Daerah dan masyarakat dalam bentuk pelayanan sosial guna memenuhi kebutuhan dasar setiap warga' },
  { id: 'def-rehabilitasi-sosial', istilah: 'Rehabilitasi Sosial', arti: 'proses refungsionalisasi dan pengembangan untuk memungkinkan seseorang mampu melaksanakan fungsi sosialnya secara wajar dalam kehidupan masyarakat' },
  { id: 'def-jaminan-sosial', istilah: 'Jaminan Sosial', arti: 'skema yang melembaga untuk menjamin seluruh rakyat agar dapat memenuhi kebutuhan dasar hidupnya yang layak' },
  { id: 'def-pemberdayaan-sosial', istilah: 'Pemberdayaan Sosial', arti: 'semua upaya yang diarahkan untuk menjadikan warga negara yang mengalami masalah sosial mempunyai daya sehingga mampu memenuhi kebutuhan dasarnya' },
  { id: 'def-perlindungan-sosial', istilah: 'Perlindungan Sosial', arti: 'semua upaya yang diarahkan untuk mencegah dan menangani risiko dari guncangan dan kerentanan sosial' },
  { id: 'def-puskesos', istilah: 'Pusat Kesejahteraan Sosial', sebutan: 'Puskesos', arti: 'tempat yang berfungsi untuk melakukan kegiatan pelayanan sosial bersama secara sinergis dan terpadu antara kelompok masyarakat dalam komunitas yang ada di desa/kelurahan/nama lain dalam penyelenggaraan kesejahteraan sosial' },
  { id: 'def-slrt', istilah: 'Sistem Layanan dan Rujukan Terpadu', singkatan: 'SLRT', arti: 'sistem layanan yang mengidentifikasi kebutuhan dan keluhan fakir miskin dan orang tidak mampu serta melakukan rujukan kepada pengelola program penanganan fakir miskin dan orang tidak mampu di pusat dan daerah' },
  { id: 'def-dtks', istilah: 'Data Terpadu Kesejahteraan Sosial', singkatan: 'DTKS', arti: 'data yang meliputi pemerlu pelayanan kesejahteraan sosial, penerima bantuan dan pemberdayaan sosial, serta potensi dan sumber kesejahteraan sosial' },
  { id: 'def-psm', istilah: 'Pekerja Sosial Masyarakat', singkatan: 'PSM', arti: 'warga masyarakat yang atas dasar rasa kesadaran dan tanggung jawab sosial secara sukarela mengabdi di bidang Kesejahteraan Sosial' },
  { id: 'def-tksk', istilah: 'Tenaga Kesejahteraan Sosial Kecamatan', singkatan: 'TKSK', arti: 'seseorang yang diberi tugas, fungsi, dan kewenangan oleh kementerian yang menyelenggarakan urusan pemerintahan di bidang sosial untuk membantu Penyelenggaraan Kesejahteraan Sosial di Kecamatan' },
  { id: 'def-psks', istilah: 'Potensi dan Sumber Kesejahteraan Sosial', singkatan: 'PSKS', arti: 'perseorangan, keluarga, kelompok, dan/atau masyarakat yang dapat berperan serta untuk menjaga, menciptakan, mendukung, dan memperkuat Penyelenggaraan Kesejahteraan Sosial' },
  { id: 'def-ppks', istilah: 'Pemerlu Pelayanan Kesejahteraan Sosial', singkatan: 'PPKS', arti: 'perseorangan, keluarga, kelompok, dan/atau komunitas masyarakat yang karena suatu hambatan, kesulitan, atau gangguan tidak dapat melaksanakan fungsi sosialnya' },
  { id: 'def-lks', istilah: 'Lembaga Kesejahteraan Sosial', singkatan: 'LKS', arti: 'organisasi sosial atau perkumpulan sosial yang melaksanakan Penyelenggaraan Kesejahteraan Sosial yang dibentuk oleh masyarakat' },
  { id: 'def-rujukan', istilah: 'Rujukan', arti: 'pelimpahan penanganan keluhan atau kebutuhan Fakir Miskin dan Orang Tidak Mampu kepada Perangkat Daerah, instansi, atau lembaga pengelola program yang berwenang' },
  { id: 'def-apbd', istilah: 'Anggaran Pendapatan dan Belanja Daerah', singkatan: 'APBD', arti: 'rencana keuangan tahunan Daerah yang ditetapkan dengan Peraturan Daerah' },
  { id: 'def-pendamping-sosial', istilah: 'Pendamping Sosial', arti: 'orang yang ditugaskan oleh Pemerintah Daerah untuk mendampingi PPKS dalam memperoleh pelayanan' },
];

/** Actors that begin a sentence. */
export const SUBJECTS: readonly string[] = ['Pemerintah Daerah', 'Bupati', 'Dinas', 'Kepala Dinas', 'Perangkat Daerah', 'Pendamping Sosial', 'Pemerintah Desa', 'Puskesos', 'TKSK', 'PSM', 'LKS', 'Sekretaris Daerah'];

/** Transitive verbs (active voice). */
export const VERBS: readonly string[] = ['melaksanakan', 'menyelenggarakan', 'mengoordinasikan', 'memfasilitasi', 'menyusun', 'melakukan', 'memberikan', 'mengembangkan', 'meningkatkan', 'menyampaikan', 'memantau', 'mengevaluasi', 'membina', 'mengawasi'];

/** Nominalised verbs that open a rincian item. */
export const VERB_NOUNS: readonly string[] = ['penyusunan', 'pelaksanaan', 'pengoordinasian', 'pemantauan', 'pengevaluasian', 'penyediaan', 'pemberian', 'pengembangan', 'peningkatan', 'pembinaan', 'pengawasan', 'penyampaian', 'pendataan', 'penetapan', 'verifikasi dan validasi'];

/** Objects of the verbs: what the regulation is about. */
export const OBJECTS: readonly string[] = [
  'pelayanan Rehabilitasi Sosial bagi PPKS', 'program Jaminan Sosial', 'kegiatan Pemberdayaan Sosial', 'layanan Perlindungan Sosial',
  'pemutakhiran DTKS', 'Rujukan kepada Perangkat Daerah', 'pembinaan PSKS', 'penanganan keluhan Fakir Miskin dan Orang Tidak Mampu',
  'pendampingan kepada PPKS', 'rencana kerja tahunan', 'laporan pelaksanaan kegiatan', 'koordinasi lintas sektor',
  'kapasitas PSM', 'akreditasi LKS', 'sarana dan prasarana Puskesos', 'layanan SLRT di Desa dan Kelurahan',
  'data penerima bantuan sosial', 'kerja sama dengan dunia usaha', 'bimbingan teknis bagi TKSK', 'penyaluran bantuan sosial',
];

/** Adverbial phrases that end a sentence. */
export const ADVERBIALS: readonly string[] = [
  'secara terpadu dan berkelanjutan', 'sesuai dengan ketentuan peraturan perundang-undangan', 'di wilayah Kecamatan',
  'di tingkat Desa dan Kelurahan', 'secara berkala paling sedikit 1 (satu) kali dalam 1 (satu) tahun', 'dengan memperhatikan kebutuhan PPKS',
  'berdasarkan data yang akurat dan mutakhir', 'dalam rangka peningkatan Kesejahteraan Sosial', 'melalui SLRT', 'bersama Pemerintah Desa',
  'paling lama 14 (empat belas) hari kerja sejak permohonan diterima', 'dengan melibatkan PSKS', 'atas biaya APBD',
];

/** Words that open a rincian: the sentence before the list. */
export const RINCIAN_OPENERS: readonly string[] = ['mempunyai tugas', 'mempunyai fungsi', 'berwenang', 'meliputi', 'terdiri atas', 'dilaksanakan melalui'];

/** BAB topics (capitals, TN-BT-01); combined with a scope to stay unique in a 100-BAB regulation. */
export const BAB_TOPICS: readonly string[] = [
  'PENYELENGGARAAN', 'PENDATAAN', 'PELAYANAN', 'REHABILITASI SOSIAL', 'JAMINAN SOSIAL', 'PEMBERDAYAAN SOSIAL', 'PERLINDUNGAN SOSIAL',
  'KELEMBAGAAN', 'PERAN SERTA MASYARAKAT', 'KERJA SAMA', 'SISTEM INFORMASI', 'PEMBINAAN DAN PENGAWASAN', 'PEMANTAUAN, EVALUASI, DAN PELAPORAN',
  'SUMBER DAYA MANUSIA', 'SARANA DAN PRASARANA', 'PENANGANAN KELUHAN', 'RUJUKAN', 'PENDAMPINGAN', 'PENGHARGAAN', 'PENDANAAN',
];

/** Scopes appended to a BAB topic. */
export const BAB_SCOPES: readonly string[] = ['', ' DI TINGKAT DAERAH', ' DI TINGKAT KECAMATAN', ' DI TINGKAT DESA DAN KELURAHAN', ' BAGI PENYANDANG DISABILITAS', ' BAGI ANAK', ' BAGI LANJUT USIA'];

/** Bagian and Paragraf titles (Title Case, TN-BT-02). */
export const BAGIAN_TITLES: readonly string[] = ['Umum', 'Tugas dan Fungsi', 'Pelaksanaan', 'Koordinasi', 'Pelaporan', 'Persyaratan', 'Tata Cara', 'Hak dan Kewajiban', 'Jangka Waktu', 'Pengawasan'];

/** Lampiran (Pedoman) chapter titles; the first is always PENDAHULUAN (TN-PED-02). */
export const PEDOMAN_BAB_TITLES: readonly string[] = ['KONSEP DAN FUNGSI', 'KELEMBAGAAN', 'MEKANISME LAYANAN', 'SISTEM INFORMASI', 'PEMANTAUAN DAN EVALUASI', 'PENDANAAN', 'PENUTUP'];

/** Section titles inside a Pedoman chapter. */
export const PEDOMAN_SECTION_TITLES: readonly string[] = ['Latar Belakang', 'Maksud dan Tujuan', 'Sasaran', 'Ruang Lingkup', 'Pengertian', 'Alur Layanan', 'Peran Pemangku Kepentingan', 'Indikator Keberhasilan', 'Jadwal Pelaksanaan'];

/** Capitalises the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

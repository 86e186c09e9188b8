/**
 * The registry of diagnostic codes (STYLE.md point 3). Banded by phase:
 * NSK1xx load, NSK2xx schema, NSK3xx resolve, NSK4xx render, NSK5xx output and CLI.
 * A code is never reused for another meaning; `naskah explain CODE` prints the entry.
 */
import type { Severity } from './types.js';

/** One registry entry: default severity, short title, long explanation with examples. */
export interface CodeInfo {
  readonly severity: Severity;
  readonly title: string;
  readonly explanation: string;
}

export const CODES = {
  NSK101: { severity: 'error', title: 'Sintaks YAML tidak sah', explanation: 'Berkas YAML tidak dapat dibaca karena kesalahan sintaks (indentasi, tanda kutip tidak ditutup, tanda titik dua hilang, dan sebagainya). Perbaiki sintaks pada baris dan kolom yang ditunjuk.\n\nBenar:\n  tentang: Sistem Layanan dan Rujukan Terpadu\nSalah:\n  tentang: "Sistem Layanan dan Rujukan Terpadu' },
  NSK102: { severity: 'error', title: 'Kunci YAML ganda', explanation: 'Kunci yang sama ditulis dua kali dalam satu peta YAML; nilai yang pertama akan tertimpa tanpa disadari. Hapus atau ganti nama salah satunya.' },
  NSK103: { severity: 'error', title: 'Berkas tidak ditemukan', explanation: 'Berkas yang dirujuk (naskah.yaml, daerah.yaml, dasar-hukum.yaml, gambar lambang, atau sumber lampiran) tidak ada atau tidak dapat dibaca. Periksa jalur berkas relatif terhadap berkas yang merujuknya.' },
  NSK121: { severity: 'error', title: 'Tingkat judul Markdown dilompati', explanation: 'Judul dalam pedoman bertingkat BAB (#) › A. (##) › 1. (###) › a. (####) › 1) (#####) (TN-PED-03). Tingkat tidak boleh dilompati, mis. langsung dari `#` ke `###`.' },
  NSK122: { severity: 'error', title: 'BAB pedoman tanpa judul tingkat satu', explanation: 'Setiap berkas BAB diawali tepat satu judul tingkat satu berhuruf kapital, mis. `# PENDAHULUAN`; naskah memberi nomor BAB I, BAB II, … sesuai urutan berkas.' },
  NSK123: { severity: 'error', title: 'HTML mentah dalam Markdown', explanation: 'Pedoman tidak boleh memuat HTML mentah karena tidak dapat dicetak sama di DOCX dan PDF. Gunakan Markdown biasa: paragraf, daftar, tabel, gambar.' },
  NSK124: { severity: 'error', title: 'Unsur Markdown tidak didukung', explanation: 'Blok kode, kutipan, dan garis pemisah tidak dipakai dalam naskah dinas. Tulis sebagai paragraf, daftar, atau tabel.' },
  NSK125: { severity: 'error', title: 'Gambar pedoman tidak ditemukan', explanation: 'Berkas gambar (SVG atau PNG) yang dirujuk tidak ada. Jalur gambar relatif terhadap berkas Markdown.' },
  NSK126: { severity: 'warning', title: 'Tabel tanpa judul', explanation: 'Setiap tabel diberi judul di atasnya dengan paragraf `Tabel: Judul tabel {#id}` tepat sebelum tabel (TN-PED-06); naskah memberi nomor Tabel 1.1, 1.2, ….' },
  NSK127: { severity: 'error', title: 'Judul tabel tanpa tabel', explanation: 'Paragraf `Tabel: …` harus langsung diikuti tabel Markdown.' },
  NSK201: { severity: 'error', title: 'Properti wajib tidak ada', explanation: 'Skema dokumen mewajibkan properti ini. Tambahkan properti tersebut; editor dengan skema YAML menampilkan daftar properti yang tersedia.' },
  NSK202: { severity: 'error', title: 'Properti tidak dikenal', explanation: 'Properti ini tidak ada dalam skema dokumen, biasanya karena salah ketik. Periksa ejaan; petunjuk menampilkan nama yang paling mirip.' },
  NSK203: { severity: 'error', title: 'Jenis nilai salah', explanation: 'Nilai tidak berjenis yang diharapkan (teks, bilangan, daftar, atau peta). Contoh: `tahun: 2025` (bilangan), bukan `tahun: dua ribu dua puluh lima`.' },
  NSK204: { severity: 'error', title: 'Nilai tidak termasuk pilihan', explanation: 'Properti ini hanya menerima nilai tertentu, misalnya `status: rancangan` atau `status: final`; `rincian: kumulatif`, `alternatif`, atau `kumulatif-alternatif`.' },
  NSK205: { severity: 'error', title: 'Bentuk nilai tidak sesuai', explanation: 'Nilai tidak sesuai dengan pola yang diharapkan, misalnya id yang memuat huruf kapital atau spasi (id hanya boleh huruf kecil, angka, dan tanda hubung), atau tanggal yang tidak berbentuk YYYY-MM-DD.' },
  NSK206: { severity: 'error', title: 'Unsur batang tubuh tidak dikenal', explanation: 'Setiap unsur dalam `batang_tubuh` atau `isi` harus memuat salah satu kunci `bab`, `bagian`, `paragraf`, atau `pasal`.' },
  NSK209: { severity: 'error', title: 'Nilai tidak sesuai skema', explanation: 'Nilai melanggar skema dokumen. Baca pesan dan petunjuknya; editor dengan skema YAML menampilkan keterangan setiap properti.' },
  NSK301: { severity: 'error', title: 'Rujukan ke id yang tidak ada', explanation: 'Rujukan `[[id]]` menunjuk id unsur yang tidak ada dalam dokumen (TN-REF-13). Periksa ejaan id atau tambahkan `id` pada unsur yang dimaksud.\n\nBenar:\n  teks: Puskesos [[puskesos-dibentuk]] mempunyai tugas\nSalah:\n  teks: Puskesos [[puskesos-dibentk]] mempunyai tugas' },
  NSK302: { severity: 'error', title: 'Id ganda', explanation: 'Setiap id harus unik dalam satu dokumen karena rujukan dan perbandingan revisi bergantung padanya. Ganti salah satu id.' },
  NSK303: { severity: 'error', title: 'Dasar hukum tidak terdaftar', explanation: 'Kunci dalam `mengingat` tidak ada dalam content/dasar-hukum.yaml. Tambahkan entri ke registri atau perbaiki kuncinya.' },
  NSK304: { severity: 'error', title: 'Urutan Mengingat melanggar hierarki', explanation: 'Dasar hukum diurutkan menurut hierarki peraturan perundang-undangan: UUD, Undang-Undang, Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri, Peraturan Daerah Provinsi, Peraturan Gubernur, Peraturan Daerah, Peraturan Bupati (TN-DH-03).' },
  NSK305: { severity: 'error', title: 'Urutan Mengingat melanggar kronologi', explanation: 'Dalam jenjang yang sama, dasar hukum diurutkan menurut waktu pengundangan: tahun lebih dahulu, lalu nomor Lembaran/Berita Negara (TN-DH-03).' },
  NSK306: { severity: 'warning', title: 'Nomor dasar hukum belum terverifikasi', explanation: 'Entri dasar hukum ini memuat nomor yang belum dikonfirmasi pada JDIH; nomor itu dicetak sebagai "..." dan tidak boleh dikarang. Dalam rancangan ini peringatan; pada status final atau dengan --strict menjadi kesalahan yang menghentikan pembuatan dokumen.' },
  NSK307: { severity: 'error', title: 'Tanda baca akhir diketik sendiri', explanation: 'Penyusun tidak mengetik tanda baca akhir (".", ";", "; dan", "; atau", ":"); naskah menambahkannya dari struktur dan jenis rincian (TN-RIN-04, TN-RIN-07). Hapus tanda baca di akhir teks.' },
  NSK308: { severity: 'error', title: 'Sintaks rujukan tidak sah', explanation: 'Rujukan ditulis `[[id]]`, `[[id1, id2]]`, atau `[[=id]]` (tanpa frasa "sebagaimana dimaksud"). Periksa tanda kurung siku dan id di dalamnya.' },
  NSK309: { severity: 'error', title: 'Rincian terlalu dalam', explanation: 'Rincian paling banyak empat tingkat: a. › 1. › a) › 1) (TN-RIN-06). Pecah rincian ke dalam ayat atau pasal lain.' },
  NSK310: { severity: 'error', title: 'Rujukan ke unsur yang tidak dapat dirujuk', explanation: 'Rujukan hanya dapat menunjuk Pasal, ayat, huruf/angka rincian, definisi, BAB, Bagian, atau Lampiran. Unsur ini tidak dapat dirujuk atau merujuk dirinya sendiri.' },
  NSK311: { severity: 'error', title: 'Teks tidak sah', explanation: 'Teks kosong atau memuat penanda miring (*…*) yang tidak ditutup.' },
  NSK320: { severity: 'error', title: 'Id unit struktur ganda', explanation: 'Setiap unit dalam `struktur.unit` mempunyai id yang unik, karena garis komando (`atasan`), garis koordinasi, pemeriksaan terhadap Peraturan Bupati, dan perbandingan revisi bergantung padanya. Ganti salah satu id.\n\nBenar:\n  - id: manajer\n  - id: supervisor\nSalah:\n  - id: manajer\n  - id: manajer' },
  NSK321: { severity: 'error', title: 'Atasan unit tidak ada', explanation: '`atasan` menunjuk id unit yang tidak ada dalam struktur, sehingga garis komando tidak dapat digambar. Tulis id unit atasan yang ada, atau hapus `atasan` bila unit itu puncak struktur.' },
  NSK322: { severity: 'error', title: 'Unit puncak tidak tunggal', explanation: 'Bagan struktur mempunyai tepat satu unit puncak: satu-satunya unit tanpa `atasan` (biasanya pembina). Unit lain yang hanya berkoordinasi tetap diberi `atasan` (mis. camat di bawah pengarah) dan garis koordinasinya ditulis dalam `koordinasi`.' },
  NSK323: { severity: 'error', title: 'Garis komando melingkar', explanation: 'Mengikuti `atasan` dari unit ke unit kembali ke unit semula, sehingga tidak ada urutan atas-bawah. Perbaiki salah satu `atasan` dalam lingkaran yang disebut dalam pesan.\n\nSalah:\n  - id: manajer\n    atasan: supervisor\n  - id: supervisor\n    atasan: manajer' },
  NSK324: { severity: 'error', title: 'Garis koordinasi ke unit yang tidak ada', explanation: 'Butir `koordinasi` menunjuk id unit yang tidak ada dalam struktur. Periksa ejaan id.' },
  NSK325: { severity: 'error', title: 'Unit tanpa uraian tugas', explanation: 'Setiap unit struktur mempunyai uraian tugas (`tugas:`), karena Lampiran uraian tugas dibuat dari data yang sama dengan bagan dan tabel susunan keanggotaan.' },
  NSK326: { severity: 'error', title: 'Garis koordinasi berlebih', explanation: 'Garis koordinasi ke diri sendiri, ditulis dua kali, ditulis pada kedua unit, atau di antara dua unit yang sudah terhubung garis komando. Cukup satu garis antara dua unit.' },
  NSK327: { severity: 'error', title: 'Unsur Peraturan Bupati tidak ada dalam struktur', explanation: 'Peraturan Bupati yang dilaksanakan Keputusan ini menyebut unsur organisasi (mis. Sekretariat SLRT, Manajer SLRT, Puskesos) yang tidak dilaksanakan oleh unit mana pun. Tambahkan unit dengan `perbup: <id unsur>` atau tambahkan id itu pada `perbup` unit yang sesuai, agar Keputusan tetap sesuai dengan Peraturan Bupati.' },
  NSK328: { severity: 'error', title: 'Rujukan ke unsur Peraturan Bupati yang tidak ada', explanation: '`perbup` atau `wajib_perbup` menunjuk id yang tidak ada dalam Peraturan Bupati yang dilaksanakan (`peraturan`). Periksa id di content/<peraturan>/naskah.yaml.' },
  NSK329: { severity: 'error', title: 'Peraturan Bupati yang dilaksanakan tidak dapat dimuat', explanation: 'Dokumen yang disebut dalam `peraturan` tidak ada, bukan Peraturan Bupati, atau masih memuat galat, sehingga Keputusan tidak dapat diperiksa terhadapnya. Jalankan `naskah check <id>` untuk dokumen itu.' },
  NSK330: { severity: 'info', title: 'Bagan dipecah', explanation: 'Bagan struktur terlalu lebar untuk satu halaman F4 dengan huruf yang masih terbaca; unit Puskesos dipindahkan ke halaman bagan berikutnya dan pada bagan utama diganti kotak rujukan. Ini hanya pemberitahuan.' },
  NSK331: { severity: 'warning', title: 'Huruf bagan terlalu kecil', explanation: 'Bahkan setelah dipecah, bagan harus diperkecil sehingga huruf di bawah 7 pt. Kurangi jumlah unit pada satu tingkat, persingkat teks `bagan` pengisi, atau pecah struktur.' },
  NSK332: { severity: 'error', title: 'Pola nomor Keputusan tidak sah', explanation: '`nomor.pola` hanya boleh memuat penanda {kode}, {urut}, {unit}, dan {tahun} (TN-KEP-03), mis. `{kode}/Kep.{urut}-{unit}/{tahun}` → 400.9/Kep.123-Dinsos/2025.' },
  NSK333: { severity: 'error', title: 'Lampiran struktur tanpa struktur', explanation: 'Lampiran dengan `isi: susunan-keanggotaan`, `bagan-struktur`, atau `uraian-tugas` dibuat dari `struktur`; tambahkan `struktur:` pada naskah, atau hapus `isi` lampiran itu.' },
  NSK401: { severity: 'error', title: 'Tata letak PDF gagal disusun', explanation: 'Typst melaporkan kesalahan saat menyusun PDF. Ini biasanya kesalahan dalam templat templates/typst/; laporkan kepada pengembang bersama pesan ini.' },
  NSK402: { severity: 'warning', title: 'Peringatan tata letak PDF', explanation: 'Typst melaporkan peringatan saat menyusun PDF. PDF tetap dibuat; periksa halaman yang bersangkutan.' },
  NSK403: { severity: 'error', title: 'Gambar tidak dapat dibaca', explanation: 'Berkas gambar (lambang, bagan, atau gambar pedoman) tidak ditemukan atau bukan PNG/SVG yang sah.' },
  NSK501: { severity: 'error', title: 'Berkas keluaran tidak dapat ditulis', explanation: 'naskah tidak dapat menulis ke folder output/. Periksa izin folder dan ruang disk. Berkas lama tidak diubah karena penulisan bersifat atomik.' },
  NSK502: { severity: 'error', title: 'Dokumen tidak ditemukan', explanation: 'Id dokumen yang diminta tidak ada sebagai folder di content/ yang memuat naskah.yaml.' },
} as const satisfies Record<string, CodeInfo>;

/** A known diagnostic code. */
export type Code = keyof typeof CODES;

/** Looks up a code (case-insensitive), or undefined. */
export function lookupCode(code: string): (CodeInfo & { code: string }) | undefined {
  const key = code.toUpperCase() as Code;
  const info = (CODES as Record<string, CodeInfo>)[key];
  return info ? { code: key, ...info } : undefined;
}

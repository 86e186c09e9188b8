/** Help text of the CLI (exit codes documented here and in the README; they never change meaning). */
export const HELP = `naskah — menyusun produk hukum daerah dari YAML/Markdown menjadi DOCX dan PDF

Pemakaian:
  naskah build [id-dokumen…] [--format docx,pdf,ir] [--strict]
  naskah check [id-dokumen…] [--format human|json] [--strict]
  naskah explain KODE
  naskah --help | --version

Perintah:
  build     Memeriksa lalu membuat dokumen ke output/<id>/<id>.docx dan .pdf
            (tanpa id: semua dokumen di content/). Format ir menulis pohon dokumen sebagai JSON.
  check     Hanya memeriksa; --format json mencetak daftar diagnostik sebagai JSON.
  explain   Menjelaskan kode diagnostik, mis. naskah explain NSK301.

Opsi:
  --format  Format keluaran (build: docx,pdf,ir; check: human atau json).
  --strict  Perlakukan hal yang hanya menghentikan dokumen final (mis. nomor dasar hukum
            yang belum terverifikasi) sebagai galat.

Kode keluar:
  0  berhasil (mungkin dengan peringatan)
  1  isi dokumen memuat galat; tidak ada berkas keluaran yang ditulis
  2  pemakaian salah (perintah, opsi, atau id dokumen tidak dikenal)
  3  kesalahan internal naskah (laporkan kepada pengembang)
`;

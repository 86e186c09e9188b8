/** Help text of the CLI (exit codes documented here and in the README; they never change meaning). */
export const HELP = `naskah — menyusun produk hukum daerah dari YAML/Markdown menjadi DOCX dan PDF

Pemakaian:
  naskah build [id-dokumen…] [--format docx,pdf,ir] [--strict]
  naskah check [id-dokumen…] [--format human|json] [--strict] [--fix]
  naskah rules [--format human|json]
  naskah explain KODE
  naskah revision save <id-dokumen> --label "…"
  naskah revision list <id-dokumen>
  naskah diff <id-dokumen> <revisi-A> [<revisi-B>|working]
  naskah build <id-dokumen> --revision <revisi> [--format docx,pdf,ir]
  naskah package [--out FOLDER]
  naskah package verify <berkas.zip>
  naskah --help | --version

Perintah:
  build     Memeriksa lalu membuat dokumen ke output/<id>/<id>.docx dan .pdf
            (tanpa id: semua dokumen di content/). Format ir menulis pohon dokumen sebagai JSON.
  check     Hanya memeriksa (sumber, rujukan, dan aturan tata naskah TN-…); --format json mencetak
            daftar diagnostik sebagai JSON; --fix memperbaiki yang mekanis.
  explain   Menjelaskan kode diagnostik atau aturan tata naskah, mis. naskah explain NSK301,
            naskah explain TN-RIN-03.
  rules     Mendaftar aturan tata naskah yang diperiksa (id, tingkat, isi, sumber).
  revision  save menyimpan sumber dokumen sebagai revisi baru yang tidak dapat diubah
            (content/<id>/revisi/<NNN>-<hash>/, dengan tanggal, label, dan hash setiap berkas);
            list menampilkan revisi yang tersimpan dan melaporkan snapshot yang telah diubah.
  diff      Membandingkan dua revisi menurut id unsur dan menulis ke
            output/<id>/perubahan/<A>..<B>/: redline.docx (perubahan terlacak Word),
            matriks.docx dan matriks.pdf (matriks perubahan), perubahan.json, perubahan.html.
            Revisi disebut dengan nomornya, labelnya, working (sumber kerja), atau git:<ref>.

Opsi:
  --format  Format keluaran (build: docx,pdf,ir; check: human atau json).
  --strict  Perlakukan hal yang hanya menghentikan dokumen final (mis. nomor dasar hukum
            yang belum terverifikasi) sebagai galat. Galat tata naskah (TN-…) selalu
            menghentikan build, juga pada rancangan.
  --label   (revision save) Label revisi, mis. --label "Perbaikan hasil konsultasi Bagian Hukum".
  --revision  (build) Membangun revisi lama ke output/<id>/revisi/<revisi>/.
  --fix     (check) Terapkan perbaikan mekanis (urutan Mengingat, huruf kapital istilah,
            dalam/pada, spasi, …) langsung pada berkas YAML; komentar tetap utuh.

Kode keluar:
  0  berhasil (mungkin dengan peringatan)
  1  isi dokumen memuat galat; tidak ada berkas keluaran yang ditulis
  2  pemakaian salah (perintah, opsi, atau id dokumen tidak dikenal)
  3  kesalahan internal naskah (laporkan kepada pengembang)
`;

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
  naskah init [folder] [--daerah "Kabupaten …"] [--provinsi "…"] [--tentang "…"]
  naskah new perbup|keputusan|pedoman <id> [--tentang "…"] [--peraturan <id>]
  naskah preview [id-dokumen] [--port N] [--open]
  naskah lsp
  naskah <perintah> --help      bantuan satu perintah
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
  preview   Pratinjau langsung di peramban: halaman, temuan, dan kerangka; diperbarui setiap kali
            berkas sumber disimpan (tanpa menulis ke content/ atau output/).
  lsp       Server bahasa (Language Server Protocol lewat stdio) untuk editor: temuan naskah,
            perbaikan cepat, definisi dan hover rujukan [[id]], pelengkapan id.

Opsi:
  --format  Format keluaran (build: docx,pdf,ir; check: human atau json).
  --strict  Perlakukan hal yang hanya menghentikan dokumen final (mis. nomor dasar hukum
            yang belum terverifikasi) sebagai galat. Galat tata naskah (TN-…) selalu
            menghentikan build, juga pada rancangan.
  --label   (revision save) Label revisi, mis. --label "Perbaikan hasil konsultasi Bagian Hukum".
  --revision  (build) Membangun revisi lama ke output/<id>/revisi/<revisi>/.
  --quiet, -q  Hanya galat: tanpa peringatan, info, dan baris kemajuan.
  --fix     (check) Terapkan perbaikan mekanis (urutan Mengingat, huruf kapital istilah,
            dalam/pada, spasi, …) langsung pada berkas YAML; komentar tetap utuh.

Keluaran: diagnostik dan baris kemajuan ke stderr; hasil untuk mesin (JSON, IR) ke stdout.
Warna di terminal; NO_COLOR=1 mematikannya, FORCE_COLOR=1 memaksanya.

Kode keluar:
  0  berhasil (mungkin dengan peringatan)
  1  isi dokumen memuat galat; tidak ada berkas keluaran yang ditulis
  2  pemakaian salah (perintah, opsi, id dokumen, atau revisi tidak dikenal)
  3  kesalahan internal naskah (laporkan kepada pengembang)
`;

const EXIT = `Kode keluar: 0 berhasil, 1 isi memuat galat, 2 pemakaian salah, 3 kesalahan internal.`;

/** Help of each command (`naskah <perintah> --help`, `naskah help <perintah>`). */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  build: `naskah build [id-dokumen…] [--format docx,pdf,ir] [--strict] [--paraf] [--quiet]
naskah build <id-dokumen> --revision <revisi> [--format docx,pdf,ir]

Memeriksa lalu membuat dokumen ke output/<id>/<id>.docx dan .pdf (tanpa id: semua dokumen di
content/). Semua berkas keluaran ditulis sebagai satu set: bila satu dokumen gagal, tidak ada berkas
yang ditulis.

Opsi:
  --format docx,pdf,ir  Keluaran yang dibuat (bawaan: docx,pdf); ir menulis pohon dokumen sebagai JSON.
  --strict              Nomor dasar hukum yang belum terverifikasi menjadi galat (seperti dokumen final).
  --revision R          Membangun revisi lama (nomor, label, atau git:<ref>) ke output/<id>/revisi/<R>/.
  --paraf               Membuat naskah edaran paraf output/<id>/<id>-paraf.docx dan .pdf: tabel paraf
                        (\`paraf\` di content/naskah.config.yaml) di kiri bawah halaman tanda tangan
                        Peraturan Bupati dan Keputusan Bupati (TN-PARAF-01). Naskah final tidak berubah.
  --quiet, -q           Hanya galat.

${EXIT}`,
  check: `naskah check [id-dokumen…] [--format human|json] [--strict] [--fix] [--quiet]

Memeriksa sumber, rujukan, dan aturan tata naskah tanpa membuat dokumen. Tanpa id: semua dokumen,
juga pemeriksaan antardokumen.

Opsi:
  --format human|json  human (bawaan, ke stderr) atau daftar diagnostik JSON (ke stdout).
  --strict             Nomor dasar hukum yang belum terverifikasi menjadi galat.
  --fix                Terapkan perbaikan mekanis langsung pada berkas sumber; komentar tetap utuh.
  --quiet, -q          Hanya galat.

${EXIT}`,
  rules: `naskah rules [--format human|json]

Mendaftar aturan tata naskah yang diperiksa: id, tingkat (menurut gaya rumah proyek), isi, sumber.

${EXIT}`,
  explain: `naskah explain KODE

Menjelaskan kode diagnostik (mis. NSK301) atau aturan tata naskah (mis. TN-RIN-03) beserta contoh.

${EXIT}`,
  revision: `naskah revision save <id-dokumen> --label "…"
naskah revision list <id-dokumen>

save menyimpan sumber dokumen sebagai revisi baru yang tidak dapat diubah
(content/<id>/revisi/<NNN>-<hash>/); list menampilkan revisi tersimpan dan melaporkan snapshot yang
telah diubah.

Opsi:
  --label "…"  (save) Label revisi, mis. "Perbaikan hasil konsultasi Bagian Hukum".

${EXIT}`,
  diff: `naskah diff <id-dokumen> <revisi-A> [<revisi-B>|working] [--strict]

Membandingkan dua revisi menurut id unsur dan menulis ke output/<id>/perubahan/<A>..<B>/:
redline.docx, matriks.docx, matriks.pdf, perubahan.json, perubahan.html. Revisi disebut dengan
nomornya, labelnya, working (sumber kerja), atau git:<ref>; revisi yang tidak dikenal keluar dengan kode 2.

${EXIT}`,
  package: `naskah package [--out FOLDER]
naskah package verify <berkas.zip>

Menyusun paket fasilitasi (surat permohonan, Perbup dan Lampiran, Keputusan, Pedoman, matriks,
manifest.json dengan SHA-256) yang dapat dibangun ulang sama persis; verify memeriksa keutuhannya.

Opsi:
  --out FOLDER  Folder paket (bawaan: output/paket/).

${EXIT}`,
};

Object.assign(COMMAND_HELP, {
  init: `naskah init [folder] [--daerah "Kabupaten …"|"Kota …"] [--provinsi "…"] [--tentang "…"]

Membuat proyek baru: content/daerah.yaml, content/dasar-hukum.yaml (dasar hukum terverifikasi),
.vscode/settings.json (skema untuk editor), dan rancangan Peraturan pertama content/perbup-baru/ yang
langsung dapat dibangun. Tidak ada berkas yang ditimpa.

${EXIT}`,
  preview: `naskah preview [id-dokumen] [--port N] [--open]

Menjalankan server pratinjau di 127.0.0.1 (port bebas bila --port tidak diberikan) dan mencetak
alamatnya ke stdout. Halaman menampilkan dokumen (dapat diganti dari halaman), daftar temuan
(klik: ke halaman unsurnya), dan kerangka BAB/Pasal. Setiap penyimpanan berkas sumber (YAML,
Markdown, daerah.yaml, dasar-hukum.yaml, templat) menyusun ulang dokumen di memori dan memperbarui
halaman tanpa memuat ulang; selama sumber bermasalah halaman terakhir yang baik tetap tampil pudar.
--open membuka peramban. Hentikan dengan Ctrl+C.

Kode keluar: 0 dihentikan, 1 port sudah dipakai, 2 pemakaian salah.`,
  lsp: `naskah lsp

Server bahasa untuk editor (VS Code, Neovim, …) lewat stdin/stdout. Menampilkan temuan naskah pada
berkas YAML/Markdown yang terbuka (juga yang belum disimpan), perbaikan cepat untuk setiap --fix,
ke definisi dan hover untuk rujukan [[id]], serta pelengkapan id rujukan dan kunci dasar hukum.
Lihat README, bagian "Editor".`,
  new: `naskah new perbup|keputusan|pedoman <id> [--tentang "…"] [--peraturan <id-perbup>]

Menambah dokumen baru di proyek ini: rancangan Peraturan, Keputusan, atau Buku Pedoman (pedoman
memerlukan --peraturan, Peraturan yang melampirkannya). Tidak ada berkas yang ditimpa.

${EXIT}`,
  review: `naskah review import <id-dokumen> <berkas.docx> [--format json] [--apply]

Membaca DOCX yang dikembalikan peninjau (DOCX naskah yang disunting di Word atau LibreOffice) dan
melaporkan per unit (Pasal, ayat, huruf) setiap komentar, setiap perubahan terlacak sebagai usulan
perubahan pada sumber (berkas:baris:kolom), dan setiap suntingan tanpa tanda revisi. Unit dikenali dari
penanda (bookmark) yang ditulis naskah, atau dari teksnya bila penanda terhapus. Laporan juga ditulis ke
output/<id>/ulasan.md; content/ tidak diubah kecuali dengan --apply. DOCX yang rusak, terenkripsi, bom zip, atau milik dokumen
lain ditolak dengan kode galat.

Opsi:
  --format json  Laporan sebagai JSON.
  --apply        Tulis perubahan terlacak ke sumber sebagai suntingan minimal (komentar dan tata letak
                 YAML tetap), lalu tampilkan perbedaannya. Semua atau tidak sama sekali: ditolak bila
                 satu perubahan tidak dapat diterapkan tepat atau hasilnya tidak lolos pemeriksaan.

${EXIT}`,
});

/** The commands, for "did you mean". */
export const COMMANDS: readonly string[] = [...Object.keys(COMMAND_HELP), 'help'];

/**
 * The fixed files of the bench project: the region (daerah.yaml) and a small legal-basis registry
 * (dasar-hukum.yaml) holding only verified entries copied from content/dasar-hukum.yaml, so the
 * synthetic documents build without NSK306 warnings and do not change when the real registry does.
 */

/** content/daerah.yaml of the bench project (schemas/daerah.schema.json). */
export const DAERAH_YAML = `# Dibuat oleh npm run bench (bench/fixed-project.ts); jangan disunting.
nama: Purwakarta
jenis: kabupaten
provinsi: Jawa Barat
ibu_kota: Purwakarta
lambang: null
kepala_daerah:
  nama: null
sekretaris_daerah:
  nama: null
dinas:
  nama: Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
`;

/** content/dasar-hukum.yaml of the bench project (schemas/dasar-hukum.schema.json); facts as in content/dasar-hukum.yaml. */
export const DASAR_HUKUM_YAML = `# Dibuat oleh npm run bench (bench/fixed-project.ts); jangan disunting.
uud-1945-pasal-18-ayat-6:
  jenis: uud
  pasal: Pasal 18 ayat (6)
  status: terverifikasi

uu-14-1950:
  jenis: undang-undang
  nomor: 14
  tahun: 1950
  tentang: Pembentukan Daerah-daerah Kabupaten dalam Lingkungan Propinsi Djawa Barat
  bn: { tahun: 1950 }
  status: terverifikasi
  perubahan:
    - jenis: undang-undang
      nomor: 4
      tahun: 1968
      tentang: Pembentukan Kabupaten Purwakarta dan Kabupaten Subang dengan Mengubah Undang-Undang Nomor 14 Tahun 1950 tentang Pembentukan Daerah-daerah Kabupaten dalam Lingkungan Propinsi Djawa Barat
      ln: { tahun: 1968, nomor: 31 }
      tln: 2851
      status: terverifikasi

uu-11-2009:
  jenis: undang-undang
  nomor: 11
  tahun: 2009
  tentang: Kesejahteraan Sosial
  ln: { tahun: 2009, nomor: 12 }
  tln: 4967
  status: terverifikasi

uu-25-2009:
  jenis: undang-undang
  nomor: 25
  tahun: 2009
  tentang: Pelayanan Publik
  ln: { tahun: 2009, nomor: 112 }
  tln: 5038
  status: terverifikasi

uu-13-2011:
  jenis: undang-undang
  nomor: 13
  tahun: 2011
  tentang: Penanganan Fakir Miskin
  ln: { tahun: 2011, nomor: 83 }
  tln: 5235
  status: terverifikasi

uu-23-2014:
  jenis: undang-undang
  nomor: 23
  tahun: 2014
  tentang: Pemerintahan Daerah
  ln: { tahun: 2014, nomor: 244 }
  tln: 5587
  status: terverifikasi
  perubahan:
    - jenis: undang-undang
      nomor: 9
      tahun: 2015
      tentang: Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
      ln: { tahun: 2015, nomor: 58 }
      tln: 5679
      status: terverifikasi
    - jenis: undang-undang
      nomor: 6
      tahun: 2023
      tentang: Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang
      ln: { tahun: 2023, nomor: 41 }
      tln: 6856
      status: terverifikasi

permensos-15-2018:
  jenis: peraturan-menteri
  menteri: Sosial
  nomor: 15
  tahun: 2018
  tentang: Sistem Layanan dan Rujukan Terpadu untuk Penanganan Fakir Miskin dan Orang Tidak Mampu
  bn: { tahun: 2018, nomor: 1062 }
  diundangkan: 2018-08-09
  status: terverifikasi
`;

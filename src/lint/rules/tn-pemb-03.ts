/**
 * TN-PEMB-03 — content/daerah.yaml names a kabupaten or kota of the official list of regions
 * (Kepmendagri on kode dan data wilayah, via the npm package idn-area-data), with its own province.
 * Why: the region's name is printed in the jabatan, the title, the penutup, the Berita Daerah line and
 * every Mengingat citation of a Perda; a misspelt name or a wrong province is repeated everywhere.
 * Source: UU 23/2014 Pasal 2 (daerah kabupaten/kota dalam provinsi) [R]; Kepmendagri kode wilayah [V].
 * New id in family TN-PEMB.
 */
import { closest } from '../../util/suggest.js';
import { daftarWilayah, kecamatanOf } from '../data/wilayah.js';
import { registryPlace } from '../helpers/registry.js';
import type { Rule } from '../types.js';

const title = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** TN-PEMB-03, as registered in src/lint/registry.ts. */
export const tnPemb03: Rule = {
  id: 'TN-PEMB-03',
  level: 'ERROR',
  statement: 'Nama daerah dan provinsinya dalam content/daerah.yaml sesuai dengan daftar resmi kode dan data wilayah.',
  source: 'UU 23/2014 Pasal 2 [R]; Kepmendagri kode dan data wilayah administrasi pemerintahan [V]',
  explanation: 'Nama kabupaten atau kota dicetak pada jabatan pembentuk, judul, penutup, baris Berita Daerah, dan kutipan Peraturan Daerah. content/daerah.yaml diperiksa terhadap daftar resmi kabupaten/kota dan provinsi (paket idn-area-data, dipin dalam package.json): nama yang salah eja, jenis (kabupaten atau kota) yang keliru, atau provinsi yang bukan provinsinya adalah galat.',
  correct: 'nama: Purwakarta\njenis: kabupaten\nprovinsi: Jawa Barat',
  incorrect: 'nama: Purwakerta\njenis: kabupaten\nprovinsi: Jawa Tengah',
  check(doc, report) {
    const daerah = doc.input.daerah;
    const data = daerah?.data as { nama?: unknown; jenis?: unknown; provinsi?: unknown } | undefined;
    if (!daerah || !data || typeof data.nama !== 'string' || typeof data.jenis !== 'string') return;
    const list = daftarWilayah();
    const wanted = `${data.jenis === 'kota' ? 'KOTA' : 'KABUPATEN'} ${data.nama.toUpperCase()}`;
    const found = list.find((w) => w.nama === wanted);
    if (!found) {
      const other = list.find((w) => w.nama.replace(/^(KABUPATEN|KOTA) /, '') === data.nama!.toString().toUpperCase());
      if (other) {
        report({ place: registryPlace(daerah, ['jenis']), message: `${title(wanted)} tidak ada dalam daftar resmi wilayah; yang ada ${title(other.nama)}.`, hint: `Periksa \`jenis\` (kabupaten atau kota) di content/daerah.yaml.` });
        return;
      }
      const suggestion = closest(wanted, list.map((w) => w.nama));
      report({ place: registryPlace(daerah, ['nama']), message: `${title(wanted)} tidak ada dalam daftar resmi kabupaten/kota.`, hint: suggestion ? `Mungkin maksud Anda ${title(suggestion)}? Periksa ejaan nama daerah.` : 'Periksa ejaan nama daerah terhadap daftar kode dan data wilayah Kemendagri.' });
      return;
    }
    if (typeof data.provinsi === 'string' && data.provinsi.toUpperCase() !== found.provinsi) {
      report({ place: registryPlace(daerah, ['provinsi']), message: `${title(found.nama)} terletak di Provinsi ${title(found.provinsi)}, bukan ${data.provinsi}.`, hint: `Tulis \`provinsi: ${title(found.provinsi)}\`.` });
    }
    // The ibu kota of a kabupaten is (almost always) one of its kecamatan: a warning only.
    const ibuKota = (data as { ibu_kota?: unknown }).ibu_kota;
    const kecamatan = kecamatanOf(found.kode);
    if (data.jenis !== 'kota' && typeof ibuKota === 'string' && kecamatan.length > 0 && !kecamatan.some((k) => k.toUpperCase() === ibuKota.toUpperCase())) {
      const suggestion = closest(ibuKota, kecamatan);
      report({ place: registryPlace(daerah, ['ibu_kota']), message: `Ibu kota "${ibuKota}" bukan nama Kecamatan di ${title(found.nama)}.`, hint: suggestion ? `Mungkin maksud Anda ${suggestion}?` : 'Periksa nama ibu kota pada Peraturan Pemerintah tentang pemindahan/penetapan ibu kota daerah.', severity: 'warning' });
    }
  },
};

/**
 * Phrases in which words that Pasal 1 defines keep their ordinary, lower-case sense (TN-BHS-14):
 * "perjalanan dinas" is not the Dinas, "surat rujukan" not a Rujukan of the SLRT, "pemerintah daerah"
 * after "kementerian, lembaga, dan" means every region's government, not the Bupati of Purwakarta.
 * Matched whole-word and case-sensitively in lower case; a defined term written in lower case inside
 * one of them is not reported. Keep the list to phrases whose ordinary sense is certain.
 */
export const ORDINARY_PHRASES: readonly string[] = [
  'perjalanan dinas',
  'dinas luar',
  'surat dinas',
  'kendaraan dinas',
  'rumah dinas',
  'pakaian dinas',
  'surat rujukan',
  'rumah sakit rujukan',
  'fasilitas kesehatan rujukan',
  'layanan belakang',
  'layanan depan',
  'susunan organisasi perangkat daerah',
  'kementerian, lembaga, dan pemerintah daerah',
  'kementerian/lembaga dan pemerintah daerah',
  'pemerintah pusat dan pemerintah daerah',
  'di pusat dan daerah',
  'pusat dan daerah',
  'daerah otonom',
  'daerah lain',
  'desa lain',
];

/** Words right after a term that give it its ordinary sense ("daerah lain", "petugas layanan belakang"). */
export const ORDINARY_AFTER: readonly string[] = ['lain', 'lainnya', 'belakang', 'depan', 'luar', 'otonom', 'setempat', 'asal'];

/** Words right before a term that make it generic ("berbagai perangkat daerah", "para pendamping sosial"). */
export const ORDINARY_BEFORE: readonly string[] = ['berbagai', 'para', 'antar', 'sesama'];

/**
 * Function words: after one of these, a one-word term in lower case stands alone ("oleh dinas") and is
 * reported; after any other lower-case word that is not a verb it is part of an ordinary compound
 * ("perangkat daerah", "tingkat desa") and is left alone.
 */
export const FUNCTION_WORDS: readonly string[] = ['oleh', 'kepada', 'di', 'ke', 'dari', 'dan', 'atau', 'untuk', 'bagi', 'pada', 'dengan', 'melalui', 'antara', 'dalam', 'setiap', 'tiap', 'seluruh', 'semua', 'yang', 'serta', 'terhadap', 'tentang', 'sebagai', 'oleh', 'ialah', 'adalah', 'bahwa', 'agar', 'supaya', 'karena', 'sampai', 'hingga', 'bersama', 'tanpa', 'atas'];

/**
 * The batang tubuh of a synthetic Peraturan Bupati: BAB I Ketentuan Umum (30 definitions), fixed
 * Pasal 2 and 3 that use every defined term, then BAB › Bagian › Paragraf › Pasal with ayat, nested
 * rincian (up to three levels) and symbolic references, and BAB Ketentuan Penutup (TN-BT-12).
 */
import type { Acak } from './random.js';
import { kalimatNormatif, kalimatRujukan, pengantarRincian, teksButir } from './kalimat.js';
import { DEFINISI, JUDUL_BAGIAN, LINGKUP_BAB, TOPIK_BAB } from './lexicon.js';
import type { AyatSumber, ButirSumber, JenisRincian, PasalSumber, UnsurSumber } from './source.js';

/** Id of the Pasal announcing the Lampiran; the reviser never moves or deletes it. */
export const PASAL_LAMPIRAN = 'pasal-lampiran';
/** Id of the Lampiran entry. */
export const ID_LAMPIRAN = 'lampiran-pedoman';

/** State shared while generating one document. */
interface Konteks {
  readonly acak: Acak;
  /** Ayat ids made so far, referable from later Pasal. */
  readonly ayatIds: string[];
  nextPasal: number;
}

const JENIS: readonly JenisRincian[] = ['kumulatif', 'kumulatif', 'kumulatif', 'alternatif', 'kumulatif-alternatif'];

/** A rincian list of `min`–`max` items; an item nests a further list with probability `nest` (depth ≤ 3). */
export function daftarButir(acak: Acak, min: number, max: number, depth = 1): ButirSumber[] {
  const count = acak.int(min, max);
  const out: ButirSumber[] = [];
  for (let i = 0; i < count; i++) {
    const nest = depth === 1 ? 0.18 : depth === 2 ? 0.1 : 0;
    if (acak.chance(nest)) out.push({ teks: `${teksButir(acak)} yang meliputi`, rincian: acak.pick(JENIS), butir: daftarButir(acak, 2, 4, depth + 1) });
    else out.push(teksButir(acak));
  }
  return out;
}

function pasalAyat(ctx: Konteks, id: string): PasalSumber {
  const { acak } = ctx;
  const count = acak.chance(0.15) ? 5 : acak.int(2, 4);
  const ayat: AyatSumber[] = [];
  for (let k = 1; k <= count; k++) {
    const ayatId = `${id}-ayat-${k}`;
    const roll = acak.next();
    if (k > 1 && roll < 0.35) ayat.push({ id: ayatId, teks: kalimatRujukan(acak, `${id}-ayat-1`) });
    else if (roll < 0.65) ayat.push({ id: ayatId, teks: kalimatNormatif(acak) });
    else ayat.push({ id: ayatId, teks: pengantarRincian(acak), rincian: acak.pick(JENIS), butir: daftarButir(acak, 3, 6) });
  }
  ctx.ayatIds.push(...ayat.map((a) => a.id!));
  return { pasal: id, ayat };
}

/** One ordinary Pasal of kind teks, ayat or teks + rincian. */
function pasalBiasa(ctx: Konteks): PasalSumber {
  return pasalDenganId(ctx, `ketentuan-${ctx.nextPasal++}`);
}

/** A new Pasal `id` whose references stay inside itself (used by the reviser to insert Pasal). */
export function pasalSintetis(acak: Acak, id: string): PasalSumber {
  return pasalDenganId({ acak, ayatIds: [], nextPasal: 0 }, id);
}

function pasalDenganId(ctx: Konteks, id: string): PasalSumber {
  const { acak } = ctx;
  const roll = acak.next();
  if (roll < 0.45) return pasalAyat(ctx, id);
  if (roll < 0.75) return { pasal: id, teks: pengantarRincian(acak), rincian: acak.pick(JENIS), butir: daftarButir(acak, 3, 8) };
  const earlier = ctx.ayatIds.length > 0 && acak.chance(0.3) ? acak.pick(ctx.ayatIds) : null;
  return { pasal: id, teks: earlier ? kalimatRujukan(acak, earlier) : kalimatNormatif(acak) };
}

/** Pasal 2 and 3: purpose and scope, written so that every defined term of Pasal 1 is used. */
function pasalPembuka(): PasalSumber[] {
  return [
    { pasal: 'maksud-tujuan', ayat: [
      { id: 'maksud', teks: 'Peraturan Bupati ini dimaksudkan sebagai pedoman bagi Pemerintah Daerah, Perangkat Daerah, Pendamping Sosial, Pemerintah Desa, dan Kelurahan dalam Penyelenggaraan Kesejahteraan Sosial di Daerah' },
      { id: 'tujuan', teks: 'Peraturan Bupati ini bertujuan untuk', rincian: 'kumulatif', butir: [
        'mewujudkan Kesejahteraan Sosial bagi Fakir Miskin dan Orang Tidak Mampu',
        'meningkatkan mutu Rehabilitasi Sosial, Jaminan Sosial, Pemberdayaan Sosial, dan Perlindungan Sosial',
        'mengintegrasikan layanan melalui SLRT dan Puskesos di setiap Kecamatan dan Desa',
        'menyediakan DTKS yang akurat sebagai dasar Rujukan kepada Perangkat Daerah',
      ] },
    ] },
    { pasal: 'ruang-lingkup', teks: 'Ruang lingkup Peraturan Bupati ini meliputi', rincian: 'kumulatif', butir: [
      'tugas Bupati, Sekretaris Daerah, Dinas, dan Kepala Dinas',
      'peran PSM, TKSK, PSKS, dan LKS',
      'pelayanan bagi PPKS',
      'pendanaan yang bersumber dari APBD',
    ] },
  ];
}

/** Splits `n` items into `parts` near-equal consecutive group sizes. */
export function bagiRata(n: number, parts: number): number[] {
  const base = Math.floor(n / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < n % parts ? 1 : 0));
}

/** Groups the Pasal of one BAB into Bagian (and a Bagian into Paragraf) when the BAB is long enough. */
function isiBab(ctx: Konteks, babId: string, pasal: PasalSumber[]): UnsurSumber[] {
  const { acak } = ctx;
  if (pasal.length < 6 || !acak.chance(0.6)) return pasal;
  const groups = bagiRata(pasal.length, Math.ceil(pasal.length / acak.int(3, 6)));
  const titles = acak.shuffle(JUDUL_BAGIAN.filter((t) => t !== 'Umum'));
  let at = 0;
  return groups.map((size, i) => {
    const isi = pasal.slice(at, (at += size));
    const id = `${babId}-bagian-${i + 1}`;
    const judul = i === 0 ? 'Umum' : (titles[(i - 1) % titles.length] ?? 'Pelaksanaan');
    if (isi.length >= 4 && acak.chance(0.25)) {
      const half = Math.ceil(isi.length / 2);
      return { bagian: judul, id, isi: [
        { paragraf: 'Persiapan', id: `${id}-paragraf-1`, isi: isi.slice(0, half) },
        { paragraf: 'Pelaksanaan', id: `${id}-paragraf-2`, isi: isi.slice(half) },
      ] };
    }
    return { bagian: judul, id, isi };
  });
}

/** The batang tubuh with exactly `pasalCount` Pasal in `babCount` BAB. */
export function batangTubuhSintetis(acak: Acak, pasalCount: number, babCount: number): UnsurSumber[] {
  const ctx: Konteks = { acak, ayatIds: [], nextPasal: 1 };
  const definisi: PasalSumber = { pasal: 'definisi', definisi: DEFINISI.map((d) => ({ ...d })) };
  const penutup: PasalSumber[] = [
    { pasal: PASAL_LAMPIRAN, teks: `Pedoman Penyelenggaraan Kesejahteraan Sosial terpadu tercantum dalam [[=${ID_LAMPIRAN}]] yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini` },
    { pasal: 'mulai-berlaku', formula: 'mulai-berlaku' },
  ];
  const middle = pasalCount - 1 - penutup.length;
  const sizes = bagiRata(middle, babCount - 2);
  const topics = TOPIK_BAB.flatMap((t) => LINGKUP_BAB.map((l) => `${t}${l}`));
  const titles = acak.shuffle(topics).slice(0, babCount - 2);
  const units: UnsurSumber[] = [{ bab: 'KETENTUAN UMUM', id: 'bab-ketentuan-umum', isi: [definisi] }];
  sizes.forEach((size, i) => {
    const babId = `bab-${i + 2}`;
    const pasal: PasalSumber[] = i === 0 ? pasalPembuka().slice(0, size) : [];
    while (pasal.length < size) pasal.push(pasalBiasa(ctx));
    units.push({ bab: titles[i] ?? TOPIK_BAB[i % TOPIK_BAB.length]!, id: babId, isi: isiBab(ctx, babId, pasal) });
  });
  units.push({ bab: 'KETENTUAN PENUTUP', id: 'bab-ketentuan-penutup', isi: penutup });
  return units;
}

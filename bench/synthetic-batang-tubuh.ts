/**
 * The batang tubuh of a synthetic Peraturan Bupati: BAB I Ketentuan Umum (30 definitions), fixed
 * Pasal 2 and 3 that use every defined term, then BAB › Bagian › Paragraf › Pasal with ayat, nested
 * rincian (up to three levels) and symbolic references, and BAB Ketentuan Penutup (TN-BT-12).
 */
import type { Rng } from './random.js';
import { normativeSentence, referenceSentence, rincianOpener, butirText } from './sentences.js';
import { DEFINISI, BAGIAN_TITLES, BAB_SCOPES, BAB_TOPICS } from './lexicon.js';
import type { SourceAyat, SourceButir, RincianKind, SourcePasal, SourceUnit } from './source.js';

/** Id of the Pasal announcing the Lampiran; the reviser never moves or deletes it. */
export const PASAL_LAMPIRAN = 'pasal-lampiran';
/** Id of the Lampiran entry. */
export const ID_LAMPIRAN = 'lampiran-pedoman';

/** State shared while generating one document. */
interface Context {
  readonly rng: Rng;
  /** Ayat ids made so far, referable from later Pasal. */
  readonly ayatIds: string[];
  nextPasal: number;
}

const RINCIAN_KINDS: readonly RincianKind[] = ['kumulatif', 'kumulatif', 'kumulatif', 'alternatif', 'kumulatif-alternatif'];

/** A rincian list of `min`–`max` items; an item nests a further list with probability `nest` (depth ≤ 3). */
export function butirList(rng: Rng, min: number, max: number, depth = 1): SourceButir[] {
  const count = rng.int(min, max);
  const out: SourceButir[] = [];
  for (let i = 0; i < count; i++) {
    const nest = depth === 1 ? 0.18 : depth === 2 ? 0.1 : 0;
    if (rng.chance(nest)) out.push({ teks: `${butirText(rng)} yang meliputi`, rincian: rng.pick(RINCIAN_KINDS), butir: butirList(rng, 2, 4, depth + 1) });
    else out.push(butirText(rng));
  }
  return out;
}

function pasalWithAyat(ctx: Context, id: string): SourcePasal {
  const { rng: rng } = ctx;
  const count = rng.chance(0.15) ? 5 : rng.int(2, 4);
  const ayat: SourceAyat[] = [];
  for (let k = 1; k <= count; k++) {
    const ayatId = `${id}-ayat-${k}`;
    const roll = rng.next();
    if (k > 1 && roll < 0.35) ayat.push({ id: ayatId, teks: referenceSentence(rng, `${id}-ayat-1`) });
    else if (roll < 0.65) ayat.push({ id: ayatId, teks: normativeSentence(rng) });
    else ayat.push({ id: ayatId, teks: rincianOpener(rng), rincian: rng.pick(RINCIAN_KINDS), butir: butirList(rng, 3, 6) });
  }
  ctx.ayatIds.push(...ayat.map((a) => a.id!));
  return { pasal: id, ayat };
}

/** One ordinary Pasal of kind teks, ayat or teks + rincian. */
function ordinaryPasal(ctx: Context): SourcePasal {
  return pasalWithId(ctx, `ketentuan-${ctx.nextPasal++}`);
}

/** A new Pasal `id` whose references stay inside itself (used by the reviser to insert Pasal). */
export function syntheticPasal(rng: Rng, id: string): SourcePasal {
  return pasalWithId({ rng: rng, ayatIds: [], nextPasal: 0 }, id);
}

function pasalWithId(ctx: Context, id: string): SourcePasal {
  const { rng: rng } = ctx;
  const roll = rng.next();
  if (roll < 0.45) return pasalWithAyat(ctx, id);
  if (roll < 0.75) return { pasal: id, teks: rincianOpener(rng), rincian: rng.pick(RINCIAN_KINDS), butir: butirList(rng, 3, 8) };
  const earlier = ctx.ayatIds.length > 0 && rng.chance(0.3) ? rng.pick(ctx.ayatIds) : null;
  return { pasal: id, teks: earlier ? referenceSentence(rng, earlier) : normativeSentence(rng) };
}

/** Pasal 2 and 3: purpose and scope, written so that every defined term of Pasal 1 is used. */
function openingPasal(): SourcePasal[] {
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
export function splitEvenly(n: number, parts: number): number[] {
  const base = Math.floor(n / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < n % parts ? 1 : 0));
}

/** Groups the Pasal of one BAB into Bagian (and a Bagian into Paragraf) when the BAB is long enough. */
function babContent(ctx: Context, babId: string, pasal: SourcePasal[]): SourceUnit[] {
  const { rng: rng } = ctx;
  if (pasal.length < 6 || !rng.chance(0.6)) return pasal;
  const groups = splitEvenly(pasal.length, Math.ceil(pasal.length / rng.int(3, 6)));
  const titles = rng.shuffle(BAGIAN_TITLES.filter((t) => t !== 'Umum'));
  let at = 0;
  return groups.map((size, i) => {
    const content = pasal.slice(at, (at += size));
    const id = `${babId}-bagian-${i + 1}`;
    const title = i === 0 ? 'Umum' : (titles[(i - 1) % titles.length] ?? 'Pelaksanaan');
    if (content.length >= 4 && rng.chance(0.25)) {
      const half = Math.ceil(content.length / 2);
      return { bagian: title, id, isi: [
        { paragraf: 'Persiapan', id: `${id}-paragraf-1`, isi: content.slice(0, half) },
        { paragraf: 'Pelaksanaan', id: `${id}-paragraf-2`, isi: content.slice(half) },
      ] };
    }
    return { bagian: title, id, isi: content };
  });
}

/** The batang tubuh with exactly `pasalCount` Pasal in `babCount` BAB. */
export function syntheticBatangTubuh(rng: Rng, pasalCount: number, babCount: number): SourceUnit[] {
  const ctx: Context = { rng: rng, ayatIds: [], nextPasal: 1 };
  const definisi: SourcePasal = { pasal: 'definisi', definisi: DEFINISI.map((d) => ({ ...d })) };
  const closingPasal: SourcePasal[] = [
    { pasal: PASAL_LAMPIRAN, teks: `Pedoman Penyelenggaraan Kesejahteraan Sosial terpadu tercantum dalam [[=${ID_LAMPIRAN}]] yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini` },
    { pasal: 'mulai-berlaku', formula: 'mulai-berlaku' },
  ];
  const middle = pasalCount - 1 - closingPasal.length;
  const sizes = splitEvenly(middle, babCount - 2);
  const topics = BAB_TOPICS.flatMap((t) => BAB_SCOPES.map((l) => `${t}${l}`));
  const titles = rng.shuffle(topics).slice(0, babCount - 2);
  const units: SourceUnit[] = [{ bab: 'KETENTUAN UMUM', id: 'bab-ketentuan-umum', isi: [definisi] }];
  sizes.forEach((size, i) => {
    const babId = `bab-${i + 2}`;
    const pasal: SourcePasal[] = i === 0 ? openingPasal().slice(0, size) : [];
    while (pasal.length < size) pasal.push(ordinaryPasal(ctx));
    units.push({ bab: titles[i] ?? BAB_TOPICS[i % BAB_TOPICS.length]!, id: babId, isi: babContent(ctx, babId, pasal) });
  });
  units.push({ bab: 'KETENTUAN PENUTUP', id: 'bab-ketentuan-penutup', isi: closingPasal });
  return units;
}

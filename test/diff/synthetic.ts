/**
 * A tiny synthetic regulation for the diff's size check: `pasal` Pasal in BAB of 20, each with three
 * ayat (the second without an id, as authors often leave them) and a rincian list, numbered as resolve
 * numbers them; and a later revision of it with every change kind: Pasal inserted, ayat deleted, Pasal
 * moved to another BAB, words replaced. Deterministic (no randomness).
 */
import type { Ayat, Bab, Naskah, Pasal, Rincian, Runs } from '../../src/ir/types.js';
import { roman } from '../../src/ir/numbering.js';

/** Model of an ayat (no id: a generated, positional one), a Pasal and a BAB. */
export interface AyatModel { id?: string; text: string; rincian: string[] }
export interface PasalModel { id: string; ayat: AyatModel[] }
export interface BabModel { id: string; judul: string; pasal: PasalModel[] }

const WORDS = ['Pemerintah Daerah', 'menyelenggarakan', 'layanan', 'Fakir Miskin', 'dan', 'Orang Tidak Mampu', 'melalui', 'Sekretariat SLRT', 'sesuai dengan', 'ketentuan', 'peraturan perundang-undangan', 'secara terpadu', 'Puskesos', 'di Desa', 'Kelurahan', 'data', 'Rujukan', 'Keluhan'];

function sentence(seed: number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(WORDS[(seed * 7 + i * 13 + (seed >> 3)) % WORDS.length]!);
  return out.join(' ');
}

/** The model of the first revision. */
export function initialModel(pasal: number): BabModel[] {
  const babs: BabModel[] = [];
  for (let p = 1; p <= pasal; p++) {
    if ((p - 1) % 20 === 0) babs.push({ id: `bab-${babs.length + 1}`, judul: `KETENTUAN ${sentence(p, 3).toUpperCase()}`, pasal: [] });
    babs[babs.length - 1]!.pasal.push({
      id: `pasal-${p}`,
      ayat: [
        { id: `pasal-${p}-satu`, text: sentence(p, 18), rincian: [] },
        { text: sentence(p + 1, 22), rincian: [sentence(p + 2, 6), sentence(p + 3, 7), sentence(p + 4, 5)] },
        { id: `pasal-${p}-tiga`, text: sentence(p + 5, 15), rincian: [] },
      ],
    });
  }
  return babs;
}

/** A later revision: every 50th Pasal gets a new Pasal after it, every 40th loses ayat (2), every 100th moves to the next BAB, every 25th has words replaced. */
export function revisedModel(initial: readonly BabModel[]): BabModel[] {
  const babs: BabModel[] = initial.map((b) => ({ ...b, pasal: [] }));
  const moved: { bab: number; pasal: PasalModel }[] = [];
  initial.forEach((bab, bi) => {
    for (const original of bab.pasal) {
      const k = Number(original.id.slice('pasal-'.length));
      const p: PasalModel = { ...original, ayat: original.ayat.map((a) => ({ ...a, rincian: [...a.rincian] })) };
      if (k % 40 === 0) p.ayat.splice(1, 1);
      if (k % 25 === 0) p.ayat[0] = { ...p.ayat[0]!, text: `${p.ayat[0]!.text.replace('layanan', 'pelayanan sosial')} paling lama 14 (empat belas) hari` };
      if (k % 100 === 0 && bi + 1 < initial.length) moved.push({ bab: bi + 1, pasal: p });
      else babs[bi]!.pasal.push(p);
      if (k % 50 === 0) babs[bi]!.pasal.push({ id: `pasal-sisipan-${k}`, ayat: [{ id: `pasal-sisipan-${k}-satu`, text: sentence(k * 3, 20), rincian: [] }] });
    }
  });
  for (const m of moved) babs[m.bab]!.pasal.unshift(m.pasal);
  return babs;
}

const runs = (text: string): Runs => [{ kind: 'text', text }];

/** Numbers a model into an IR, as resolve would (BAB I…, Pasal 1… across the document, ayat (1)…, a.…). */
export function naskahFrom(babs: readonly BabModel[]): Naskah {
  let number = 0;
  const batangTubuh: Bab[] = babs.map((b, bi) => ({
    kind: 'bab', id: b.id, label: `BAB ${roman(bi + 1)}`, judul: b.judul, source: null,
    isi: b.pasal.map((p): Pasal => {
      number++;
      return {
        kind: 'pasal', id: p.id, label: `Pasal ${number}`, source: null,
        ayat: p.ayat.map((a, ai): Ayat => {
          const id = a.id ?? `${p.id}.${ai + 1}`;
          return {
            kind: 'ayat', id, label: `(${ai + 1})`, isi: runs(`${a.text}${a.rincian.length > 0 ? ':' : '.'}`), source: null,
            rincian: a.rincian.map((r, ri): Rincian => ({ kind: 'rincian', id: `${id}.${String.fromCharCode(97 + ri)}`, label: `${String.fromCharCode(97 + ri)}.`, depth: 1, isi: runs(`${r};`), rincian: [], definisi: null, source: null })),
          };
        }),
      };
    }),
  }));
  const pengesahan = { baris: ['Ditetapkan di Purwakarta', 'pada tanggal ...', 'BUPATI PURWAKARTA,'], nama: '...' };
  return {
    schema: 'naskah-ir/1', id: 'sintetis', jenis: 'peraturan-bupati', status: 'rancangan',
    metadata: { title: 'Sintetis', subject: 'Sintetis', author: 'naskah', keywords: [], date: '2026-01-01T00:00:00Z', language: 'id-ID' },
    kop: { lambang: null, baris: ['BUPATI PURWAKARTA', 'PROVINSI JAWA BARAT'] },
    judul: { rancangan: true, baris: ['PERATURAN BUPATI PURWAKARTA', 'NOMOR ... TAHUN ...', 'TENTANG', 'PERATURAN SINTETIS'] },
    pembukaan: {
      frasa: 'DENGAN RAHMAT TUHAN YANG MAHA ESA', jabatan: 'BUPATI PURWAKARTA,',
      menimbang: { label: 'Menimbang', butir: [{ id: 'menimbang.a', label: 'a.', isi: runs('bahwa sintetis;'), source: null }] },
      mengingat: { label: 'Mengingat', butir: [{ id: 'uu-23-2014', label: '1.', isi: runs('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;'), source: null }] },
      memperhatikan: null, memutuskan: 'MEMUTUSKAN:',
      menetapkan: { label: 'Menetapkan', butir: [{ id: 'menetapkan', label: '', isi: runs('PERATURAN BUPATI TENTANG PERATURAN SINTETIS.'), source: null }] },
    },
    batangTubuh, diktum: [],
    penutup: { alinea: [runs('Agar setiap orang mengetahuinya.')], penetapan: pengesahan, pengundangan: null, beritaDaerah: null },
    lampiran: [],
  };
}

/**
 * Numbers the batang tubuh (TN-BT-01…07, TN-NUM-02): BAB in Roman numerals across the document,
 * Bagian Kesatu… per BAB, Paragraf 1… per Bagian, Pasal continuous across the whole document,
 * ayat (1)… per Pasal; builds Ketentuan Umum definitions (TN-KU-02…04) and formula Pasal.
 */
import type { Ayat, Pasal, Rincian, Unit } from '../ir/types.js';
import type { YamlPath } from '../load/yaml-source.js';
import type { DocumentBuilder, Mutable } from './builder.js';
import { formula } from './formulas.js';
import { bagianLabel, roman } from '../ir/numbering.js';
import { buildRincian, type ButirSource, type JenisRincian } from './rincian.js';
import { parseInline, plainText, type Token } from './inline.js';
import { mergeText } from './text-resolver.js';
import type { Segment } from './unit-index.js';

/** A unit of the batang tubuh as authored (validated by the schema). */
export type UnsurSource =
  | { readonly bab: string; readonly id: string; readonly isi: readonly UnsurSource[] }
  | { readonly bagian: string; readonly id: string; readonly isi: readonly UnsurSource[] }
  | { readonly paragraf: string; readonly id: string; readonly isi: readonly UnsurSource[] }
  | PasalSource;

interface AyatSource { readonly id?: string; readonly teks: string; readonly rincian?: JenisRincian; readonly butir?: readonly ButirSource[] }
interface DefinisiSource { readonly id: string; readonly istilah: string; readonly singkatan?: string; readonly sebutan?: string; readonly arti: string }
interface PasalSource {
  readonly pasal: string;
  readonly teks?: string;
  readonly rincian?: JenisRincian;
  readonly butir?: readonly ButirSource[];
  readonly ayat?: readonly AyatSource[];
  readonly definisi?: readonly DefinisiSource[];
  readonly formula?: 'mulai-berlaku';
}

/** Data the formulas need. */
export interface BatangTubuhContext {
  readonly templatesDir: string;
  /** "Peraturan Bupati". */
  readonly jenisPeraturan: string;
}

/** Numbers and builds the batang tubuh. */
export function buildBatangTubuh(b: DocumentBuilder, units: readonly UnsurSource[], ctx: BatangTubuhContext): Unit[] {
  const counters = { bab: 0, pasal: 0 };
  const walk = (items: readonly UnsurSource[], path: YamlPath, parentKey: string): Unit[] => {
    let bagian = 0;
    let paragraf = 0;
    return items.map((item, i): Unit => {
      const itemPath = [...path, i];
      if ('pasal' in item) return buildPasal(b, item, itemPath, ++counters.pasal, ctx);
      const source = b.pos(itemPath);
      if ('bab' in item) {
        const label = `BAB ${roman(++counters.bab)}`;
        b.register({ id: item.id, kind: 'bab', chain: [{ word: 'BAB', value: roman(counters.bab) }], pasalId: null, ayatId: null, parentKey: 'bab', position: counters.bab, source }, itemPath, true);
        return { kind: 'bab', id: item.id, label, judul: item.bab.trim(), isi: walk(item.isi, [...itemPath, 'isi'], item.id), source };
      }
      if ('bagian' in item) {
        const label = bagianLabel(++bagian);
        b.register({ id: item.id, kind: 'bagian', chain: [{ word: '', value: label }], pasalId: null, ayatId: null, parentKey, position: bagian, source }, itemPath, true);
        return { kind: 'bagian', id: item.id, label, judul: item.bagian.trim(), isi: walk(item.isi, [...itemPath, 'isi'], item.id), source };
      }
      const label = `Paragraf ${++paragraf}`;
      b.register({ id: item.id, kind: 'paragraf', chain: [{ word: 'Paragraf', value: String(paragraf) }], pasalId: null, ayatId: null, parentKey, position: paragraf, source }, itemPath, true);
      return { kind: 'paragraf', id: item.id, label, judul: item.paragraf.trim(), isi: walk(item.isi, [...itemPath, 'isi'], item.id), source };
    });
  };
  return walk(units, ['batang_tubuh'], 'root');
}

function buildPasal(b: DocumentBuilder, item: PasalSource, path: YamlPath, n: number, ctx: BatangTubuhContext): Pasal {
  const id = item.pasal;
  const source = b.pos(path);
  const chain: Segment[] = [{ word: 'Pasal', value: String(n) }];
  b.register({ id, kind: 'pasal', chain, pasalId: id, ayatId: null, parentKey: 'pasal', position: n, source }, [...path, 'pasal'], true);
  const pasal: Mutable<Pasal> = { kind: 'pasal', id, label: `Pasal ${n}`, ayat: [], source };
  const around = [id];

  if (item.ayat) {
    pasal.ayat = item.ayat.map((a, i) => {
      const ayatPath = [...path, 'ayat', i];
      const ayatId = a.id ?? `${id}.${i + 1}`;
      const ayatChain = [...chain, { word: 'ayat', value: `(${i + 1})` }];
      const ayat: Mutable<Ayat> = { kind: 'ayat', id: ayatId, label: `(${i + 1})`, isi: [], rincian: [], source: b.pos(ayatPath) };
      b.register({ id: ayatId, kind: 'ayat', chain: ayatChain, pasalId: id, ayatId, parentKey: id, position: i + 1, source: ayat.source }, ayatPath, a.id !== undefined);
      fillBody(b, ayat, a, ayatPath, { pasalId: id, ayatId, chain: ayatChain, around: [...around, ayatId] });
      return ayat as Ayat;
    });
    return pasal as Pasal;
  }

  const body: Mutable<Ayat> = { kind: 'ayat', id: `${id}.isi`, label: null, isi: [], rincian: [], source };
  if (item.definisi) {
    b.text(formula(ctx.templatesDir, 'ketentuan-umum', { jenisPeraturan: ctx.jenisPeraturan }), { path, pasalId: id, ayatId: null, around }, ':', (r) => (body.isi = r));
    body.rincian = item.definisi.map((d, i) => buildDefinisi(b, d, [...path, 'definisi', i], i + 1, id, chain));
  } else if (item.formula) {
    b.text(formula(ctx.templatesDir, item.formula, { jenisPeraturan: ctx.jenisPeraturan, keputusan: false }), { path: [...path, 'formula'], pasalId: id, ayatId: null, around }, '.', (r) => (body.isi = r));
  } else {
    fillBody(b, body, item as AyatSource, path, { pasalId: id, ayatId: null, chain, around });
  }
  pasal.ayat = [body as Ayat];
  return pasal as Pasal;
}

/** Fills an ayat (or an unsplit Pasal body) with its sentence and rincian. */
function fillBody(b: DocumentBuilder, node: Mutable<Ayat>, src: AyatSource, path: YamlPath, place: { pasalId: string; ayatId: string | null; chain: readonly Segment[]; around: readonly string[] }): void {
  const hasList = src.butir !== undefined && src.rincian !== undefined;
  b.text(src.teks, { path: [...path, 'teks'], pasalId: place.pasalId, ayatId: place.ayatId, around: place.around }, hasList ? ':' : '.', (r) => (node.isi = r));
  if (hasList) node.rincian = buildRincian(b, src.butir!, src.rincian!, 1, '.', { ...place, parentId: node.id, path: [...path, 'butir'] });
}

/** One definition: "Istilah [yang selanjutnya disingkat X] adalah arti." (TN-KU-03, TN-KU-04). */
function buildDefinisi(b: DocumentBuilder, d: DefinisiSource, path: YamlPath, n: number, pasalId: string, pasalChain: readonly Segment[]): Rincian {
  const source = b.pos(path);
  const node: Mutable<Rincian> = { kind: 'rincian', id: d.id, label: `${n}.`, depth: 1, isi: [], rincian: [], definisi: { istilah: plainText(d.istilah), singkatan: d.singkatan ?? d.sebutan ?? null }, source };
  b.register({ id: d.id, kind: 'definisi', chain: [...pasalChain, { word: 'angka', value: String(n) }], pasalId, ayatId: null, parentKey: `${pasalId}.definisi`, position: n, source }, path, true);
  const lead = d.singkatan ? ` yang selanjutnya disingkat ${d.singkatan}` : d.sebutan ? ` yang selanjutnya disebut ${d.sebutan}` : '';
  // The term may carry italics (*Next Generation*); references make no sense in it and are dropped.
  const istilah = parseInline(d.istilah).tokens.filter((t): t is Exclude<Token, { kind: 'ref' }> => t.kind !== 'ref');
  b.text(d.arti, { path: [...path, 'arti'], pasalId, ayatId: null, around: [pasalId, d.id] }, '.', (r) => (node.isi = mergeText([...istilah, { kind: 'text', text: `${lead} adalah ` }, ...r])));
  return node as Rincian;
}

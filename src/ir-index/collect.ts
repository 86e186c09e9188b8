/**
 * Collects every author text of a document in document order: the name (tentang), konsiderans items,
 * BAB/Bagian/Paragraf titles, ayat, rincian, definitions, diktum and lampiran content. Texts are read from
 * the YAML source when the unit's node is found there, otherwise rebuilt from the IR.
 */
import { nodeAt, type YamlSource } from '../load/yaml-source.js';
import type { Ayat, Bab, Diktum, Naskah, Pasal, Rincian, SourcePos, Unit } from '../ir/types.js';
import { ScalarMap, stringScalar } from './locate.js';
import type { SourceIndex } from './source-index.js';
import { AuthorText, authorSyntax, type TextContext, type TextKind } from './text.js';

const EMPTY: TextContext = { bab: null, pasal: null, ayat: null, diktum: null, rincian: null, list: null, opensList: false, lampiran: null };

/** Collects the texts of one document. */
export function collectTexts(ir: Naskah, source: YamlSource | null, index: SourceIndex | null, file: string): AuthorText[] {
  const out: AuthorText[] = [];
  const add = (kind: TextKind, value: string, context: TextContext, unit: { readonly source: SourcePos | null } | null, map: ScalarMap | null) => {
    out.push(new AuthorText(kind, value, context, unit, out.length, file, map));
  };
  /** Adds the text of a unit: from its YAML scalar under one of `keys`, or from the IR fallback. */
  const fromUnit = (kind: TextKind, unit: { readonly source: SourcePos | null }, keys: readonly string[], fallback: () => string, context: TextContext) => {
    const scalar = index?.textOf(unit.source, keys) ?? null;
    if (scalar && source) add(kind, scalar.value, context, unit, new ScalarMap(source, scalar, scalar.value));
    else add(kind, fallback(), context, unit, null);
  };
  const fromPath = (kind: TextKind, path: readonly (string | number)[], fallback: string, context: TextContext) => {
    const scalar = source && hasPath(source.data, path) ? stringScalar(nodeAt(source, path)) : null;
    if (scalar && source) add(kind, scalar.value, context, null, new ScalarMap(source, scalar, scalar.value));
    else add(kind, fallback, context, null, null);
  };

  fromPath('tentang', ['tentang'], ir.metadata.subject, EMPTY);

  const menimbang = ir.pembukaan.menimbang.butir;
  const hasGenerated = menimbang.some((b) => b.id === 'menimbang.penutup');
  const authored = hasGenerated ? menimbang.filter((b) => b.id !== 'menimbang.penutup') : menimbang.length >= 2 ? menimbang.slice(0, -1) : menimbang;
  authored.forEach((b, i) => fromUnit('menimbang', b, ['teks'], () => authorSyntax(b.isi, true), { ...EMPTY, list: { index: i, count: menimbang.length } }));

  const rincian = (items: readonly Rincian[], kind: 'rincian' | 'lampiran-rincian', base: TextContext) => {
    items.forEach((r, i) => {
      const context: TextContext = { ...base, rincian: r, list: { index: i, count: items.length }, opensList: r.rincian.length > 0 };
      if (r.definisi) {
        const [istilah, arti] = splitDefinisi(r);
        fromUnit('istilah', r, ['istilah'], () => istilah, context);
        fromUnit('definisi', r, ['arti'], () => arti, context);
      } else {
        fromUnit(kind, r, ['teks'], () => authorSyntax(r.isi, true), context);
      }
      rincian(r.rincian, kind, { ...base, rincian: r });
    });
  };

  const pasal = (p: Pasal, bab: Bab | null) => {
    const generated = index ? index.hasKey(p.source, 'definisi') || index.hasKey(p.source, 'formula') : p.ayat.some((a) => a.rincian.some((r) => r.definisi !== null));
    p.ayat.forEach((a: Ayat, i) => {
      const context: TextContext = { ...EMPTY, bab, pasal: p, ayat: a, list: a.label ? { index: i, count: p.ayat.length } : null, opensList: a.rincian.length > 0 };
      if (!generated) fromUnit('ayat', a, ['teks'], () => authorSyntax(a.isi, true), context);
      rincian(a.rincian, 'rincian', { ...context, opensList: false, list: null });
    });
  };

  const walk = (units: readonly Unit[], bab: Bab | null) => {
    for (const u of units) {
      if (u.kind === 'pasal') {
        pasal(u, bab);
        continue;
      }
      const kind: TextKind = u.kind === 'bab' ? 'judul-bab' : u.kind === 'bagian' ? 'judul-bagian' : 'judul-paragraf';
      const inner = u.kind === 'bab' ? u : bab;
      fromUnit(kind, u, [u.kind], () => u.judul, { ...EMPTY, bab: inner });
      walk(u.isi, inner);
    }
  };
  walk(ir.batangTubuh, null);

  ir.diktum.forEach((d: Diktum) => {
    const context: TextContext = { ...EMPTY, diktum: d, opensList: d.rincian.length > 0 };
    fromUnit('diktum', d, ['teks', 'isi'], () => authorSyntax(d.isi, true), context);
    rincian(d.rincian, 'rincian', { ...context, opensList: false });
  });

  ir.lampiran.forEach((l, i) => {
    const context: TextContext = { ...EMPTY, lampiran: i };
    fromPath('lampiran-judul', ['lampiran', i, 'judul'], l.judul.join(' '), context);
    for (const block of l.isi) {
      if (block.kind === 'judul') fromUnit('lampiran-subjudul', block, ['judul'], () => block.judul, context);
      else if (block.kind === 'alinea') fromUnit('lampiran-alinea', block, ['teks'], () => authorSyntax(block.isi, false), context);
      else if (block.kind === 'daftar') rincian(block.butir, 'lampiran-rincian', context);
    }
  });
  return out;
}

/** Splits the IR text of a definition ("Istilah [yang selanjutnya …] adalah arti.") into term and meaning. */
function splitDefinisi(r: Rincian): [string, string] {
  const text = authorSyntax(r.isi, true);
  const at = text.indexOf(' adalah ');
  if (at < 0) return [r.definisi?.istilah ?? '', text];
  const head = text.slice(0, at);
  const lead = head.indexOf(' yang selanjutnya ');
  return [lead >= 0 ? head.slice(0, lead) : head, text.slice(at + ' adalah '.length)];
}

function hasPath(data: unknown, path: readonly (string | number)[]): boolean {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return typeof node === 'string';
}

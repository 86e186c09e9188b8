/**
 * The Peraturan Bupati as seen from the Keputusan that implements it (issue 5, TN-SRC-05): every
 * numbered unit of its IR with its address ("Pasal 12 ayat (1) huruf c"), and the cross-check that the
 * units the Perbup names (Sekretariat SLRT, Manajer SLRT, Puskesos, …) are present in the struktur
 * (NSK327), and that every `perbup` id exists (NSK328).
 */
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Naskah, Rincian, Runs, SourcePos, Unit } from '../../ir/types.js';
import { rangeAt, type YamlPath, type YamlSource } from '../../load/yaml-source.js';
import { rincianWord } from '../../ir/numbering.js';
import type { Segment, UnitKind } from '../unit-index.js';
import { closest } from '../../util/suggest.js';
import type { StrukturSource } from '../../org/types.js';

/** One addressable unit of the Perbup. */
export interface PerbupUnit {
  readonly id: string;
  readonly kind: UnitKind;
  /** Address from the top, e.g. [Pasal 12, ayat (1), huruf c]. */
  readonly chain: readonly Segment[];
  /** Id of the Pasal holding it (null for BAB, Bagian, Paragraf, Lampiran). */
  readonly pasalId: string | null;
  /** Its sentence without final punctuation, e.g. "Manajer SLRT" (for a definition: the term). */
  readonly text: string;
  /** Its sentence as printed, without final punctuation (for a definition: "X adalah …"). */
  readonly isi: string;
  /** Ids of the units its text refers to (local ids of the Perbup). */
  readonly refs: readonly string[];
  /** Ids of its first-level rincian (for `wajib_perbup` entries that stand for a list). */
  readonly rincian: readonly string[];
  readonly parentKey: string;
  readonly position: number;
  readonly source: SourcePos | null;
}

const plain = (runs: Runs): string => runs.map((r) => r.text).join('').replace(/(?:;\s*(?:dan|atau|dan\/atau)|[.;:,])\s*$/, '').trim();
const refsOf = (runs: Runs): string[] => runs.flatMap((r) => (r.kind === 'ref' ? r.targets : []));
export const show = (chain: readonly Segment[]): string => chain.map((s) => `${s.word} ${s.value}`.trim()).join(' ');

/** Every addressable unit of a Perbup IR, in document order. */
export function perbupUnits(ir: Naskah): PerbupUnit[] {
  const out: PerbupUnit[] = [];
  const rincian = (items: readonly Rincian[], chain: readonly Segment[], pasalId: string, parentKey: string): void => {
    items.forEach((r, i) => {
      const word = r.definisi ? 'angka' : rincianWord(r.depth);
      const own = [...chain, { word, value: r.label.replace(/[.)]$/, '') }];
      out.push({ id: r.id, kind: r.definisi ? 'definisi' : 'rincian', chain: own, pasalId, text: r.definisi ? r.definisi.istilah : plain(r.isi), isi: plain(r.isi), refs: refsOf(r.isi), rincian: r.rincian.map((c) => c.id), parentKey, position: i + 1, source: r.source });
      rincian(r.rincian, own, pasalId, r.id);
    });
  };
  const walk = (units: readonly Unit[], parentKey: string): void => {
    units.forEach((u, i) => {
      if (u.kind !== 'pasal') {
        const [word, ...rest] = u.label.split(' ');
        const chain = u.kind === 'bab' ? [{ word: word!, value: rest.join(' ') }] : [{ word: '', value: u.label }];
        out.push({ id: u.id, kind: u.kind, chain, pasalId: null, text: u.judul, isi: u.judul, refs: [], rincian: [], parentKey, position: i + 1, source: u.source });
        walk(u.isi, u.id);
        return;
      }
      const pasalChain = [{ word: 'Pasal', value: u.label.replace(/^Pasal /, '') }];
      const body = u.ayat.length === 1 && u.ayat[0]!.label === null ? u.ayat[0]! : null;
      out.push({ id: u.id, kind: 'pasal', chain: pasalChain, pasalId: u.id, text: body ? plain(body.isi) : '', isi: body ? plain(body.isi) : '', refs: body ? refsOf(body.isi) : [], rincian: body ? body.rincian.map((r) => r.id) : [], parentKey: 'pasal', position: Number(pasalChain[0]!.value), source: u.source });
      if (body) return rincian(body.rincian, pasalChain, u.id, u.id);
      u.ayat.forEach((a, k) => {
        const chain = [...pasalChain, { word: 'ayat', value: a.label ?? `(${k + 1})` }];
        out.push({ id: a.id, kind: 'ayat', chain, pasalId: u.id, text: plain(a.isi), isi: plain(a.isi), refs: refsOf(a.isi), rincian: a.rincian.map((r) => r.id), parentKey: u.id, position: k + 1, source: a.source });
        rincian(a.rincian, chain, u.id, a.id);
      });
    });
  };
  walk(ir.batangTubuh, 'root');
  ir.lampiran.forEach((l, i) => out.push({ id: l.id, kind: 'lampiran', chain: [{ word: '', value: ir.lampiran.length > 1 ? l.kepala[0]!.replace('LAMPIRAN', 'Lampiran') : 'Lampiran' }], pasalId: null, text: l.judul.join(' '), isi: l.judul.join(' '), refs: [], rincian: [], parentKey: 'lampiran', position: i + 1, source: null }));
  return out;
}

/** Ids a `perbup` value names. */
export function perbupIds(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

/** Cross-checks the struktur against the Perbup (NSK327, NSK328). */
export function checkAgainstPerbup(source: YamlSource, base: YamlPath, struktur: StrukturSource, perbup: readonly PerbupUnit[], perbupName: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byId = new Map(perbup.map((u) => [u.id, u]));
  const at = (path: YamlPath) => ({ file: source.file, ...rangeAt(source, path) });
  const unknown = (id: string, path: YamlPath): void => {
    const suggestion = closest(id, byId.keys());
    out.push(diag('NSK328', { ...at(path), message: `Id \`${id}\` tidak ada dalam ${perbupName}.`, hint: suggestion ? `Mungkin maksud Anda \`${suggestion}\`?` : 'Periksa id unsur dalam naskah Peraturan Bupati.' }));
  };

  const covered = new Set<string>();
  struktur.unit.forEach((u, i) => {
    const ids = perbupIds(u.perbup);
    ids.forEach((id, j) => {
      if (byId.has(id)) covered.add(id);
      else unknown(id, typeof u.perbup === 'string' ? [...base, 'unit', i, 'perbup'] : [...base, 'unit', i, 'perbup', j]);
    });
  });

  (struktur.wajib_perbup ?? []).forEach((id, j) => {
    const path = [...base, 'wajib_perbup', j];
    const unit = byId.get(id);
    if (!unit) return unknown(id, path);
    const required = unit.rincian.length > 0 ? unit.rincian.map((r) => byId.get(r)!) : [unit];
    for (const r of required) {
      if (covered.has(r.id)) continue;
      out.push(diag('NSK327', {
        ...at(path),
        message: `Unsur "${r.text || r.id}" (${show(r.chain)} ${perbupName}, id \`${r.id}\`) tidak dilaksanakan oleh unit mana pun dalam struktur.`,
        hint: `Tambahkan unit untuk unsur ini dengan \`perbup: ${r.id}\`, atau tambahkan \`${r.id}\` pada \`perbup\` unit yang sesuai.`,
        related: r.source ? [{ message: 'Unsur itu dalam Peraturan Bupati.', file: r.source.file, start: { line: r.source.line, column: r.source.column } }] : [],
      }));
    }
  });
  return out;
}

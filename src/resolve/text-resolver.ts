/**
 * The second pass of resolve: turns author text (with `*italic*` and `[[id]]`) into IR runs once every
 * unit is numbered, checking references (NSK301, NSK308, NSK310) and typed final punctuation (NSK307).
 */
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Inline, Runs } from '../ir/types.js';
import type { YamlPath, YamlSource } from '../load/yaml-source.js';
import { closest } from '../util/suggest.js';
import { parseInline } from './inline.js';
import { positionInText } from './text-position.js';
import { relativeChain, rujukanPhrase, type RujukanContext } from './rujukan.js';
import type { IndexedUnit, UnitIndex } from './unit-index.js';

/** Where a text stands: its source node, its reference context and the ids of the units around it. */
export interface TextPlace extends RujukanContext {
  readonly source: YamlSource;
  readonly path: YamlPath;
  /** Ids of the unit holding the text and all its ancestors (a reference to them is a self reference). */
  readonly around: readonly string[];
}

/** Final punctuation that authors must not type (naskah adds it). */
const TYPED_END = /(?:[.;:,]|;\s*(?:dan|atau|dan\/atau))\s*$/;

/** Resolves texts against one document's unit index, collecting diagnostics. */
export class TextResolver {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly index: UnitIndex, private readonly documents: ReadonlyMap<string, string | null> = new Map()) {}

  /** Checks that the author did not type the final punctuation. */
  checkNoFinalPunctuation(value: string, place: TextPlace): void {
    const m = TYPED_END.exec(value);
    if (!m || value.trimEnd().endsWith('...')) return;
    const { start } = positionInText(place.source, place.path);
    this.diagnostics.push(diag('NSK307', { message: `Teks diakhiri "${m[0].trim()}" yang diketik sendiri.`, file: place.source.file, start, hint: 'Hapus tanda baca akhir; naskah menambahkan ".", ";", "; dan", atau ":" sesuai struktur dan jenis rincian.' }));
  }

  /** Resolves one text into runs, appending `suffix` (final punctuation) to the last run. */
  runs(value: string, place: TextPlace, suffix = ''): Runs {
    const { tokens, problems } = parseInline(value.replace(/\s+/g, ' ').trim());
    for (const problem of problems) {
      const pos = positionInText(place.source, place.path, problem.index);
      if (problem.kind === 'bad-ref') {
        this.diagnostics.push(diag('NSK308', { message: `Rujukan ${problem.raw} tidak dapat dibaca.`, file: place.source.file, ...pos, hint: 'Tulis rujukan sebagai [[id]], [[id1, id2]], atau [[=id]]; id hanya huruf kecil, angka, dan tanda hubung.' }));
      } else {
        this.diagnostics.push(diag('NSK311', { message: 'Penanda miring "*" tidak ditutup.', file: place.source.file, ...pos, hint: 'Apit istilah asing dengan dua tanda bintang: *front office*.' }));
      }
    }
    const out: Inline[] = [];
    for (const token of tokens) {
      if (token.kind !== 'ref') {
        out.push(token);
        continue;
      }
      const targets: IndexedUnit[] = [];
      let ok = true;
      for (const id of token.ids) {
        const unit = this.index.get(id);
        const pos = positionInText(place.source, place.path, token.index);
        if (!unit && id.includes(':') && this.unloadedDocument(id.split(':')[0]!)) {
          // The cited document did not load (or `peraturan` names another one that did not): that is
          // reported once where the document is named (NSK329), not as a missing id at every reference.
          ok = false;
          continue;
        }
        if (!unit) {
          ok = false;
          const suggestion = closest(id, this.index.ids());
          this.diagnostics.push(diag('NSK301', { message: `Rujukan ke id \`${id}\` yang tidak ada dalam dokumen.`, file: place.source.file, ...pos, hint: suggestion ? `Mungkin maksud Anda \`${suggestion}\`?` : 'Tambahkan `id` pada unsur yang dirujuk, atau periksa ejaannya.' }));
          continue;
        }
        if (place.around.includes(id) || relativeChain(unit, place).chain.length === 0) {
          ok = false;
          this.diagnostics.push(diag('NSK310', { message: `Rujukan \`${id}\` menunjuk unsur yang memuat rujukan itu sendiri.`, file: place.source.file, ...pos, hint: 'Hapus rujukan ke diri sendiri; rujuk unsur lain atau tulis isinya langsung.' }));
          continue;
        }
        targets.push(unit);
      }
      if (ok && targets.length > 0) out.push({ kind: 'ref', text: rujukanPhrase(targets, place, token.bare) + this.documentOf(targets), targets: targets.map((t) => t.id) });
      else out.push({ kind: 'text', text: token.raw });
    }
    if (suffix) appendText(out, suffix);
    return mergeText(out);
  }

  /** Whether references into document `doc` fail because a cited document could not be loaded. */
  private unloadedDocument(doc: string): boolean {
    if (this.documents.get(doc) === null) return true;
    // `peraturan: perbup-slr` (misspelt, not loaded) with references [[perbup-slrt:…]]: the one cause.
    return !this.documents.has(doc) && [...this.documents.values()].includes(null);
  }

  /** " Peraturan Bupati Nomor … tentang …" when every target lies in one other document; else "". */
  private documentOf(targets: readonly IndexedUnit[]): string {
    const docs = new Set(targets.map((t) => (t.id.includes(':') ? t.id.split(':')[0]! : '')));
    const [doc] = [...docs];
    const name = docs.size === 1 && doc ? this.documents.get(doc) : null;
    return name ? ` ${name}` : '';
  }
}

/** Appends plain text after the last run. */
export function appendText(runs: Inline[], text: string): void {
  runs.push({ kind: 'text', text });
}

/** Merges adjacent plain-text runs. */
export function mergeText(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (run.kind === 'text' && prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + run.text };
    else out.push(run);
  }
  return out;
}

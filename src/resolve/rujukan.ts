/**
 * Renders the phrase of a cross-reference (TN-REF-01…07, TN-REF-10):
 * "sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a", "sebagaimana dimaksud pada ayat (1)" inside
 * the same Pasal, ranges "Pasal 5 sampai dengan Pasal 9" for three or more consecutive units, lists
 * "huruf a dan huruf c" with the unit word repeated, same-Pasal ayat first, then ascending order.
 */
import type { IndexedUnit, Segment } from './unit-index.js';

/** Where the reference stands. */
export interface RujukanContext {
  readonly pasalId: string | null;
  readonly ayatId: string | null;
}

interface Item {
  readonly unit: IndexedUnit;
  readonly local: boolean;
  readonly prefix: readonly Segment[];
  readonly last: Segment;
}

/** Address of a unit relative to the context; empty when the context is the unit itself or inside it. */
export function relativeChain(unit: IndexedUnit, ctx: RujukanContext): { local: boolean; chain: readonly Segment[] } {
  if (unit.pasalId !== null && unit.pasalId === ctx.pasalId && unit.kind !== 'pasal') {
    let chain = unit.chain.slice(1);
    if (unit.kind === 'rincian' && unit.ayatId !== null && unit.ayatId === ctx.ayatId) chain = chain.filter((s) => s.word !== 'ayat');
    return { local: true, chain };
  }
  if (unit.kind === 'pasal' && unit.id === ctx.pasalId) return { local: true, chain: [] };
  return { local: false, chain: unit.chain };
}

const show = (s: Segment) => `${s.word} ${s.value}`.trim();

/** Joins phrases Indonesian-style: "a", "a dan b", "a, b, dan c". */
export function joinDan(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  if (parts.length === 2) return `${parts[0]} dan ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, dan ${parts[parts.length - 1]}`;
}

/** The phrase for one or more targets; callers check beforehand that no chain is empty. */
export function rujukanPhrase(targets: readonly IndexedUnit[], ctx: RujukanContext, bare: boolean): string {
  const items: Item[] = targets.map((unit) => {
    const { local, chain } = relativeChain(unit, ctx);
    return { unit, local, prefix: chain.slice(0, -1), last: chain[chain.length - 1]! };
  });
  items.sort((a, b) => (a.local === b.local ? a.unit.order - b.unit.order : a.local ? -1 : 1));

  const groups: Item[][] = [];
  for (const item of items) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (group && head && head.prefix.map(show).join(' ') === item.prefix.map(show).join(' ') && head.last.word === item.last.word && head.local === item.local) group.push(item);
    else groups.push([item]);
  }

  // Groups without a common prefix (whole Pasal, Lampiran) join the outer list item by item, so the
  // result reads "Pasal 2, Pasal 3, dan Lampiran" rather than "Pasal 2 dan Pasal 3 dan Lampiran".
  const rendered = groups.flatMap((group) => {
    const parts: string[] = [];
    for (let i = 0; i < group.length; ) {
      let j = i;
      while (j + 1 < group.length && group[j + 1]!.unit.parentKey === group[i]!.unit.parentKey && group[j + 1]!.unit.position === group[j]!.unit.position + 1) j++;
      if (j - i + 1 >= 3) {
        parts.push(`${show(group[i]!.last)} sampai dengan ${show(group[j]!.last)}`);
        i = j + 1;
      } else {
        parts.push(show(group[i]!.last));
        i++;
      }
    }
    const prefix = group[0]!.prefix.map(show).join(' ');
    return prefix ? [`${prefix} ${joinDan(parts)}`] : parts;
  });

  const text = joinDan(rendered);
  if (bare) return text;
  return `sebagaimana dimaksud ${items[0]!.local ? 'pada' : 'dalam'} ${text}`;
}

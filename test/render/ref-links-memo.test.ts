/**
 * The PDF's links (src/render/pdf/ref-links.ts) keep a Lampiran's linked copy with its blocks: the preview
 * links the Perbup again on every save, and a Lampiran whose pedoman did not change comes with the same
 * blocks (resolve/pedoman/kept-resolution.ts). The copy given again must be what linking from nothing
 * gives — the same runs cut at the same numbers, the same units of the batang tubuh marked `linked` — also
 * when the batang tubuh around the same blocks changed.
 */
import { describe, expect, it } from 'vitest';
import type { Naskah, Unit } from '../../src/ir/types.js';
import { findProject } from '../../src/load/project.js';
import { loadDocument } from '../../src/pipeline/load-document.js';
import { linkReferences } from '../../src/render/pdf/ref-links.js';
import { printCopy } from '../../src/render/typography.js';
import { ROOT } from '../helpers.js';

const printed = printCopy(loadDocument(findProject(ROOT)!, 'perbup-slrt', { date: '2026-01-01T00:00:00Z', strict: false, lint: 'none', cache: new Map() }).ir as Naskah);
/** Linking from nothing: a copy shares no object with anything linked before. */
const fresh = (ir: Naskah): unknown => JSON.parse(JSON.stringify(linkReferences(structuredClone(ir))));
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

/** The ids a piece of linked data links to. */
function links(v: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => links(x, into));
  else if (v !== null && typeof v === 'object') {
    const link = (v as { link?: unknown }).link;
    if (typeof link === 'string') into.add(link);
    Object.values(v).forEach((x) => links(x, into));
  }
  return into;
}

describe("a Lampiran's linked blocks", () => {
  it('are given again for the same blocks, as linking from nothing gives them', () => {
    const first = linkReferences(printed);
    const second = linkReferences(printed);
    expect(second.lampiran[0]!.isi).toBe(first.lampiran[0]!.isi);
    expect(plain(second)).toEqual(fresh(printed));
    // The Lampiran links to the batang tubuh, and those units are marked in the copy given again too.
    const targets = links(second.lampiran[0]!.isi);
    expect(targets.size).toBeGreaterThan(3);
    expect(JSON.stringify(second.batangTubuh)).toContain('"linked":true');
  });

  it('follow the batang tubuh when the number of a unit they link to changes', () => {
    const before = linkReferences(printed);
    const target = [...links(before.lampiran[0]!.isi)].find((id) => JSON.stringify(printed.batangTubuh).includes(`"id":"${id}","label":"Pasal`))!;
    expect(target).toBeDefined();
    // The same Lampiran blocks, with the Pasal they name numbered otherwise in the batang tubuh.
    const renumber = (u: Unit): Unit => (u.id === target ? { ...u, label: `${u.label}0` } : u.kind === 'pasal' ? u : { ...u, isi: u.isi.map(renumber) });
    const changed: Naskah = { ...printed, batangTubuh: printed.batangTubuh.map(renumber) };
    expect(JSON.stringify(changed.batangTubuh)).not.toBe(JSON.stringify(printed.batangTubuh));
    const after = linkReferences(changed);
    expect(plain(after)).toEqual(fresh(changed));
    expect(links(after.lampiran[0]!.isi).has(target)).toBe(false);
  });
});

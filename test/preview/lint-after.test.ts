/**
 * Issue 12: a save's pages are laid out before lint runs. The event with the new page text comes
 * first (the panel still holding the previous findings, marked as being checked again), then the
 * event with lint's findings; the final panel equals what `naskah check` finds (then the render's findings).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { findProject } from '../../src/load/project.js';
import { checkDocuments } from '../../src/pipeline/check-documents.js';
import { PreviewHub } from '../../src/preview/hub.js';
import type { DocumentState } from '../../src/preview/session.js';
import { copyFixture, FIXTURES } from '../helpers.js';

const DATE = '2026-01-01T00:00:00Z';
const squeeze = (s: string): string => s.replace(/\s+/g, '');
/** The selectable text of a page's SVG (typst.ts writes each run of words into a `tsel` element). */
const textOf = (svg: string): string => squeeze([...svg.matchAll(/<h5:div class="tsel"[^>]*>([^<]*)<\/h5:div>/g)].map((m) => m[1]).join(''));
/** What the panel shows of a finding. */
const shown = (d: Diagnostic) => ({ code: d.code, severity: d.severity, file: d.file, line: d.start.line, column: d.start.column, message: d.message });

/** A copy of the mini project (with `config` as its naskah.config.yaml when given) and a preview hub on it. */
async function miniHub(config?: string) {
  const dir = copyFixture(join(FIXTURES, 'mini'), 'naskah-lint-after-');
  const paths = findProject(dir)!;
  if (config !== undefined) writeFileSync(join(paths.content, 'naskah.config.yaml'), config);
  const hub = new PreviewHub(paths, 'mini', DATE);
  const session = (await hub.session('mini'))!;
  return { paths, hub, session };
}

/** Records every event of the hub with the page text it shows. */
function record(hub: PreviewHub): { state: DocumentState; text: string }[] {
  const events: { state: DocumentState; text: string }[] = [];
  hub.subscribe((session) => events.push({ state: session.current, text: session.current.pageIds.map((t) => textOf(session.page(t) ?? '')).join('') }));
  return events;
}

/** Saves an open list ("dan lain-lain", TN-BHS-09) into the mini Perbup and lets the hub rebuild. */
async function saveOpenList(paths: { content: string }, hub: PreviewHub): Promise<void> {
  const file = join(paths.content, 'mini', 'naskah.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('integrasi layanan dan informasi', 'integrasi layanan, informasi, dan lain-lain'));
  await hub.changed([file]);
}

type Event = ReturnType<typeof record>[number];

/**
 * Saves the open list and returns the two events the save gives: first the new pages (fresh, with the
 * new words), then lint's findings.
 */
async function pagesThenFindings(paths: { content: string }, hub: PreviewHub): Promise<[Event, Event]> {
  const events = record(hub);
  await saveOpenList(paths, hub);
  expect(events).toHaveLength(2);
  const [pages, findings] = events as [Event, Event];
  expect(pages.text).toContain(squeeze('integrasi layanan, informasi, dan lain-lain'));
  expect(pages.state.fresh).toBe(true);
  return [pages, findings];
}

describe('preview: pages before lint', () => {
  it('sends the new page text before the findings, and ends with the findings of the full check', async () => {
    const { paths, hub, session: s } = await miniHub();
    expect(s.current.checking).toBe(false);
    const first = s.current.diagnostics.map(shown);
    // The panel: every finding of `naskah check`, then the render's (the missing lambang, NSK404).
    const checkedBefore = checkDocuments(paths, ['mini'], { date: DATE, strict: false }, false).map(shown);
    expect(first.slice(0, checkedBefore.length)).toEqual(checkedBefore);
    const render = first.slice(checkedBefore.length);
    expect(render.map((d) => d.code)).toEqual(['NSK404']);
    expect(first.some((d) => d.code === 'TN-BHS-09')).toBe(false);

    // New words on the page, and an open list ("dan lain-lain") that lint reports (TN-BHS-09).
    // First: the new pages, fresh, with the previous findings kept while lint runs.
    const [pages, findings] = await pagesThenFindings(paths, hub);
    expect(pages.state.checking).toBe(true);
    expect(pages.state.diagnostics.map(shown)).toEqual(first);
    // Then: lint's findings, the same pages, and exactly what `naskah check` finds.
    expect(findings.state.checking).toBe(false);
    expect(findings.state.fresh).toBe(true);
    expect(findings.state.pagesVersion).toBe(pages.state.pagesVersion);
    expect(findings.state.version).toBe(pages.state.version + 1);
    const full = checkDocuments(paths, ['mini'], { date: DATE, strict: false }, false).map(shown);
    expect(full.some((d) => d.code === 'TN-BHS-09')).toBe(true);
    expect(findings.state.diagnostics.map(shown)).toEqual([...full, ...render]);
  }, 60_000);

  it('greys the new pages once lint finds an error, as the full check holds the document back', async () => {
    // The house style makes an open list an error (galat).
    const { paths, hub, session: s } = await miniHub('aturan:\n  TN-BHS-09: { tingkat: galat, alasan: daftar terbuka tidak diterima }\n');
    expect(s.current.fresh).toBe(true);
    const [, findings] = await pagesThenFindings(paths, hub);
    expect(findings.state.fresh).toBe(false);
    expect(findings.state.checking).toBe(false);
    const full = checkDocuments(paths, ['mini'], { date: DATE, strict: false }, false).map(shown);
    expect(full.find((d) => d.code === 'TN-BHS-09')?.severity).toBe('error');
    // Held back by lint: no render, so no render findings, exactly as before.
    expect(findings.state.diagnostics.map(shown)).toEqual(full);
  }, 60_000);

  it('after a save that did not load, the first event of the recovery no longer shows the old errors', async () => {
    const { paths, hub, session: s } = await miniHub();
    expect(s.current.fresh).toBe(true);
    const daerah = join(paths.content, 'daerah.yaml');
    const kept = readFileSync(daerah, 'utf8');
    rmSync(daerah);
    await hub.changed([daerah]);
    expect(s.current.fresh).toBe(false);
    expect(s.current.diagnostics.some((d) => d.code === 'NSK103' && d.severity === 'error')).toBe(true);

    const recorded = record(hub);
    writeFileSync(daerah, kept);
    await hub.changed([daerah]);
    expect(recorded).toHaveLength(2);
    const [first, last] = recorded.map((e) => e.state) as [DocumentState, DocumentState];
    // The pages come back first, and the panel already drops the missing file's error (lint still runs).
    expect(first.fresh).toBe(true);
    expect(first.checking).toBe(true);
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(last.checking).toBe(false);
    expect(last.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  }, 60_000);
});

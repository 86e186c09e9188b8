/**
 * `naskah preview` in a real browser (playwright-core + the system's chromium): the page shows the
 * document's pages, a save changes the page text in place (no reload, scroll kept), a broken save
 * shows a diagnostic with the last good pages greyed, the next good save recovers.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, startPreview, type Running } from './start.js';

let preview: Running;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  preview = await startPreview('mini', ['mini']);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${preview.url}/?doc=mini`);
  await page.waitForSelector('#pages svg.page', { timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  preview?.child.kill('SIGTERM');
});

/** All text of the pages without white space (line breaks fall anywhere). */
const pageText = (): Promise<string> => page.evaluate(() => (document.getElementById('pages')?.textContent ?? '').replace(/\s+/g, ''));
const source = (): string => join(preview.dir, 'content', 'mini', 'naskah.yaml');
const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('naskah preview', () => {
  it('shows the pages, the outline and the diagnostics of the document', async () => {
    expect(await pageText()).toContain(squeeze('integrasi layanan dan informasi'));
    expect(await page.locator('#outline a').allTextContents()).toEqual(expect.arrayContaining(['BAB I KETENTUAN UMUM', 'Pasal 1']));
    expect(await page.locator('#diagnostics li .code').allTextContents()).toContain('NSK306');
    expect(await page.locator('#doc option').allTextContents()).toEqual(['mini', 'mini-pedoman', 'Surat permohonan fasilitasi (paket)']);
  });

  it('updates the page text in place on save, keeping the scroll position', async () => {
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
      document.getElementById('pages')!.scrollTop = 700;
    });
    const before = Number(await page.evaluate(() => document.body.dataset['version']));
    writeFileSync(source(), readFileSync(source(), 'utf8').replace('integrasi layanan dan informasi', 'integrasi layanan dan penyuluhan sosial'));
    await page.waitForFunction((v) => Number(document.body.dataset['version']) > v && document.body.dataset['fresh'] === 'true', before, { timeout: 30_000 });
    expect(await pageText()).toContain(squeeze('integrasi layanan dan penyuluhan sosial'));
    expect(await pageText()).not.toContain(squeeze('integrasi layanan dan informasi'));
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.evaluate(() => document.getElementById('pages')!.scrollTop)).toBe(700);
  });

  it('keeps the last good pages greyed while a save is broken, and recovers', async () => {
    const good = readFileSync(source(), 'utf8');
    const before = Number(await page.evaluate(() => document.body.dataset['version']));
    // A save caught half-way: the file ends inside a quoted value.
    writeFileSync(source(), `${good.slice(0, good.indexOf('menimbang:'))}menimbang:\n  - teks: "bahwa penanganan`);
    await page.waitForFunction((v) => Number(document.body.dataset['version']) > v && document.body.dataset['fresh'] === 'false', before, { timeout: 30_000 });
    expect(await page.locator('#diagnostics li .code').allTextContents()).toContain('NSK101');
    expect(await page.locator('#diagnostics li.error .where').first().textContent()).toMatch(/^content\/mini\/naskah\.yaml:\d+:\d+$/);
    expect(await page.locator('#pages').getAttribute('class')).toContain('stale');
    expect(await pageText()).toContain(squeeze('integrasi layanan dan penyuluhan sosial'));
    const broken = Number(await page.evaluate(() => document.body.dataset['version']));
    writeFileSync(source(), good);
    // The pages come first, lint's findings after them (data-checking false once they are in).
    await page.waitForFunction((v) => Number(document.body.dataset['version']) > v && document.body.dataset['fresh'] === 'true' && document.body.dataset['checking'] === 'false', broken, { timeout: 30_000 });
    expect(await page.locator('#diagnostics li .code').allTextContents()).not.toContain('NSK101');
    expect(await page.locator('#pages').getAttribute('class')).not.toContain('stale');
  });

  it('jumps from a diagnostic to the page of its Pasal', async () => {
    const good = readFileSync(source(), 'utf8');
    const before = Number(await page.evaluate(() => document.body.dataset['version']));
    writeFileSync(source(), good.replace('Puskesos [[puskesos-dibentuk]] melaksanakan', 'Puskesos [[puskesos-dibentk]] melaksanakan'));
    await page.waitForFunction((v) => Number(document.body.dataset['version']) > v, before, { timeout: 30_000 });
    const item = page.locator('#diagnostics li', { hasText: 'NSK301' });
    expect(await item.locator('.where').textContent()).toBe(`content/mini/naskah.yaml:${good.slice(0, good.indexOf('[[puskesos-dibentuk]] melaksanakan')).split('\n').length}:${good.split('\n').find((l) => l.includes('[[puskesos-dibentuk]] melaksanakan'))!.indexOf('[[') + 1}`);
    expect(await item.getAttribute('title')).toBe('Ke halaman Pasal 3');
    await page.evaluate(() => (document.getElementById('pages')!.scrollTop = 0));
    await item.click();
    expect(await page.evaluate(() => document.getElementById('pages')!.scrollTop)).toBeGreaterThan(100);
    const broken = Number(await page.evaluate(() => document.body.dataset['version']));
    writeFileSync(source(), good);
    await page.waitForFunction((v) => Number(document.body.dataset['version']) > v && document.body.dataset['fresh'] === 'true', broken, { timeout: 30_000 });
  });

  it('reports a missing file and recovers when it is back', async () => {
    const daerah = join(preview.dir, 'content', 'daerah.yaml');
    const kept = readFileSync(daerah, 'utf8');
    const before = Number(await page.evaluate(() => document.body.dataset['version']));
    rmSync(daerah);
    await page.waitForFunction((v) => Number(document.body.dataset['version']) > v && document.body.dataset['fresh'] === 'false', before, { timeout: 30_000 });
    expect(await page.locator('#diagnostics li.error').first().textContent()).toContain('NSK103');
    const missing = Number(await page.evaluate(() => document.body.dataset['version']));
    writeFileSync(daerah, kept);
    await page.waitForFunction((v) => Number(document.body.dataset['version']) > v && document.body.dataset['fresh'] === 'true', missing, { timeout: 30_000 });
    expect(await page.locator('#diagnostics li.error').count()).toBe(0);
  });

  it('jumps to the page of a Pasal from the outline', async () => {
    await page.evaluate(() => (document.getElementById('pages')!.scrollTop = 0));
    await page.locator('#outline a', { hasText: /^Pasal 3$/ }).click();
    const top = await page.evaluate(() => document.getElementById('pages')!.scrollTop);
    expect(top).toBeGreaterThan(100);
  });

  it('switches to another document of the project', async () => {
    await page.locator('#doc').selectOption('mini-pedoman');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('doc') === 'mini-pedoman' && document.querySelector('#pages svg.page') !== null, undefined, { timeout: 60_000 });
    expect(await page.locator('#outline a').first().textContent()).toMatch(/^BAB I/);
  });
});

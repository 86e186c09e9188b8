/**
 * `naskah preview` on a copy of the real SLRT content/ in chromium: the page switches between the
 * three SLRT documents and the package's surat permohonan, each showing its own pages, and the
 * preview writes nothing into content/.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, startPreview, type Running } from './start.js';
import { fileHashes as tree } from '../helpers.js';

let preview: Running;
let browser: Browser;
let page: Page;
let before: Map<string, string>;

beforeAll(async () => {
  preview = await startPreview('slrt', ['perbup-slrt']);
  before = tree(preview.dir);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${preview.url}/?doc=perbup-slrt`);
  await page.waitForSelector('#pages svg.page', { timeout: 120_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  preview?.child.kill('SIGTERM');
});

const pageText = (): Promise<string> => page.evaluate(() => (document.getElementById('pages')?.textContent ?? '').replace(/\s+/g, ''));
/** Whether the pages shown contain `words` (white space ignored); a boolean, so a failure does not print the whole book. */
const shows = async (words: string): Promise<boolean> => (await pageText()).includes(words.replace(/\s+/g, ''));

/** Chooses `label` in the document list and waits until that document's pages are shown. */
async function choose(id: string, label: string): Promise<void> {
  await page.locator('#doc').selectOption({ label });
  await page.waitForFunction((want) => new URLSearchParams(location.search).get('doc') === want && document.body.dataset['fresh'] === 'true' && document.querySelector('#pages svg.page') !== null, id, { timeout: 120_000 });
}

describe('naskah preview of the SLRT documents', () => {
  it('lists the three documents and the package surat', async () => {
    expect(await page.locator('#doc option').allTextContents()).toEqual(['kepbup-struktur-slrt', 'pedoman-slrt', 'perbup-slrt', 'Surat permohonan fasilitasi (paket)']);
    expect(await shows('PERATURAN BUPATI PURWAKARTA')).toBe(true);
    expect(await page.locator('#outline a', { hasText: /^Pasal 1$/ }).count()).toBe(1);
  });

  it('switches to the Keputusan, the Buku Pedoman, the surat and back to the Perbup', async () => {
    await choose('kepbup-struktur-slrt', 'kepbup-struktur-slrt');
    expect(await shows('KEPUTUSAN BUPATI PURWAKARTA')).toBe(true);
    await choose('pedoman-slrt', 'pedoman-slrt');
    expect(await shows('PEDOMAN PENYELENGGARAAN SISTEM LAYANAN DAN RUJUKAN TERPADU')).toBe(true);
    expect(await shows('KATA PENGANTAR')).toBe(true);
    expect(await shows('KEPUTUSAN BUPATI PURWAKARTA')).toBe(false);
    await choose('paket:surat', 'Surat permohonan fasilitasi (paket)');
    expect(await shows('Permohonan Fasilitasi Rancangan Peraturan Bupati')).toBe(true);
    expect(await shows('Gubernur Jawa Barat')).toBe(true);
    expect(await page.locator('#outline a').count()).toBe(0);
    await choose('perbup-slrt', 'perbup-slrt');
    expect(await shows('PERATURAN BUPATI PURWAKARTA')).toBe(true);
  }, 240_000);

  it('wrote nothing into the project', () => {
    expect(tree(preview.dir)).toEqual(before);
  });
});

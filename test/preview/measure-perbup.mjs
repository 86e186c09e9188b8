#!/usr/bin/env node
/**
 * Measures save → updated page of `naskah preview` for the SLRT Perbup (issue 12): copies content/ to a
 * temporary project, opens the preview in chromium, changes one word of naskah.yaml N times and times
 * from the write until the page shows the new version. Run after `npm run build:ts`:
 *   node test/preview/measure-perbup.mjs [runs]
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..');
const runs = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'naskah-measure-'));
cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
const child = spawn(process.execPath, [join(root, 'dist/src/cli/main.js'), 'preview', 'perbup-slrt'], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
const url = await new Promise((resolve) => child.stdout.on('data', (b) => { const m = /http:\S+/.exec(String(b)); if (m) resolve(m[0]); }));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(url);
await page.waitForSelector('#pages svg.page', { timeout: 120_000 });
const file = join(dir, 'content', 'perbup-slrt', 'naskah.yaml');
const original = readFileSync(file, 'utf8');
const rows = [];
for (let i = 0; i < runs; i++) {
  const before = Number(await page.evaluate(() => document.body.dataset.version));
  const t0 = Date.now();
  writeFileSync(file, original.replace('bahwa ', `bahwa${' '.repeat(1)}${i % 2 ? '' : 'untuk '}`));
  await page.waitForFunction((v) => Number(document.body.dataset.version) > v && document.body.dataset.fresh === 'true', before, { timeout: 60_000, polling: 5 });
  const total = Date.now() - t0;
  const state = await (await fetch(`${new URL(url).origin}/api/state?doc=perbup-slrt`)).json();
  const replaced = await page.evaluate(() => document.body.dataset.replaced);
  rows.push({ total, build: state.state.buildMs, replaced });
  console.log(`run ${i + 1}: save → page updated ${total} ms (save → rebuilt ${state.state.builtAt - t0} ms, of which rebuild ${state.state.buildMs} ms; ${replaced} of ${state.state.pageIds.length} pages replaced)`);
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median: save → page ${med(rows.map((r) => r.total))} ms, rebuild ${med(rows.map((r) => r.build))} ms`);
await browser.close();
child.kill('SIGTERM');

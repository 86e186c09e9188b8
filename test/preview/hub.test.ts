/**
 * The preview's rebuilds without a browser (PreviewHub, the one warm Session): bad input keeps the last
 * good pages and says why with a position, the next good save recovers, the package's surat is one of
 * the documents, and nothing is ever written into the project.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { suratView } from '../../src/cli/preview.js';
import { findProject, type ProjectPaths } from '../../src/load/project.js';
import { SURAT_PREVIEW_ID } from '../../src/package/paket-surat.js';
import { PreviewHub } from '../../src/preview/hub.js';
import { FIXTURES, fileHashes as tree } from '../helpers.js';

let dir: string;
let paths: ProjectPaths;
let hub: PreviewHub;

/** The state of `id` after the watcher reported `files`. */
async function afterSave(id: string, files: readonly string[]) {
  await hub.changed(files);
  return (await hub.session(id))!.current;
}

let before: Map<string, string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'naskah-hub-'));
  cpSync(join(FIXTURES, 'mini'), dir, { recursive: true });
  paths = findProject(dir)!;
  before = tree(dir);
  hub = new PreviewHub(paths, 'mini', '2026-01-01T00:00:00Z', [suratView(paths, '2026-01-01T00:00:00Z')]);
});

describe('preview hub', () => {
  it('lists the documents and the package surat, and builds a document', async () => {
    expect(hub.documents()).toEqual([{ id: 'mini', label: 'mini' }, { id: 'mini-pedoman', label: 'mini-pedoman' }, { id: SURAT_PREVIEW_ID, label: 'Surat permohonan fasilitasi (paket)' }]);
    const s = (await hub.session('mini'))!;
    expect(s.current.fresh).toBe(true);
    expect(s.current.pageIds.length).toBe(s.current.pages);
    expect(s.current.pages).toBeGreaterThan(1);
    expect(await hub.session('../content')).toBeNull();
    expect(await hub.session('/etc')).toBeNull();
  });

  it('keeps the last good pages when a shared YAML does not parse, shows where, and recovers', async () => {
    const good = (await hub.session('mini'))!.current;
    const file = join(paths.content, 'dasar-hukum.yaml');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const line = lines.indexOf('  tentang: Kesejahteraan Sosial');
    writeFileSync(file, text.replace('  tentang: Kesejahteraan Sosial', '  tentang: Kesejahteraan: Sosial'));
    const broken = await afterSave('mini', [file]);
    expect(broken.fresh).toBe(false);
    expect(broken.pageIds).toEqual(good.pageIds);
    expect(broken.pagesVersion).toBe(good.pagesVersion);
    const d = broken.diagnostics.find((x) => x.code === 'NSK101')!;
    expect(d).toMatchObject({ file: 'content/dasar-hukum.yaml', severity: 'error', start: { line: line + 1, column: '  tentang: '.length + 1 } });
    writeFileSync(file, text);
    const fixed = await afterSave('mini', [file]);
    expect(fixed.fresh).toBe(true);
    expect(fixed.diagnostics.some((x) => x.severity === 'error')).toBe(false);
  });

  it('keeps the pages through a save caught half-way and a deleted file, and recovers', async () => {
    const good = (await hub.session('mini'))!.current;
    const file = join(paths.content, 'mini', 'naskah.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const half = await afterSave('mini', [file]);
    expect(half.fresh).toBe(false);
    expect(half.pageIds).toEqual(good.pageIds);
    expect(half.diagnostics.filter((x) => x.severity === 'error').every((x) => x.file === 'content/mini/naskah.yaml' && x.start.line > 0)).toBe(true);
    rmSync(file);
    const gone = await afterSave('mini', [file]);
    expect(gone.fresh).toBe(false);
    expect(gone.diagnostics.map((x) => x.code)).toContain('NSK103');
    writeFileSync(file, text);
    const back = await afterSave('mini', [file]);
    expect(back.fresh).toBe(true);
    // The same sources give the same pages.
    expect(back.pageIds).toEqual(good.pageIds);
  });

  it('shows the package surat, and why it is missing while the Perbup has an error', async () => {
    const surat = (await hub.session(SURAT_PREVIEW_ID))!;
    expect(surat.current.fresh).toBe(true);
    expect(surat.current.pages).toBeGreaterThan(0);
    const text = surat.current.pageIds.map((t) => surat.page(t)!).join('').replace(/<[^>]+>/g, '').replace(/\s+/g, '');
    expect(text).toContain('PermohonanFasilitasi');
    expect(text).toContain('180/123-Hukum/2026');
    const file = join(paths.content, 'mini', 'naskah.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('jenis: peraturan-bupati', 'jenis: peraturan-bupat'));
    const broken = await afterSave(SURAT_PREVIEW_ID, [file]);
    expect(broken.fresh).toBe(false);
    expect(broken.diagnostics.find((x) => x.severity === 'error')?.file).toBe('content/mini/naskah.yaml');
    writeFileSync(file, good);
    expect((await afterSave(SURAT_PREVIEW_ID, [file])).fresh).toBe(true);
  });

  it('never wrote anything into the project', () => {
    expect(tree(dir)).toEqual(before);
    expect(existsSync(join(dir, 'output'))).toBe(false);
  });

  it('does not follow a symbolic link to / or to the project into the file system', async () => {
    symlinkSync('/', join(paths.content, 'akar'));
    symlinkSync(dir, join(paths.content, 'putaran'));
    symlinkSync('/etc/hostname', join(paths.content, 'tautan.yaml'));
    const state = await afterSave('mini', [join(paths.content, 'akar')]);
    expect(state.fresh).toBe(true);
    expect(hub.documents().map((d) => d.id)).toEqual(['mini', 'mini-pedoman', SURAT_PREVIEW_ID]);
  }, 5_000);

  it('keeps running when a rebuild fails unexpectedly: NSK504, the last pages kept, the next save recovers', async () => {
    let fail = false;
    const flaky = new PreviewHub(paths, 'mini', '2026-01-01T00:00:00Z', [
      {
        id: 'uji:rapuh',
        label: 'rapuh',
        available: () => true,
        source: (warm) => ({
          async build(changed) {
            if (fail) throw new Error('EIO: baca gagal');
            const { checked, rendered } = await warm.rebuild(['mini'], ['pdf'], changed, { svg: true });
            return { diagnostics: checked.diagnostics, ir: checked.loaded[0]!.ir, rendered: rendered.get('mini') };
          },
        }),
      },
    ]);
    const good = (await flaky.session('uji:rapuh'))!.current;
    expect(good.fresh).toBe(true);
    fail = true;
    await flaky.changed([]);
    const broken = (await flaky.session('uji:rapuh'))!.current;
    expect(broken.fresh).toBe(false);
    expect(broken.pageIds).toEqual(good.pageIds);
    expect(broken.diagnostics.map((d) => [d.code, d.message])).toEqual([['NSK504', 'Pratinjau tidak dapat disusun ulang: EIO: baca gagal']]);
    fail = false;
    await flaky.changed([]);
    expect((await flaky.session('uji:rapuh'))!.current.fresh).toBe(true);
  });

  it("trims Typst's memo cache while idle, never between a save and its pages", async () => {
    const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
    const log: string[] = [];
    const evict = vi.spyOn(NodeCompiler.prototype, 'evictCache').mockImplementation(function (this: InstanceType<typeof NodeCompiler>) {
      log.push('trim');
    });
    const compile = NodeCompiler.prototype.compile;
    const spy = vi.spyOn(NodeCompiler.prototype, 'compile').mockImplementation(function (this: InstanceType<typeof NodeCompiler>, ...args) {
      log.push('compile');
      return compile.apply(this, args);
    });
    const stop = hub.subscribe((s) => log.push(s.current.checking ? 'pages' : 'findings'));
    try {
      const file = join(paths.content, 'mini', 'naskah.yaml');
      const text = readFileSync(file, 'utf8');
      for (let i = 1; i <= 12; i++) {
        writeFileSync(file, text.replace(/^tentang: (.*)$/m, `tentang: $1 ${'baru '.repeat(i).trim()}`));
        await afterSave('mini', [file]);
      }
      writeFileSync(file, text);
      await afterSave('mini', [file]);
    } finally {
      stop();
      evict.mockRestore();
      spy.mockRestore();
    }
    // Twelve saves, a trim due every fifth render: two trims, each after a save's pages and findings.
    expect(log.filter((e) => e === 'trim').length).toBeGreaterThanOrEqual(2);
    log.forEach((e, i) => {
      if (e === 'trim') expect(log.slice(i - 2, i)).toEqual(['pages', 'findings']);
    });
  });
});

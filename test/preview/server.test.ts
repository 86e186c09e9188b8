/**
 * The preview server's boundaries: only its own routes answer (no URL reaches the file system, with
 * "../" in every spelling), it listens on loopback, a port in use is a clear Indonesian error.
 */
import { symlinkSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { startPreview, type Running } from './start.js';

let preview: Running;
beforeAll(async () => {
  preview = await startPreview('mini', []);
});
afterAll(() => {
  preview?.child.kill('SIGTERM');
});

/** GET with the path sent exactly as written (no normalisation of "../"). */
function get(base: string, path: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  it('serves its page and the rendered pages, and nothing from the file system', async () => {
    expect((await get(preview.url, '/')).status).toBe(200);
    expect((await get(preview.url, '/api/glyphs?doc=mini')).body).toMatch(/^<svg id="glyphs"/);
    for (const path of ['/../package.json', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/content/daerah.yaml', '/app.js/../../content/daerah.yaml', '/..\\..\\etc\\passwd', '/%252e%252e/etc/passwd', '/api/page?doc=mini&tid=../../etc/passwd', '/api/state?doc=..%2Fcontent', '//etc/passwd']) {
      const r = await get(preview.url, path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toMatch(/root:|jenis:|"name": "naskah"/);
    }
  });

  it('answers no absolute path, absolute URL or symbolic link with a file', async () => {
    // Links a user might leave in the project: to a system file, to a folder outside, to the project itself.
    symlinkSync('/etc/passwd', join(preview.dir, 'content', 'tautan.yaml'));
    symlinkSync('/etc', join(preview.dir, 'content', 'luar'));
    symlinkSync(preview.dir, join(preview.dir, 'content', 'putaran'));
    symlinkSync('/', join(preview.dir, 'akar'));
    for (const path of ['/etc/passwd', '/akar/etc/passwd', '/content/tautan.yaml', '/content/luar/passwd', '/content/putaran/content/daerah.yaml', 'http://127.0.0.1/../../etc/passwd', 'file:///etc/passwd', '/api/state?doc=%2Fetc', '/api/state?doc=luar', '/api/state?doc=putaran', '/api/page?doc=mini&tid=%2Fetc%2Fpasswd', '/api/glyphs?doc=/etc/passwd']) {
      const r = await get(preview.url, path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toMatch(/root:|jenis:/);
    }
    // The preview still answers, and the links are not documents.
    const state = JSON.parse((await get(preview.url, '/api/state?doc=mini')).body) as { documents: { id: string }[] };
    expect(state.documents.map((d) => d.id)).toEqual(['mini', 'mini-pedoman', 'paket:surat']);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const other = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (other) await expect(get(`http://${other.address}:${new URL(preview.url).port}`, '/')).rejects.toThrow(/ECONNREFUSED/);
  });

  // An explicit --port is the user's choice: naskah never moves silently to another port (a bookmark or
  // an editor's link would show something else); without --port it always picks a free one.
  it('refuses a port that is in use with an Indonesian message and exit code 1', async () => {
    const port = new URL(preview.url).port;
    const t = await runCli(['preview', 'mini', '--port', port], preview.dir);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain(`port ${port} sudah dipakai program lain`);
  });

  it('rejects a port that is not a number (exit 2)', async () => {
    const t = await runCli(['preview', '--port', 'abc'], preview.dir);
    expect(t.exitCode).toBe(2);
    expect(t.stderr).toContain('Port `abc` tidak sah');
  });
});

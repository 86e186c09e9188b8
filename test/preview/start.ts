/** Starts `naskah preview` (the built CLI) on a temporary copy of a fixture project, for the browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../helpers.js';

export interface Running {
  readonly dir: string;
  readonly url: string;
  readonly child: ChildProcess;
  stderr: string;
}

/** Copies test/fixtures/<fixture> (or, for 'slrt', the real content/) and starts the preview in it; resolves once the URL is printed. */
export function startPreview(fixture: string, args: readonly string[]): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-preview-'));
  if (fixture === 'slrt') cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  else cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'preview', ...args], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
  return new Promise((resolve, reject) => {
    let out = '';
    const running = { dir, url: '', child, stderr: '' };
    child.stderr.on('data', (b: Buffer) => (running.stderr += b.toString()));
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+)\//m.exec(out);
      if (m) resolve({ ...running, url: m[1]!, get stderr() { return running.stderr; } });
    });
    child.on('exit', (code) => reject(new Error(`preview stopped (${code}): ${running.stderr}`)));
  });
}

/** The chromium of the system (Debian: /usr/bin/chromium). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

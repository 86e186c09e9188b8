/** Temporary projects for CLI tests of the lint phase: content/ with the rules' region and registry. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** A fresh project with content/daerah.yaml, content/dasar-hukum.yaml and the given documents (id → naskah.yaml text). */
export function tempProject(documents: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-lint-'));
  const content = join(dir, 'content');
  mkdirSync(content);
  for (const f of readdirSync(join(ROOT, 'test', 'rules', '_proyek'))) cpSync(join(ROOT, 'test', 'rules', '_proyek', f), join(content, f));
  for (const [id, text] of Object.entries(documents)) {
    mkdirSync(join(content, id));
    writeFileSync(join(content, id, 'naskah.yaml'), text);
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(content, file), text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The comments of a YAML text, in order (everything from a "#" that starts a comment). */
export function comments(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const m = /(?:^|\s)(#.*)$/.exec(line);
    return m ? [m[1]!] : [];
  });
}

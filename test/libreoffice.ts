/**
 * Laying a DOCX out as a reader's office suite does: LibreOffice (soffice, headless) converts it to PDF
 * with Bookman Old Style mapped to its metric twin TeX Gyre Bonum (templates/fonts), through a private
 * fontconfig file and a private LibreOffice profile, so the page count does not depend on the fonts or
 * settings of the machine. Used by the DOCX/PDF page-count parity test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** True when `soffice` runs on this machine. */
export function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A fontconfig file that adds `fontDir` and makes "Bookman Old Style" resolve to TeX Gyre Bonum. */
function fontsConf(dir: string, fontDir: string): string {
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fontDir}</dir>
  <cachedir>${join(dir, 'fc-cache')}</cachedir>
  <alias binding="same"><family>Bookman Old Style</family><prefer><family>TeX Gyre Bonum</family></prefer></alias>
</fontconfig>
`,
  );
  return file;
}

/** Number of pages of a PDF. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true }).promise;
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

/** Converts the DOCX files (name → bytes) with LibreOffice and returns each one's page count. */
export async function libreOfficePageCounts(docs: ReadonlyMap<string, Uint8Array>, fontDir: string): Promise<Map<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-lo-'));
  const input = join(dir, 'in');
  const out = join(dir, 'out');
  mkdirSync(input);
  const files = [...docs].map(([name, bytes]) => {
    const file = join(input, `${name}.docx`);
    writeFileSync(file, bytes);
    return file;
  });
  const env = { ...process.env, FONTCONFIG_FILE: fontsConf(dir, fontDir) };
  // The measurement means something only with the metric twin in place of Bookman Old Style.
  const face = execFileSync('fc-match', ['Bookman Old Style'], { env, encoding: 'utf8' });
  if (!face.includes('TeX Gyre Bonum')) throw new Error(`Bookman Old Style resolves to ${face.trim()}, not TeX Gyre Bonum`);
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], {
    env,
    stdio: 'ignore',
    timeout: 240_000,
  });
  const counts = new Map<string, number>();
  for (const file of files) {
    const name = basename(file, '.docx');
    counts.set(name, await pdfPageCount(readFileSync(join(out, `${name}.pdf`))));
  }
  return counts;
}

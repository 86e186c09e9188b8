/**
 * `naskah review import` on two more DOCX files LibreOffice edited (test/fixtures/review/make.py):
 * moved.docx, a paragraph moved with change recording on (LibreOffice writes w:moveFrom / w:moveTo), reported
 * once as a move of its unit; ref-edit.docx, a REF field typed over (tracked) and a REF field pointed at
 * another unit's bookmark (untracked), both reported as edits of the reference with the `[[id]]` in the
 * source, never lost. Also a field result edited inside, as Word writes it (w:ins within the field).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReviewed } from '../../src/review/read-docx.js';
import { FIXTURES, runCli } from '../helpers.js';

const MOVED = join(FIXTURES, 'review', 'moved.docx');
const REF_EDIT = join(FIXTURES, 'review', 'ref-edit.docx');

describe('moves and reference edits from LibreOffice', () => {
  let dir: string;
  let yaml: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'naskah-review-moves-'));
    cpSync(join(FIXTURES, 'mini'), dir, { recursive: true });
    yaml = readFileSync(join(dir, 'content', 'mini', 'naskah.yaml'), 'utf8').split('\n');
  });

  it('reports a moved paragraph once, as a move of its unit to its new place', async () => {
    const t = await runCli(['review', 'import', 'mini', MOVED], dir);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('0 komentar, 1 perubahan terlacak, 0 suntingan tanpa tanda revisi;');
    expect(t.stdout).toMatch(/\n## Pasal 2 huruf d\n\n- Pemindahan content\/mini\/naskah\.yaml:48:17 — Bagian Hukum & Ortala, [0-9T:-]+Z: “d\. pemutakhiran data secara dinamis dan berkala\.” dipindah ke sebelum Pasal 2 huruf c \(terapkan dengan tangan: pindahkan unsurnya di sumber\)\n/);
    expect(yaml[47]!.slice(16)).toBe('pemutakhiran data secara dinamis dan berkala');
    expect(t.stdout).not.toMatch(/Sisipan|Hapusan|SUNTINGAN TANPA/);
    const json = JSON.parse((await runCli(['review', 'import', 'mini', MOVED, '--format', 'json'], dir)).stdout) as { findings: { kind: string; unit: string; via: string }[] };
    expect(json.findings).toHaveLength(1);
    expect(json.findings[0]).toMatchObject({ kind: 'pindah', unit: 'Pasal 2 huruf d', via: 'bookmark' });
  });

  it('refuses to --apply a move, changing nothing', async () => {
    const before = readFileSync(join(dir, 'content', 'mini', 'naskah.yaml'), 'utf8');
    const t = await runCli(['review', 'import', 'mini', MOVED, '--apply'], dir);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toMatch(/galat NSK626 /);
    expect(t.stderr).toContain('content/mini/naskah.yaml:48:17 Pasal 2 huruf d: perubahan terlacak “d. pemutakhiran data secara dinamis dan berkala.” tidak dapat diterapkan tepat');
    expect(readFileSync(join(dir, 'content', 'mini', 'naskah.yaml'), 'utf8')).toBe(before);
  });

  it('reports a REF field typed over as an edit of that reference, at its [[id]] in the source', async () => {
    const t = await runCli(['review', 'import', 'mini', REF_EDIT], dir);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toContain('0 komentar, 1 perubahan terlacak, 1 suntingan tanpa tanda revisi (PERIKSA!);');
    expect(t.stdout).toMatch(/\n## Pasal 3 ayat \(2\)\n\n- Penggantian content\/mini\/naskah\.yaml:57:32 — Bagian Hukum & Ortala, [0-9T:-]+Z: “\(1\)” → “\(3\)” di dalam rujukan ke Pasal 3 ayat \(1\) \(\[\[puskesos-dibentuk\]\]\); ubah rujukan di sumber \(terapkan dengan tangan\)\n/);
    expect(yaml[56]!.slice(31)).toMatch(/^\[\[puskesos-dibentuk\]\]/);
  });

  it('reports a REF field pointed at another unit as an untracked change of the reference, with both ids', async () => {
    const t = await runCli(['review', 'import', 'mini', REF_EDIT], dir);
    expect(t.stdout).toContain('\n## Pasal 4\n\n- !! SUNTINGAN TANPA TANDA REVISI content/mini/naskah.yaml:60:31: rujukan “Pasal 3” diarahkan ke unit lain, “Pasal 5”: ubah [[puskesos]] (Pasal 3) menjadi [[lampiran-pasal]] (Pasal 5) di sumber\n');
    expect(yaml[59]!.slice(30)).toMatch(/^\[\[fungsi, puskesos, lampiran-pedoman\]\]/);
    // Only that: the changed number is not reported a second time as plain text.
    expect(t.stdout).not.toContain('“3” menjadi “5”');
    const json = JSON.parse((await runCli(['review', 'import', 'mini', REF_EDIT, '--format', 'json'], dir)).stdout) as { findings: { kind: string; rujukan?: unknown }[] };
    expect(json.findings.map((f) => [f.kind, f.rujukan])).toEqual([
      ['ganti', { from: { id: 'puskesos-dibentuk', name: 'Pasal 3 ayat (1)' }, to: null }],
      ['tak-terlacak', { from: { id: 'puskesos', name: 'Pasal 3' }, to: { id: 'lampiran-pasal', name: 'Pasal 5' } }],
    ]);
  });
});

describe('a field result edited inside, as Word writes it', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const doc = (body: string): Uint8Array => new TextEncoder().encode(`<w:document ${W}><w:body>${body}</w:body></w:document>`);

  it('ties a tracked change inside a complex REF field result to the field bookmark', () => {
    const r = readReviewed(doc('<w:p><w:r><w:t xml:space="preserve">dalam Pasal </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF n_fungsi \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:del w:id="1" w:author="A" w:date="2026-12-07T00:00:00Z"><w:r><w:delText>2</w:delText></w:r></w:del><w:ins w:id="2" w:author="A" w:date="2026-12-07T00:00:00Z"><w:r><w:t>4</w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>'), undefined);
    const p = r.paragraphs[0]!;
    expect(p.original).toBe('dalam Pasal 2.');
    expect(p.current).toBe('dalam Pasal 4.');
    expect(p.changes.map((c) => [c.kind, c.text, c.at, c.ref])).toEqual([['del', '2', 12, 'n_fungsi'], ['ins', '4', 13, 'n_fungsi']]);
    expect(p.refs).toEqual([{ bookmark: 'n_fungsi', at: 12, text: '2', tracked: true }]);
  });

  it('reads the REF target of a simple field', () => {
    const p = readReviewed(doc('<w:p><w:r><w:t xml:space="preserve">ayat </w:t></w:r><w:fldSimple w:instr="REF n_puskesos_dibentuk \\h"><w:r><w:t>(1)</w:t></w:r></w:fldSimple></w:p>'), undefined).paragraphs[0]!;
    expect(p.refs).toEqual([{ bookmark: 'n_puskesos_dibentuk', at: 5, text: '(1)', tracked: false }]);
  });
});

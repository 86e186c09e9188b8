/**
 * `naskah lsp` driven over stdio by a real JSON-RPC client (vscode-jsonrpc): diagnostics of an
 * unsaved buffer, the code action of a `--fix`, hover and go-to-definition of `[[id]]`, completion
 * of reference ids and of registry keys in `mengingat`, rename across documents; in YAML and in a
 * Pedoman chapter's Markdown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';

interface LspDiagnostic { range: { start: { line: number; character: number } }; code: string; message: string; severity: number }

let child: ChildProcess;
let rpc: MessageConnection;
let dir: string;
const published = new Map<string, LspDiagnostic[]>();
let file: string;
let uri: string;
let text: string;

/** Resolves when the server has published diagnostics for `uri` that satisfy `test`. */
function diagnosticsWhere(u: string, test: (ds: LspDiagnostic[]) => boolean): Promise<LspDiagnostic[]> {
  return new Promise((resolve) => {
    const check = (): void => {
      const ds = published.get(u);
      if (ds && test(ds)) resolve(ds);
      else setTimeout(check, 20);
    };
    check();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'naskah-lsp-'));
  cpSync(join(FIXTURES, 'mini'), dir, { recursive: true });
  child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'cli', 'main.js'), 'lsp'], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });
  rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiagnostic[] }) => published.set(p.uri, p.diagnostics));
  rpc.listen();
  const init = await rpc.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null });
  expect(init.capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true });
  await rpc.sendNotification('initialized', {});
  file = join(dir, 'content', 'mini', 'naskah.yaml');
  uri = pathToFileURL(file).href;
  text = readFileSync(file, 'utf8');
});

afterAll(async () => {
  await rpc?.sendRequest('shutdown').catch(() => undefined);
  await rpc?.sendNotification('exit').catch(() => undefined);
  rpc?.dispose();
  child?.kill();
});

/** 0-based line/character of the first occurrence of `needle` (plus `delta` characters). */
function at(needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('naskah lsp', () => {
  it('publishes diagnostics of the unsaved buffer, with a code action that applies the fix', async () => {
    // A zero-width space typed into the buffer (not saved): NSK107 at its exact place, fixable.
    const edited = text.replace('SLRT mempunyai fungsi', 'SLRT mempunyai\u200b fungsi');
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: edited } });
    const ds = await diagnosticsWhere(uri, (d) => d.some((x) => x.code === 'NSK107'));
    const d = ds.find((x) => x.code === 'NSK107')!;
    expect(d.range.start).toEqual(at('SLRT mempunyai fungsi', 'SLRT mempunyai'.length));
    expect(d.message).toContain('Karakter tak terlihat');
    expect(ds.find((x) => x.code === 'NSK306')?.severity).toBe(2);
    const actions = await rpc.sendRequest<{ title: string; edit: { changes: Record<string, { range: { start: unknown; end: unknown }; newText: string }[]> } }[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.title.startsWith('hapus'));
    expect(fix?.edit.changes[uri]).toEqual([{ range: { start: d.range.start, end: { line: d.range.start.line, character: d.range.start.character + 1 } }, newText: '' }]);
    // The file on disk was never touched.
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('clears the diagnostic when the buffer is fixed', async () => {
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    await diagnosticsWhere(uri, (d) => !d.some((x) => x.code === 'NSK107') && d.some((x) => x.code === 'NSK306'));
  });

  it('shows what a [[id]] reference resolves to, and goes to its definition', async () => {
    const hover = await rpc.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: at('[[fungsi-identifikasi]]', 4) });
    expect(hover.contents.value).toMatch(/^\*\*Pasal 2 huruf b\*\* \(mini\)\n\nb\. identifikasi keluhan, rujukan, dan penanganan keluhan yang meliputi/);
    const def = await rpc.sendRequest<{ uri: string; range: { start: { line: number } } }>('textDocument/definition', { textDocument: { uri }, position: at('[[fungsi-identifikasi]]', 4) });
    expect(def.uri).toBe(uri);
    expect(def.range.start.line).toBe(at('- id: fungsi-identifikasi').line);
  });

  it('completes reference ids after [[ and registry keys in mengingat', async () => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('Puskesos [[puskesos-dibentuk]]'));
    const col = lines[line]!.indexOf('[[puskesos-dibentuk]]') + 2;
    const ids = await rpc.sendRequest<{ label: string; detail: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: col } });
    expect(ids.find((i) => i.label === 'rujukan-pd')?.detail).toBe('Pasal 2 huruf b angka 2 (mini)');
    const withList = text.replace(/^mengingat: \[.*\]$/m, 'mengingat:\n  - uu-11-2009\n  - ');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: withList }] });
    const mLines = withList.split('\n');
    const mLine = mLines.findIndex((l) => l === '  - ');
    const keys = await rpc.sendRequest<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: mLine, character: 4 } });
    expect(keys.map((k) => k.label)).toEqual(expect.arrayContaining(['uu-11-2009', 'permensos-15-2018']));
  });

  it('renames an id across documents: definition, references in the Perbup and in the Pedoman', async () => {
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text }] });
    const edit = await rpc.sendRequest<{ changes: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> }>('textDocument/rename', { textDocument: { uri }, position: at('[[fungsi-identifikasi]]', 5), newName: 'fungsi-penanganan' });
    const bab2 = pathToFileURL(join(dir, 'content', 'mini-pedoman', 'bab-2.md')).href;
    expect(Object.keys(edit.changes).sort()).toEqual([uri, bab2].sort());
    const inPerbup = edit.changes[uri]!.map((e) => e.range.start).sort((x, y) => x.line - y.line);
    expect(inPerbup).toEqual([at('fungsi-identifikasi'), at('[[fungsi-identifikasi]]', 2)]);
    expect(edit.changes[uri]!.every((e) => e.newText === 'fungsi-penanganan' && e.range.end.character - e.range.start.character === 'fungsi-identifikasi'.length)).toBe(true);
    const md = readFileSync(join(dir, 'content', 'mini-pedoman', 'bab-2.md'), 'utf8').split('\n');
    const mdLine = md.findIndex((l) => l.includes('[[fungsi-identifikasi]]'));
    expect(edit.changes[bab2]).toEqual([{ range: { start: { line: mdLine, character: md[mdLine]!.indexOf('[[fungsi-identifikasi]]') + 2 }, end: { line: mdLine, character: md[mdLine]!.indexOf('[[fungsi-identifikasi]]') + 2 + 19 } }, newText: 'fungsi-penanganan' }]);
    await expect(rpc.sendRequest('textDocument/rename', { textDocument: { uri }, position: at('[[fungsi-identifikasi]]', 5), newName: 'puskesos' })).rejects.toThrow(/sudah dipakai dalam mini/);
  });

  it('shows "Pasal 3 ayat (1)" and the ayat text for a reference to an ayat, and "tidak dikenal" for an unknown id', async () => {
    const hover = await rpc.sendRequest<{ contents: { value: string }; range: { start: { line: number; character: number }; end: { character: number } } }>('textDocument/hover', { textDocument: { uri }, position: at('[[puskesos-dibentuk]] melaksanakan', 3) });
    expect(hover.contents.value).toBe('**Pasal 3 ayat (1)** (mini)\n\n(1) Puskesos dibentuk di setiap Desa dan Kelurahan.');
    expect(hover.range.start).toEqual(at('[[puskesos-dibentuk]] melaksanakan', 2));
    expect(hover.range.end.character - hover.range.start.character).toBe('puskesos-dibentuk'.length);
    const typo = text.replace('Puskesos [[puskesos-dibentuk]] melaksanakan', 'Puskesos [[puskesos-dibentk]] melaksanakan');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: typo }] });
    const lines = typo.split('\n');
    const line = lines.findIndex((l) => l.includes('[[puskesos-dibentk]]'));
    const unknown = await rpc.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line]!.indexOf('[[puskesos-dibentk]]') + 4 } });
    expect(unknown.contents.value).toBe('Rujukan `puskesos-dibentk` tidak dikenal.');
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ text }] });
  });

  it('resolves a Pedoman chapter\'s [[id]] to the Perbup: hover, definition and completion in Markdown', async () => {
    const md = join(dir, 'content', 'mini-pedoman', 'bab-2.md');
    const mdUri = pathToFileURL(md).href;
    const mdText = readFileSync(md, 'utf8');
    const lines = mdText.split('\n');
    const line = lines.findIndex((l) => l.includes('[[fungsi-identifikasi]]'));
    const character = lines[line]!.indexOf('[[fungsi-identifikasi]]') + 5;
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: mdUri, languageId: 'markdown', version: 1, text: mdText } });
    const hover = await rpc.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: mdUri }, position: { line, character } });
    expect(hover.contents.value).toMatch(/^\*\*Pasal 2 huruf b\*\* \(mini\)\n\nb\. identifikasi keluhan/);
    const def = await rpc.sendRequest<{ uri: string; range: { start: { line: number } } }>('textDocument/definition', { textDocument: { uri: mdUri }, position: { line, character } });
    expect(def.uri).toBe(uri);
    expect(def.range.start.line).toBe(at('- id: fungsi-identifikasi').line);
    // Typing "[[pusk" at the end of the chapter offers the Perbup's ids with their labels.
    const typed = `${mdText.trimEnd()}\nLihat [[pusk`;
    await rpc.sendNotification('textDocument/didChange', { textDocument: { uri: mdUri, version: 2 }, contentChanges: [{ text: typed }] });
    const last = typed.split('\n');
    const items = await rpc.sendRequest<{ label: string; detail: string }[]>('textDocument/completion', { textDocument: { uri: mdUri }, position: { line: last.length - 1, character: last[last.length - 1]!.length } });
    expect(items.find((i) => i.label === 'puskesos-dibentuk')?.detail).toBe('Pasal 3 ayat (1) (mini)');
    expect(items.find((i) => i.label === 'puskesos-tugas')?.detail).toBe('Pasal 3 ayat (2) (mini)');
    await rpc.sendNotification('textDocument/didClose', { textDocument: { uri: mdUri } });
  });

  it('renames from the `id:` line too, and refuses a name that is not an id', async () => {
    const edit = await rpc.sendRequest<{ changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]> }>('textDocument/rename', { textDocument: { uri }, position: at('- id: fungsi-identifikasi', 8), newName: 'fungsi-penanganan' });
    const bab2 = pathToFileURL(join(dir, 'content', 'mini-pedoman', 'bab-2.md')).href;
    expect(Object.keys(edit.changes).sort()).toEqual([uri, bab2].sort());
    expect(edit.changes[uri]!.map((e) => e.range.start).sort((x, y) => x.line - y.line)).toEqual([at('fungsi-identifikasi'), at('[[fungsi-identifikasi]]', 2)]);
    await expect(rpc.sendRequest('textDocument/rename', { textDocument: { uri }, position: at('- id: fungsi-identifikasi', 8), newName: 'Fungsi Penanganan' })).rejects.toThrow('Id `Fungsi Penanganan` tidak sah: gunakan huruf kecil, angka, dan tanda hubung.');
  });
});

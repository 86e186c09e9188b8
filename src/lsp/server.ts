/**
 * `naskah lsp`: a Language Server over stdio. Open YAML/Markdown buffers override their files
 * (load/overlay.ts), the project is analysed through the pipeline after each pause in typing, and
 * naskah's diagnostics are published for every file that has some; code actions apply `--fix`
 * fixes, `[[id]]` gets hover and go-to-definition, ids and registry keys complete.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { CodeActionKind, CompletionItemKind, createConnection, ResponseError, ErrorCodes, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearOverlay, setOverlay } from '../load/overlay.js';
import { findProject, type ProjectPaths } from '../load/project.js';
import { sourceDate } from '../util/source-date.js';
import { allUnits, analyse, documentOf, lookupUnit, type Analysis } from './analysis.js';
import { definitionAt, ID_PATTERN, renameEdits } from './rename.js';
import { documentFor, editsOf, rangeOf, toLsp } from './convert.js';
import { inMengingat, labelOf, openReference, referenceAt, textOf } from './units.js';

/** Milliseconds of quiet typing before the project is analysed again. */
const DEBOUNCE_MS = 150;

/** Starts the server on stdin/stdout; resolves with the exit code when the client goes away. */
export function startLanguageServer(cwd: string): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  return new Promise((resolve) => {
    serve(connection, cwd);
    connection.onExit(() => resolve(0));
    connection.listen();
  });
}

function serve(connection: Connection, cwd: string): void {
  const documents = new TextDocuments(TextDocument);
  let paths: ProjectPaths | null = null;
  let date = '';
  let analysis: Analysis | null = null;
  let published = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  const open = (uri: string): TextDocument | undefined => documents.get(uri);

  connection.onInitialize((params) => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    paths = findProject(root ? fileURLToPath(root) : cwd) ?? findProject(cwd);
    if (paths) date = sourceDate(paths.content, process.env);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['[', ',', ' ', '-'] },
        renameProvider: true,
      },
      serverInfo: { name: 'naskah' },
    };
  });

  const run = (): void => {
    timer = null;
    if (!paths) return;
    analysis = analyse(paths, date, analysis);
    const now = new Set<string>();
    for (const [abs, list] of analysis.findings) {
      const uri = pathToFileURL(abs).href;
      const doc = documentFor(abs, open);
      now.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: list.map((f) => toLsp(f.diagnostic, doc)) });
    }
    for (const uri of published) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    published = now;
  };
  const schedule = (delay = DEBOUNCE_MS): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  const current = (): Analysis | null => {
    if (timer) {
      clearTimeout(timer);
      run();
    }
    return analysis;
  };

  documents.onDidOpen((e) => {
    setOverlay(fileURLToPath(e.document.uri), e.document.getText());
    schedule(analysis ? DEBOUNCE_MS : 0);
  });
  documents.onDidChangeContent((e) => {
    setOverlay(fileURLToPath(e.document.uri), e.document.getText());
    schedule();
  });
  documents.onDidClose((e) => {
    clearOverlay(fileURLToPath(e.document.uri));
    schedule();
  });
  connection.onDidChangeWatchedFiles(() => schedule());

  connection.onCodeAction((params) => {
    const a = current();
    if (!a) return [];
    const doc = open(params.textDocument.uri) ?? null;
    const actions: CodeAction[] = [];
    for (const f of a.findings.get(fileURLToPath(params.textDocument.uri)) ?? []) {
      if (!f.fix) continue;
      const range = rangeOf(f.diagnostic, doc);
      if (range.end.line < params.range.start.line || range.start.line > params.range.end.line) continue;
      const changes = editsOf(f.fix.edits, open);
      if (changes) actions.push({ title: f.fix.description, kind: CodeActionKind.QuickFix, diagnostics: [toLsp(f.diagnostic, doc)], edit: { changes }, isPreferred: true });
    }
    return actions;
  });

  connection.onHover((params) => {
    const doc = open(params.textDocument.uri);
    const ref = doc ? referenceAt(doc.getText(), doc.offsetAt(params.position)) : null;
    const a = current();
    const known = ref && a && paths ? lookupUnit(a, ref.id, documentOf(paths, fileURLToPath(params.textDocument.uri))) : undefined;
    if (!doc || !ref) return null;
    const range = { start: doc.positionAt(ref.start), end: doc.positionAt(ref.end) };
    if (!known) return { range, contents: { kind: 'markdown', value: `Rujukan \`${ref.id}\` tidak dikenal.` } };
    const text = textOf(known);
    return { range, contents: { kind: 'markdown', value: `**${labelOf(known)}** (${known.documentId})${text ? `\n\n${text}` : ''}` } };
  });

  connection.onDefinition((params) => {
    const doc = open(params.textDocument.uri);
    const ref = doc ? referenceAt(doc.getText(), doc.offsetAt(params.position)) : null;
    const a = current();
    const source = ref && a && paths ? lookupUnit(a, ref.id, documentOf(paths, fileURLToPath(params.textDocument.uri)))?.unit.source : null;
    if (!source || !paths) return null;
    const at = { line: source.line - 1, character: source.column - 1 };
    return { uri: pathToFileURL(join(paths.root, source.file)).href, range: { start: at, end: at } };
  });

  connection.onCompletion((params) => {
    const doc = open(params.textDocument.uri);
    const a = current();
    if (!doc || !a) return [];
    const offset = doc.offsetAt(params.position);
    const text = doc.getText();
    if (openReference(text, offset) !== null) {
      return allUnits(a).map((u) => ({ label: u.unit.id, kind: CompletionItemKind.Reference, detail: `${labelOf(u)} (${u.documentId})` }));
    }
    if (inMengingat(text, offset)) return [...a.registry].map(([key, detail]) => ({ label: key, kind: CompletionItemKind.Constant, detail }));
    return [];
  });

  connection.onRenameRequest((params) => {
    const doc = open(params.textDocument.uri);
    const a = current();
    if (!doc || !a || !paths) return null;
    const offset = doc.offsetAt(params.position);
    const name = referenceAt(doc.getText(), offset)?.id ?? definitionAt(doc.getText(), offset);
    const target = name ? lookupUnit(a, name, documentOf(paths, fileURLToPath(params.textDocument.uri))) : undefined;
    if (!target) throw new ResponseError(ErrorCodes.InvalidRequest, 'Letakkan kursor pada id unsur (`id: …`, `pasal: …`) atau pada rujukan [[id]].');
    if (!ID_PATTERN.test(params.newName)) throw new ResponseError(ErrorCodes.InvalidParams, `Id \`${params.newName}\` tidak sah: gunakan huruf kecil, angka, dan tanda hubung.`);
    if (a.units.get(target.documentId)?.has(params.newName)) throw new ResponseError(ErrorCodes.InvalidParams, `Id \`${params.newName}\` sudah dipakai dalam ${target.documentId}.`);
    const read = (abs: string): string | null => documentFor(abs, open)?.getText() ?? null;
    const changes = editsOf(renameEdits(paths, a, target, params.newName, read), open);
    return changes ? { changes } : null;
  });

  documents.listen(connection);
}

// The naskah extension for VS Code: starts `naskah lsp` (stdio) for the YAML and Markdown sources of a
// naskah project (a folder with content/daerah.yaml). Everything else is the language server's work.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The command that runs naskah: the setting, the project's node_modules/.bin/naskah, or naskah on PATH. */
function naskahCommand(root) {
  const configured = vscode.workspace.getConfiguration('naskah').get('command') || [];
  if (configured.length > 0) return { command: configured[0], args: configured.slice(1) };
  const local = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'naskah.cmd' : 'naskah');
  return { command: fs.existsSync(local) ? local : 'naskah', args: [] };
}

function activate(context) {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) return;
  const root = folder.uri.fsPath;
  const { command, args } = naskahCommand(root);
  const run = { command, args: [...args, 'lsp'], transport: TransportKind.stdio, options: { cwd: root } };
  client = new LanguageClient('naskah', 'naskah', { run, debug: run }, {
    documentSelector: [
      { scheme: 'file', language: 'yaml', pattern: '**/content/**' },
      { scheme: 'file', language: 'markdown', pattern: '**/content/**' },
    ],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/content/**/*.{yaml,yml,md}') },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

#!/usr/bin/env node
/**
 * The naskah command line: build, check, explain. Exit codes: 0 success, 1 content errors,
 * 2 usage error, 3 internal error (src/cli/help.ts). User mistakes never produce a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toolRoot } from '../load/project.js';
import { closest } from '../util/suggest.js';
import { COMMAND_HELP, COMMANDS, HELP } from './help.js';
import { UsageError, wantsColour, type Io } from './io.js';

/** Runs the CLI with arguments and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      // Every option of every command is declared here; each command rejects what it does not use.
      options: {
        format: { type: 'string' },
        strict: { type: 'boolean' },
        fix: { type: 'boolean' },
        apply: { type: 'boolean' },
        label: { type: 'string' },
        revision: { type: 'string' },
        paraf: { type: 'boolean' },
        out: { type: 'string' },
        daerah: { type: 'string' },
        provinsi: { type: 'string' },
        tentang: { type: 'string' },
        peraturan: { type: 'string' },
        port: { type: 'string' },
        open: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.version) {
      const pkg = JSON.parse(readFileSync(join(toolRoot(), 'package.json'), 'utf8')) as { version: string };
      io.out(`naskah ${pkg.version}`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (command === 'help' && rest[0] !== undefined) return commandHelp(rest[0], io);
    if (values.help && command !== undefined && command !== 'help') return commandHelp(command, io);
    if (values.help || command === undefined || command === 'help') {
      io.out(HELP);
      return command === undefined && !values.help ? 2 : 0;
    }
    if (values.quiet) io = { ...io, quiet: true };
    switch (command) {
      // Commands are imported when used: a start-up pays only for the command it runs.
      case 'build': return await (await import('./build.js')).runBuild(rest, { format: values.format, strict: values.strict ?? false, revision: values.revision, paraf: values.paraf ?? false }, io);
      case 'check': return await (await import('./check.js')).runCheck(rest, { format: values.format, strict: values.strict ?? false, fix: values.fix ?? false }, io);
      case 'rules': return (await import('./rules.js')).runRules(rest, { format: values.format }, io);
      case 'explain': return (await import('./explain.js')).runExplain(rest, io);
      case 'revision': return await (await import('./revision.js')).runRevision(rest, { label: values.label }, io);
      case 'diff': return await (await import('./diff.js')).runDiff(rest, { strict: values.strict ?? false }, io);
      case 'package': return await (await import('./package.js')).runPackage(rest, { out: values.out }, io);
      case 'init': return (await import('./init.js')).runInit(rest, { daerah: values.daerah, provinsi: values.provinsi, tentang: values.tentang }, io);
      case 'review': return await (await import('./review.js')).runReview(rest, { format: values.format, apply: values.apply ?? false }, io);
      case 'new': return (await import('./init.js')).runNew(rest, { tentang: values.tentang, peraturan: values.peraturan }, io);
      case 'preview': return await (await import('./preview.js')).runPreview(rest, { port: values.port, open: values.open ?? false }, io);
      case 'lsp': return await (await import('./lsp.js')).runLsp(rest, io);
      default: {
        const near = closest(command, COMMANDS);
        throw new UsageError(`Perintah \`${command}\` tidak dikenal.${near ? ` Mungkin maksud Anda \`${near}\`?` : ''}`);
      }
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`naskah: ${error instanceof UsageError ? error.message : translateParseError(error as Error)}`);
      io.err('Jalankan `naskah --help` untuk melihat pemakaian.');
      return 2;
    }
    io.err(`naskah: kesalahan internal: ${(error as Error).message}`);
    io.err('Ini bukan kesalahan dalam naskah Anda; laporkan kepada pengembang beserta perintah yang dijalankan.');
    if (process.env['NASKAH_DEBUG']) io.err(String((error as Error).stack));
    return 3;
  }
}

/** `naskah <command> --help` / `naskah help <command>`: the help of one command. */
function commandHelp(command: string, io: Io): number {
  const help = COMMAND_HELP[command];
  if (help) {
    io.out(help);
    return 0;
  }
  const near = closest(command, COMMANDS);
  throw new UsageError(`Perintah \`${command}\` tidak dikenal.${near ? ` Mungkin maksud Anda \`${near}\`?` : ''}`);
}

function translateParseError(error: Error): string {
  const m = /Unknown option '([^']+)'/.exec(error.message);
  if (m) return `Opsi \`${m[1]}\` tidak dikenal.`;
  if (/argument missing/.test(error.message)) return 'Opsi memerlukan nilai.';
  return error.message;
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry || process.argv[1]?.endsWith('/naskah')) {
  // A reader that stops early (`naskah check | head`) closes the pipe: finish quietly, no stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  main(process.argv.slice(2), { out: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`), isTTY: process.stderr.isTTY === true, colour: wantsColour(process.env, process.stderr.isTTY === true), cwd: process.cwd(), env: process.env }).then((code) => {
    process.exitCode = code;
  });
}

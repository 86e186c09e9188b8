/** What the CLI talks to, so transcripts can be tested in-process. */
export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** True when stderr is a terminal (progress lines with timings). */
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Colour in diagnostics (a terminal, unless NO_COLOR; or FORCE_COLOR). */
  readonly colour?: boolean;
  /** `--quiet`: only errors, no progress or summary lines of success. */
  readonly quiet?: boolean;
  /** `--progress`: progress lines of long work on stderr even when it is no terminal (src/cli/progress.ts). */
  readonly progress?: boolean;
}

/** Whether to colour stderr: FORCE_COLOR forces it, NO_COLOR (https://no-color.org) turns it off, else a terminal decides. */
export function wantsColour(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTTY && env['TERM'] !== 'dumb';
}

/** A usage mistake: exit code 2. */
export class UsageError extends Error {}

/**
 * When progress lines are shown (issue 16 point 6, as cargo and pandoc's --verbose do): only for a
 * person watching — stderr is a terminal, or `--progress` asks for them (e.g. in a CI log); never under
 * `--quiet`; always on stderr, so stdout stays machine output. Used by package, diff, build and the bench.
 */
import type { Progress } from '../util/progress.js';
import type { Io } from './io.js';

/** What decides whether progress is shown. */
export interface ProgressMode {
  readonly isTTY: boolean;
  readonly quiet?: boolean | undefined;
  /** `--progress`: show progress even when stderr is no terminal. */
  readonly progress?: boolean | undefined;
}

/** Whether progress lines are shown: a terminal or `--progress`, and not `--quiet`. */
export function wantsProgress(mode: ProgressMode): boolean {
  return mode.quiet !== true && (mode.progress === true || mode.isTTY);
}

/** The progress receiver of a command: its steps go to stderr when shown, else nowhere. */
export function progressOf(io: Io): Progress | undefined {
  return wantsProgress(io) ? (step) => io.err(step) : undefined;
}

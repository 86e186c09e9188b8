/**
 * A full garbage collection between two large stages of one command (issue 11). V8 collects when
 * JavaScript allocates, but a Typst layout allocates outside the JavaScript heap: the garbage of the
 * stage before it (two DOCX trees of a huge redline, ± 1 GiB) would stay resident beside Typst's own
 * memory. `--expose-gc` can be turned on after start-up; the collector is then read from a new context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** Runs a full garbage collection (a no-op where the collector cannot be reached). */
export function releaseMemory(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/** `naskah explain CODE`: the long explanation of a diagnostic code. */
import { lookupCode } from '../diagnostics/codes.js';
import { UsageError, type Io } from './io.js';
import { runExplainRule } from './rules.js';

const LEVEL = { error: 'galat', warning: 'peringatan', info: 'info' } as const;

export function runExplain(args: readonly string[], io: Io): number {
  const [code] = args;
  if (!code) throw new UsageError('Sebutkan kode yang ingin dijelaskan, mis. `naskah explain NSK301`.');
  if (/^TN-/i.test(code)) return runExplainRule(code, io);
  const info = lookupCode(code);
  if (!info) throw new UsageError(`Kode \`${code}\` tidak dikenal.`);
  io.out(`${info.code} (${LEVEL[info.severity]}): ${info.title}\n\n${info.explanation}`);
  return 0;
}

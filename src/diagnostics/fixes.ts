/**
 * Fixes travel beside diagnostics without changing the diagnostic's data shape: the lint phase attaches a
 * fix to the diagnostic object it made (or to an earlier phase's diagnostic reporting the same mistake),
 * and `naskah check --fix` reads it back from the diagnostics `loadDocument` returns.
 */
import type { Diagnostic, Fix } from './types.js';

const FIXES = new WeakMap<Diagnostic, Fix>();

/** Attaches a fix to a diagnostic (the first fix wins). */
export function attachFix(diagnostic: Diagnostic, fix: Fix): void {
  if (!FIXES.has(diagnostic)) FIXES.set(diagnostic, fix);
}

/** The fix attached to a diagnostic, if any. */
export function fixOf(diagnostic: Diagnostic): Fix | undefined {
  return FIXES.get(diagnostic);
}

/**
 * Loads the IR of a document at a revision. An old revision is checked with today's schemas and
 * rules; when that stops the loader, schema errors become NSK603 ("no longer validates") and other
 * errors NSK609, each on top of the underlying diagnostics, which point into the snapshot (or at
 * `git:<ref>:<path>`).
 */
import { loadDocument, type LoadOptions, type Loaded } from './load-document.js';
import { diag, hasErrors } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { RevisionSource } from '../revision/open.js';

/** Loads document `id` from the revision's sources. */
export function loadRevision(source: RevisionSource, id: string, options: LoadOptions): Loaded {
  const loaded = loadDocument(source.paths, id, options);
  const diagnostics: Diagnostic[] = loaded.diagnostics.map((d) => ({ ...d, file: source.display(d.file), ...(d.related ? { related: d.related.map((r) => ({ ...r, file: source.display(r.file) })) } : {}) }));
  // Findings that still let the loader produce the IR (e.g. tata naskah rules in a rancangan) do not stop a diff.
  if (!source.historical || loaded.ir !== null || !hasErrors(diagnostics)) return { ...loaded, diagnostics };
  const first = diagnostics.find((d) => d.severity === 'error')!;
  const schema = diagnostics.some((d) => d.severity === 'error' && /^NSK2\d\d$/.test(d.code));
  const head = schema
    ? diag('NSK603', { file: first.file, start: first.start, message: `${capital(source.description)} ("${source.label}") tidak lagi sah menurut skema yang berlaku sekarang.`, hint: 'Revisi tidak boleh disunting. Bandingkan dengan revisi lain, atau simpan sumber yang telah disesuaikan sebagai revisi baru.' })
    : diag('NSK609', { file: first.file, start: first.start, message: `${capital(source.description)} ("${source.label}") memuat galat dan tidak dapat dimuat.`, hint: 'Galat di bawah ini menunjuk berkas revisi itu. Bandingkan dengan revisi lain.' });
  return { ...loaded, ir: null, diagnostics: [head, ...diagnostics] };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

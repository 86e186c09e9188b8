/**
 * Confines every path that a source names (lambang, Markdown images, Pedoman chapters, kata pengantar,
 * `lampiran.sumber`) to the project (issue 22, "a path in a source never reaches outside the project").
 * A path is accepted when it is relative and, resolved against the file that names it — symlinks
 * included, for the file itself or any folder on the way — it stays inside the project root. One
 * function for every reader, so no reader can forget a case.
 */
import { isAbsolute, resolve } from 'node:path';
import { isBelow, isInside } from '../util/inside.js';

/** Why a path was refused. */
export type Refusal = 'absolute' | 'outside' | 'link-outside';

/** The absolute path of an accepted path, or why it was refused. */
export type Confined = { readonly ok: true; readonly absPath: string } | { readonly ok: false; readonly reason: Refusal };

/**
 * Resolves `path` as written in a source inside folder `baseDir` and checks that it stays within `root`.
 * A missing file is accepted here (its reader reports it as missing, at the same place).
 */
export function confine(root: string, baseDir: string, path: string): Confined {
  if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\')) return { ok: false, reason: 'absolute' };
  const absPath = resolve(baseDir, path);
  if (!isBelow(resolve(root), absPath)) return { ok: false, reason: 'outside' };
  if (!isInside(root, absPath)) return { ok: false, reason: 'link-outside' };
  return { ok: true, absPath };
}

/** The Indonesian message and hint of a refusal (diagnostic NSK104). */
export function refusalText(path: string, reason: Refusal): { message: string; hint: string } {
  const message =
    reason === 'absolute'
      ? `Jalur ${JSON.stringify(path)} adalah jalur mutlak; sumber hanya boleh menunjuk berkas di dalam folder proyek.`
      : reason === 'outside'
        ? `Jalur ${JSON.stringify(path)} menunjuk ke luar folder proyek.`
        : `Jalur ${JSON.stringify(path)} melalui tautan simbolik yang menunjuk ke luar folder proyek.`;
  return { message, hint: 'Salin berkas itu ke dalam folder proyek (mis. content/…) dan tulis jalurnya relatif terhadap berkas ini, tanpa "..", jalur mutlak, atau tautan ke luar.' };
}

/**
 * Images named in the IR (the kop lambang, Lampiran figures) are absolute paths on disk, outside
 * the Typst workspace. They are read here and mapped into the workspace as shadow files; the
 * template receives a dictionary from IR path to mapped path and draws a marked placeholder
 * for any path missing from it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { Naskah, SourcePos } from '../../ir/types.js';
import { relatifKeAkar } from './diagnostics.js';

/** Code for an image that cannot be read (drawn as a placeholder). */
export const KODE_GAMBAR_HILANG = 'NSK403';

/** Image formats Typst reads, by extension. */
const FORMAT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp']);

/** An image to map: where it is on disk and where the IR names it. */
export interface Aset {
  readonly jalur: string;
  readonly sumber: SourcePos | null;
  readonly apa: 'lambang' | 'gambar';
}

/** Every image path the IR uses, in document order, without duplicates. */
export function asetDalam(ir: Naskah): Aset[] {
  const hasil = new Map<string, Aset>();
  if (ir.kop.lambang !== null) hasil.set(ir.kop.lambang, { jalur: ir.kop.lambang, sumber: null, apa: 'lambang' });
  for (const l of ir.lampiran) {
    for (const b of l.isi) {
      if (b.kind === 'gambar' && !hasil.has(b.path)) hasil.set(b.path, { jalur: b.path, sumber: b.source, apa: 'gambar' });
    }
  }
  return [...hasil.values()];
}

/** A read image, ready to be mapped under `nama` in the data folder. */
export interface AsetTerbaca {
  readonly jalur: string;
  readonly nama: string;
  readonly isi: Buffer;
}

/** Reads the images; unreadable ones become NSK403 warnings and are left out (placeholder). */
export async function bacaAset(
  daftar: readonly Aset[],
  akar: string,
): Promise<{ readonly terbaca: AsetTerbaca[]; readonly diagnostics: Diagnostic[] }> {
  const terbaca: AsetTerbaca[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, a] of daftar.entries()) {
    const ext = path.extname(a.jalur).toLowerCase();
    let sebab: string | null = null;
    if (!FORMAT.has(ext)) {
      sebab = `formatnya (${ext || 'tanpa ekstensi'}) tidak didukung; gunakan PNG, JPG, GIF, SVG atau WebP`;
    } else {
      try {
        terbaca.push({ jalur: a.jalur, nama: `aset/${i}${ext}`, isi: await readFile(a.jalur) });
      } catch (e) {
        sebab = `berkasnya tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
      }
    }
    if (sebab !== null) {
      const apa = a.apa === 'lambang' ? 'Lambang kop' : 'Gambar';
      diagnostics.push({
        code: KODE_GAMBAR_HILANG,
        severity: 'warning',
        message: `${apa} "${a.jalur}" tidak dapat dipasang di PDF: ${sebab}. PDF memakai kotak pengganti.`,
        file: a.sumber?.file ?? relatifKeAkar(akar, a.jalur),
        start: a.sumber ? { line: a.sumber.line, column: a.sumber.column } : { line: 1, column: 1 },
        hint: 'Periksa jalur berkas gambar (untuk lambang: data daerah), pastikan berkasnya ada dan dapat dibaca, lalu bangun ulang.',
      });
    }
  }
  return { terbaca, diagnostics };
}

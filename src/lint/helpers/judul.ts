/** Title case of Bagian and Paragraf titles (TN-BT-02, TN-BT-03). */
import { isAllCaps, titleCase } from '../words.js';
import type { AuthorText } from '../../ir-index/text.js';
import type { Report } from '../types.js';
import { caseFix } from './edits.js';

/** Checks a Bagian or Paragraf title for title case (shared with TN-BT-03). */
export function judulTitleCase(t: AuthorText, kind: string, report: Report): void {
  const title = t.value.trim();
  const start = t.value.indexOf(title);
  if (title.split(/\s+/).length > 1 && isAllCaps(title)) {
    report({ place: { text: t, index: start, length: title.length }, message: `Judul ${kind} "${title}" ditulis seluruhnya dengan huruf kapital.`, hint: `Tulis dengan huruf awal kapital: "${titleCase(title.toLowerCase())}".` });
    return;
  }
  const expected = titleCase(title);
  if (expected !== title) report({ place: { text: t, index: start, length: title.length }, message: `Judul ${kind} "${title}" tidak ditulis dengan huruf awal kapital yang benar.`, hint: `Tulis "${expected}" (kata tugas seperti "dan", "di", "untuk" dengan huruf kecil).`, fix: caseFix(t, start, expected, `tulis judul ${kind} "${expected}"`) });
  const end = /\s*[.,;:]+\s*$/.exec(t.value);
  if (end) report({ place: { text: t, index: end.index, length: end[0].length }, message: `Judul ${kind} diakhiri tanda baca "${end[0].trim()}".`, hint: 'Hapus tanda baca di akhir judul.' });
}

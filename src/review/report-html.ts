/**
 * ulasan.html: the review report as one self-contained HTML page (no script, no outside resource),
 * the same sections and lines as ulasan.md (report.ts), with untracked edits set apart in red so they
 * are not overlooked, and every source position shown as code. Deterministic: same review ⇒ same bytes.
 */
import type { Finding } from './compare.js';
import type { ReviewResult } from './import.js';
import { findingLine, summary, unitHeading } from './report.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = [
  'body{font-family:"Bookman Old Style","TeX Gyre Bonum",Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}',
  'h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #999}',
  'li{margin:.35rem 0}code{font-size:.9em;background:#f2f2f2;padding:0 .2em}',
  'li.tak-terlacak{color:#a00000;font-weight:bold}li.komentar{color:#003c80}',
  '.ringkasan{padding:.5rem .8rem;border:1px solid #999}.periksa{border-color:#a00000;border-width:2px}',
].join('');

/** A finding's line with its source position as code. */
function item(f: Finding): string {
  const text = esc(findingLine(f));
  const where = f.file ? `${f.file}:${f.line}:${f.column}` : null;
  return `<li class="${f.kind}">${where ? text.replace(esc(where), `<code>${esc(where)}</code>`) : text}</li>`;
}

/** The report as an HTML page. */
export function reportHtml(r: ReviewResult): string {
  const untracked = r.findings.some((f) => f.kind === 'tak-terlacak');
  const out = [
    '<!DOCTYPE html>',
    '<html lang="id">',
    '<head><meta charset="utf-8">',
    `<title>Ulasan ${esc(r.id)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    `<h1>Ulasan ${esc(r.id)} dari ${esc(r.docx)}</h1>`,
    `<p class="ringkasan${untracked ? ' periksa' : ''}">${esc(summary(r))}</p>`,
  ];
  let unit: string | null | undefined;
  for (const f of r.findings) {
    if (f.unit !== unit) {
      if (unit !== undefined) out.push('</ul>');
      unit = f.unit;
      out.push(`<h2>${esc(unitHeading(f))}</h2>`, '<ul>');
    }
    out.push(item(f));
  }
  if (unit !== undefined) out.push('</ul>');
  if (r.findings.length === 0) out.push('<p>Tidak ada komentar, perubahan terlacak, atau suntingan lain.</p>');
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

/**
 * perubahan.html: a self-contained side-by-side view of two revisions (RUMUSAN SEMULA | RUMUSAN
 * PERUBAHAN, KETERANGAN below), navigable by BAB and Pasal from a sidebar, with a switch that hides
 * unchanged entries. No scripts, no external files: inline CSS only, so it opens anywhere offline.
 */
import type { Entry, EntryStatus, Line } from '../../diff/entries.js';
import { renumberingSentence } from '../../diff/renumbering-summary.js';
import type { ChangeSet } from '../../diff/types.js';
import type { Piece } from '../../diff/words.js';

/** What the page is about. */
export interface ChangesPage {
  readonly judul: string;
  readonly semula: string;
  readonly perubahan: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function piecesHtml(list: readonly Piece[]): string {
  return list.map((p) => {
    const t = p.italic ? `<i>${esc(p.text)}</i>` : esc(p.text);
    return p.op === '-' ? `<del>${t}</del>` : p.op === '+' ? `<ins>${t}</ins>` : t;
  }).join('');
}

function lineHtml(b: Line): string {
  const cls = b.centred ? 'b tengah' : 'b';
  const style = b.level > 0 && !b.centred ? ` style="margin-left:${(b.level * 1.4).toFixed(1)}em"` : '';
  const label = b.label.length > 0 && !b.centred ? `<span class="lbl">${piecesHtml(b.label)}</span>` : '';
  const content = b.centred ? piecesHtml([...b.label, ...b.text]) : piecesHtml(b.text);
  return `<p class="${cls}"${style}>${label}<span>${content}</span></p>`;
}

const anchor = (i: number, e: Entry): string => `e${i + 1}-${((e.root.b ?? e.root.a)!.key).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

/** What the page calls each entry status (KETERANGAN prefix). */
const STATUS_LABEL: Record<EntryStatus, string> = { unchanged: 'tetap', inserted: 'disisipkan', deleted: 'dihapus', changed: 'diubah', renumbered: 'nomor saja' };

/** CSS class of each entry status (the page's stylesheet names them in Indonesian). */
const STATUS_CLASS: Record<EntryStatus, string> = { unchanged: 'sama', inserted: 'disisipkan', deleted: 'dihapus', changed: 'berubah', renumbered: 'nomor' };

const CSS = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 "Bookman Old Style","TeX Gyre Bonum",Georgia,serif;color:#111;background:#fafaf7}
header{padding:1em 1.5em;border-bottom:1px solid #ccc;background:#fff}header h1{font-size:1.15em;margin:0 0 .3em;text-align:center}
header p{margin:.15em 0}.ringkas span{display:inline-block;margin-right:1em}.ctl{margin-top:.5em}
#hanya{position:absolute;left:-9999px}.ctl label{cursor:pointer;border:1px solid #888;border-radius:4px;padding:.15em .6em;background:#f3f3f3}
#hanya:checked~.tata header .ctl label{background:#333;color:#fff}
.tata{display:grid;grid-template-columns:17em 1fr;min-height:100vh}
nav{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:.8em;border-right:1px solid #ddd;background:#fff;font-size:.85em}
nav details{margin-bottom:.4em}nav summary{cursor:pointer;font-weight:bold}nav ul{list-style:none;margin:.2em 0 .2em .6em;padding:0}
nav a{color:#124;text-decoration:none}nav a:hover{text-decoration:underline}nav .berubah a,nav .disisipkan a,nav .dihapus a{font-weight:bold}
nav .dot{display:inline-block;width:.6em;height:.6em;border-radius:50%;margin-right:.3em;background:#ccc}
.dot.berubah{background:#c80}.dot.disisipkan{background:#1a7f37}.dot.dihapus{background:#c00}.dot.nomor{background:#69c}
main{padding:1em 1.5em}section h2{font-size:1em;margin:1.4em 0 .5em;padding:.3em .5em;background:#eee;border-left:4px solid #555}
.entri{display:grid;grid-template-columns:1fr 1fr;gap:0 1.2em;border:1px solid #e3e3e3;background:#fff;margin:.5em 0;padding:.5em .8em;scroll-margin-top:1em}
.entri.berubah{border-left:4px solid #c80}.entri.disisipkan{border-left:4px solid #1a7f37}.entri.dihapus{border-left:4px solid #c00}.entri.nomor{border-left:4px solid #69c}
.kol{min-width:0}.kol.kosong{color:#888;font-style:italic}.ket{grid-column:1/3;font-size:.85em;color:#333;border-top:1px dashed #ddd;margin-top:.3em;padding-top:.2em}
.ket b{font-variant:small-caps}.b{margin:.15em 0;text-align:justify;display:flex;gap:.5em}.b .lbl{flex:0 0 2.2em}.b span:last-child{flex:1}
.b.tengah{justify-content:center;text-align:center;font-weight:bold}del{background:#ffe0e0;color:#900}ins{background:#dcf5dc;color:#064;text-decoration:underline}
.kepala{display:grid;grid-template-columns:1fr 1fr;gap:0 1.2em;font-weight:bold;font-size:.85em;text-transform:uppercase;letter-spacing:.03em;color:#555;position:sticky;top:0;background:#fafaf7;padding:.3em .8em;z-index:1}
#hanya:checked~.tata .entri.sama,#hanya:checked~.tata nav li.sama{display:none}
@media print{nav,.ctl{display:none}.tata{display:block}}
`;

/** Renders the side-by-side view. */
export function renderChangesHtml(entries: readonly Entry[], cs: ChangeSet, page: ChangesPage): string {
  const sections: { title: string; items: { e: Entry; i: number }[] }[] = [];
  entries.forEach((e, i) => {
    const last = sections[sections.length - 1];
    if (!last || last.title !== e.section) sections.push({ title: e.section, items: [{ e, i }] });
    else last.items.push({ e, i });
  });
  const navLink = (e: Entry, i: number): string => {
    const u = (e.root.b ?? e.root.a)!;
    const name = u.kind === 'definisi' && u.term ? `${u.number} ${u.term}` : u.kind === 'bab' ? u.address : u.address;
    return `<li class="${STATUS_CLASS[e.status]}"><a href="#${anchor(i, e)}"><span class="dot ${STATUS_CLASS[e.status]}"></span>${esc(name)}</a></li>`;
  };
  const nav = sections.map((s, k) => {
    const changed = s.items.filter(({ e }) => e.status !== 'unchanged').length;
    return `<details${changed > 0 || k === 0 ? ' open' : ''}><summary>${esc(s.title || 'Dokumen')}${changed > 0 ? ` (${changed})` : ''}</summary><ul>${s.items.map(({ e, i }) => navLink(e, i)).join('')}</ul></details>`;
  }).join('\n');
  const body = sections.map((s) => `<section><h2>${esc(s.title || 'Dokumen')}</h2>\n${s.items.map(({ e, i }) => {
    const semula = e.semula.length > 0 ? `<div class="kol">${e.semula.map(lineHtml).join('')}</div>` : '<div class="kol kosong">(belum ada)</div>';
    const perubahan = e.perubahan.length > 0 ? `<div class="kol">${e.perubahan.map(lineHtml).join('')}</div>` : '<div class="kol kosong">(dihapus)</div>';
    const note = e.status === 'unchanged' ? '' : `<div class="ket"><b>${STATUS_LABEL[e.status]}</b>: ${esc(e.keterangan.join('; '))}</div>`;
    return `<div class="entri ${STATUS_CLASS[e.status]}" id="${anchor(i, e)}">${semula}${perubahan}${note}</div>`;
  }).join('\n')}</section>`).join('\n');
  const s = cs.summary;
  const renumbering = renumberingSentence(entries);
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="naskah">
<title>${esc(`Perubahan — ${page.judul}`)}</title>
<style>${CSS}</style>
</head>
<body>
<input type="checkbox" id="hanya">
<div class="tata">
<nav aria-label="Navigasi BAB dan Pasal">${nav}</nav>
<div>
<header>
<h1>${esc(page.judul)}</h1>
<p><b>Rumusan semula:</b> ${esc(page.semula)}</p>
<p><b>Rumusan perubahan:</b> ${esc(page.perubahan)}</p>
<p class="ringkas"><span><span class="dot disisipkan"></span>${s.inserted} disisipkan</span><span><span class="dot dihapus"></span>${s.deleted} dihapus</span><span><span class="dot berubah"></span>${s.modified} diubah</span><span>${s.moved} dipindah</span><span><span class="dot nomor"></span>${s.renumbered} hanya nomor</span></p>
${renumbering ? `<p>${esc(renumbering)}</p>` : ''}
<p class="ctl"><label for="hanya">Tampilkan hanya yang berubah</label></p>
</header>
<main>
<div class="kepala"><span>Rumusan semula</span><span>Rumusan perubahan</span></div>
${body}
</main>
</div>
</div>
</body>
</html>
`;
}

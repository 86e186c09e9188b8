/**
 * The Markdown equivalent of a document for the pandoc route (issue 8): written from naskah's IR so
 * pandoc gets exactly the same words, numbers and reference phrases naskah typesets. Labelled items
 * become pandoc ordered lists (fancy_lists: "a.", "1.", "a)", "1)", "(1)"), which pandoc turns into
 * Word numbering, as a drafter using Word's automatic numbering would; tables become pipe tables.
 */
import { join, resolve } from 'node:path';
import type { BlokLampiran, BukuPedoman, ButirBerlabel, DaftarBerlabel, Dokumen, Naskah, Pengesahan, Rincian, Runs, Unit } from '../src/ir/types.js';

/** Backslash-escapes pandoc Markdown's inline punctuation (any ASCII punctuation may be escaped). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_[\]<>#`|$@~^]/g, (c) => `\\${c}`);
}

/** Escapes a paragraph's start so it is never read as a list marker or a heading. */
function escapeStart(text: string): string {
  return text.replace(/^(\(?)(\d+|[a-zA-Z])([.)])/, (_, open: string, n: string, close: string) => (open ? `\\(${n}${close}` : `${n}\\${close}`)).replace(/^([-+])/, '\\$1');
}

function runs(content: Runs): string {
  return content.map((r) => (r.kind === 'italic' ? `*${escapeMarkdown(r.text)}*` : escapeMarkdown(r.text))).join('');
}

function paragraph(text: string): string {
  return `${escapeStart(text)}\n`;
}

/** One list item line with its label as the pandoc list marker, nested items indented below it. */
function item(label: string, body: string, indent: number): string {
  const marker = label === '' ? '-' : label;
  const pad = ' '.repeat(indent);
  return `${pad}${marker} ${escapeStart(body)}`;
}

function rincianList(items: readonly Rincian[], indent: number): string[] {
  const lines: string[] = [];
  for (const r of items) {
    lines.push(item(r.label, runs(r.isi), indent));
    if (r.rincian.length > 0) lines.push('', ...rincianList(r.rincian, indent + 4));
  }
  return lines;
}

function labelledList(list: DaftarBerlabel): string[] {
  const out = [`**${escapeMarkdown(list.label)}** :`, ''];
  const labelled = list.butir.filter((b: ButirBerlabel) => b.label !== '');
  if (labelled.length === 0) out.push(...list.butir.map((b) => paragraph(runs(b.isi))));
  else out.push(...list.butir.map((b) => item(b.label, runs(b.isi), 0)), '');
  return out;
}

function unit(u: Unit, out: string[]): void {
  switch (u.kind) {
    case 'bab': out.push(`# ${escapeMarkdown(u.label)}`, '', `# ${escapeMarkdown(u.judul)}`, ''); break;
    case 'bagian':
    case 'paragraf': out.push(`## ${escapeMarkdown(u.label)}`, '', `## ${escapeMarkdown(u.judul)}`, ''); break;
    case 'pasal': {
      out.push(`### ${escapeMarkdown(u.label)}`, '');
      for (const ayat of u.ayat) {
        out.push(ayat.label === null ? paragraph(runs(ayat.isi)) : item(ayat.label, runs(ayat.isi), 0));
        if (ayat.rincian.length > 0) out.push('', ...rincianList(ayat.rincian, ayat.label === null ? 0 : 4));
        out.push('');
      }
      return;
    }
  }
  for (const child of u.isi) unit(child, out);
}

function pengesahan(p: Pengesahan): string[] {
  return [...p.baris.map((b) => paragraph(escapeMarkdown(b))), '', paragraph(`**${escapeMarkdown(p.nama)}**`)];
}

function tableRow(cells: readonly Runs[]): string {
  return `| ${cells.map((c) => runs(c).replace(/\n/g, ' ')).join(' | ')} |`;
}

function block(b: BlokLampiran, out: string[], files: OutputFiles): void {
  switch (b.kind) {
    case 'judul':
      out.push(b.level === 1 ? `# ${escapeMarkdown(b.label)}\n\n# ${escapeMarkdown(b.judul)}` : `${'#'.repeat(Math.min(b.level, 6))} ${escapeMarkdown(`${b.label} ${b.judul}`)}`, '');
      break;
    case 'alinea': out.push(paragraph(runs(b.isi))); break;
    case 'daftar': out.push(...rincianList(b.butir, 0), ''); break;
    case 'tabel': {
      const [head, ...moreHead] = b.kepala;
      const width = head?.length ?? b.baris[0]?.length ?? 1;
      out.push(paragraph(escapeMarkdown(`${b.label} ${b.judul}`)));
      out.push(head ? tableRow(head) : `|${' |'.repeat(width)}`, `|${' --- |'.repeat(width)}`);
      for (const row of [...moreHead, ...b.baris]) out.push(tableRow(row));
      out.push('');
      break;
    }
    case 'gambar': {
      let path = resolve(files.root, b.path);
      if (b.svg) {
        path = join(files.dir, `${b.id}.svg`);
        files.set(path, b.svg);
      }
      out.push(`![${escapeMarkdown(`${b.label} ${b.judul}`)}](${path})`, '');
      break;
    }
    case 'halaman-baru': out.push(...PAGE_BREAK); break;
  }
}

const PAGE_BREAK = ['```{=openxml}', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>', '```', ''];

/** A standalone Buku Pedoman: cover lines, kata pengantar, then the chapters. */
function bukuPedoman(ir: BukuPedoman, out: string[], files: OutputFiles): void {
  for (const line of [...ir.sampul.judul, ...ir.sampul.penyusun, ir.sampul.tahun]) out.push(paragraph(`**${escapeMarkdown(line)}**`));
  out.push('', ...PAGE_BREAK);
  if (ir.kataPengantar) {
    out.push('# KATA PENGANTAR', '');
    for (const a of ir.kataPengantar.alinea) out.push(paragraph(runs(a)));
    out.push(...pengesahan(ir.kataPengantar.penandatangan), '', ...PAGE_BREAK);
  }
  for (const b of ir.isi) block(b, out, files);
}

/** Side files of the Markdown (inline SVG figures) keyed by absolute path, and where paths resolve. */
class OutputFiles extends Map<string, string> {
  constructor(readonly root: string, readonly dir: string) {
    super();
  }
}

/**
 * The Markdown text of a document, plus side files (inline SVG figures) keyed by absolute path.
 * Image paths are absolute: `root` is the project root the IR's paths are relative to, `dir` the
 * folder the Markdown and its side files go to.
 */
export function irToMarkdown(doc: Dokumen, root: string, dir: string): { markdown: string; files: Map<string, string> } {
  const out: string[] = [];
  const files = new OutputFiles(root, dir);
  if (doc.jenis === 'buku-pedoman') bukuPedoman(doc, out, files);
  else naskah(doc, out, files);
  return { markdown: `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`, files };
}

/** A Peraturan or Keputusan: kop, judul, pembukaan, batang tubuh or diktum, penutup, lampiran. */
function naskah(ir: Naskah, out: string[], files: OutputFiles): void {
  for (const line of ir.kop.baris) out.push(paragraph(`**${escapeMarkdown(line)}**`));
  out.push('');
  if (ir.judul.rancangan) out.push(paragraph('**RANCANGAN**'));
  for (const line of ir.judul.baris) out.push(paragraph(`**${escapeMarkdown(line)}**`));
  out.push('');
  const p = ir.pembukaan;
  if (p.frasa) out.push(paragraph(`**${escapeMarkdown(p.frasa)}**`));
  out.push(paragraph(`**${escapeMarkdown(p.jabatan)}**`), '');
  out.push(...labelledList(p.menimbang), ...labelledList(p.mengingat));
  if (p.memperhatikan) out.push(...labelledList(p.memperhatikan));
  out.push(paragraph(`**${escapeMarkdown(p.memutuskan)}**`), '', ...labelledList(p.menetapkan));
  for (const u of ir.batangTubuh) unit(u, out);
  for (const d of ir.diktum) {
    out.push(paragraph(`**${escapeMarkdown(d.label)}** : ${runs(d.isi)}`));
    if (d.rincian.length > 0) out.push('', ...rincianList(d.rincian, 0));
    out.push('');
  }
  for (const a of ir.penutup.alinea) out.push(paragraph(runs(a)), '');
  out.push(...pengesahan(ir.penutup.penetapan), '');
  if (ir.penutup.pengundangan) out.push(...pengesahan(ir.penutup.pengundangan), '');
  if (ir.penutup.beritaDaerah) out.push(paragraph(`**${escapeMarkdown(ir.penutup.beritaDaerah)}**`), '');
  for (const l of ir.lampiran) {
    out.push(...PAGE_BREAK);
    for (const line of l.kepala) out.push(paragraph(escapeMarkdown(line)));
    out.push('');
    for (const line of l.judul) out.push(paragraph(`**${escapeMarkdown(line)}**`));
    out.push('');
    for (const b of l.isi) block(b, out, files);
    out.push(...pengesahan(l.penandatangan), '');
  }
}

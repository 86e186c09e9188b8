/**
 * Pedoman chapters (Markdown) → Lampiran blocks. Headings and ordered lists share one outline cascade
 * (TN-PED-03, outline.ts: BAB I › A. › 1. › a. › 1) › a) › (1) › (a)),
 * tables are captioned above "Tabel 2.1", figures below "Gambar 4.1", numbered per BAB (TN-PED-06).
 * Two passes: numbering and ids first (so references may point forward), then text.
 */
import { existsSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import type { PhrasingContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { BlokLampiran, SourcePos } from '../../ir/types.js';
import type { MarkdownSource } from '../../load/markdown-source.js';
import { roman } from '../../ir/numbering.js';
import { ANCHOR, MAX_LIST_DEPTH, planList } from './lists.js';
import { cascadeLabel, headingStep, listStep, referenceValue, referenceWord } from './outline.js';
import { phrasing, type PedomanTargets } from './phrasing.js';
import { parseTableCaption, type TableCaption } from './table-caption.js';
import { confine, refusalText } from '../../load/confine.js';

/** A block planned in pass 1, converted in pass 2. */
type Planned = (targets: PedomanTargets) => BlokLampiran;

/** `Tabel: Judul {#id}` captions a numbered table; `Format: {#id}` marks a form named by the heading above (no table number). */
const CAPTION = /^(Tabel|Format)\s*:\s*/;

/** Splits "Judul {#id}" into its text and id. */
function anchor(text: string): { text: string; id: string | null } {
  const m = ANCHOR.exec(text);
  return m ? { text: text.slice(0, m.index).trim(), id: m[1]! } : { text: text.trim(), id: null };
}

/** The result of planning all chapters. */
export interface PlannedChapters {
  readonly local: Map<string, string>;
  readonly planned: Planned[];
  readonly diagnostics: Diagnostic[];
}

/** Plans the blocks of every chapter (pass 1). */
export function planChapters(chapters: readonly MarkdownSource[], exists: (absPath: string) => boolean = existsSync): PlannedChapters {
  const local = new Map<string, string>();
  const planned: Planned[] = [];
  const diagnostics: Diagnostic[] = [];
  chapters.forEach((md, chapterIndex) => {
    const bab = chapterIndex + 1;
    const pos = (node: { position?: { start: { line: number; column: number } } | undefined }): SourcePos => ({ file: md.file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    const place = { file: md.file, text: md.text, diagnostics };
    const register = (id: string | null, label: string, node: Parameters<typeof pos>[0]) => {
      if (!id) return;
      if (local.has(id)) diagnostics.push(diag('NSK302', { file: md.file, start: pos(node), message: `Id \`${id}\` sudah dipakai dalam pedoman.`, hint: 'Ganti {#id} ini dengan id yang unik.' }));
      local.set(id, label);
    };
    const counters = [0, 0, 0, 0, 0, 0, 0];
    let level = 0;
    let path = `BAB ${roman(bab)}`;
    let tables = 0;
    let figures = 0;
    let titled = false;
    /** Index in `planned` of the heading of the current section (a form's name). */
    let lastHeading: number | null = null;
    const nodes = md.tree.children;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const source = pos(node);
      switch (node.type) {
        case 'heading': {
          if (node.depth === 1) {
            if (titled) diagnostics.push(diag('NSK122', { file: md.file, start: source, message: 'Berkas BAB memuat lebih dari satu judul tingkat satu.', hint: 'Satu berkas satu BAB; pindahkan BAB berikutnya ke berkas lain dan daftarkan di pedoman.yaml.' }));
            titled = true;
          } else if (!titled) {
            diagnostics.push(diag('NSK122', { file: md.file, start: source, message: 'Berkas BAB belum diawali judul tingkat satu.', hint: 'Awali berkas dengan `# JUDUL BAB` dalam huruf kapital.' }));
            titled = true;
          }
          if (node.depth > level + 1) diagnostics.push(diag('NSK121', { file: md.file, start: source, message: `Judul tingkat ${node.depth} langsung sesudah tingkat ${level}.`, hint: `Tambahkan judul tingkat ${level + 1} di atasnya atau ubah menjadi ${'#'.repeat(level + 1)}.` }));
          level = node.depth;
          lastHeading = node.depth > 1 ? planned.length : null;
          counters[node.depth] = (counters[node.depth] ?? 0) + 1;
          for (let d = node.depth + 1; d < counters.length; d++) counters[d] = 0;
          const { text, id } = anchor(toString(node));
          if (node.depth === 1) {
            const label = `BAB ${roman(bab)}`;
            path = label;
            register(id, label, node);
            planned.push(() => ({ kind: 'judul', id: id ?? `bab-${bab}`, level: 1, label, judul: text.toUpperCase(), source }));
          } else {
            const label = cascadeLabel(headingStep(node.depth), counters[node.depth]!);
            const parts = [`BAB ${roman(bab)}`];
            for (let d = 2; d <= node.depth; d++) parts.push(`${referenceWord(headingStep(d))} ${referenceValue(cascadeLabel(headingStep(d), counters[d]!))}`);
            path = parts.join(' ');
            register(id, path, node);
            planned.push(() => ({ kind: 'judul', id: id ?? `bab-${bab}-${counters.slice(2, node.depth + 1).join('-')}`, level: node.depth, label, judul: text, source }));
          }
          break;
        }
        case 'paragraph': {
          const first = node.children[0];
          const image = node.children.length === 1 && first?.type === 'image' ? first : null;
          if (image) {
            const label = `Gambar ${bab}.${++figures}`;
            const { text, id } = anchor(image.alt ?? '');
            register(id, label, node);
            // IR paths are relative to the project root, so the IR is the same on every machine.
            const url = decodedUrl(image.url);
            const path = posix.normalize(posix.join(posix.dirname(md.file), url ?? ''));
            const confined = url ? confine(md.root, dirname(md.absPath), url) : null;
            if (url === null || url.trim() === '') diagnostics.push(diag('NSK125', { file: md.file, start: source, message: url === null ? `Alamat gambar ${JSON.stringify(image.url)} tidak sah: kode persen (%..) rusak.` : 'Alamat gambar kosong.', hint: 'Tulis jalur berkas gambar relatif terhadap berkas Markdown ini, mis. ![Judul gambar](gambar/alur-layanan.svg); spasi boleh ditulis sebagai %20.' }));
            else if (confined && !confined.ok) diagnostics.push(diag('NSK104', { file: md.file, start: source, ...refusalText(url, confined.reason) }));
            else if (!exists(resolve(dirname(md.absPath), url))) diagnostics.push(diag('NSK125', { file: md.file, start: source, message: `Gambar ${image.url} tidak ditemukan.`, hint: 'Jalur gambar relatif terhadap berkas Markdown ini, mis. gambar/alur-layanan.svg.' }));
            planned.push(() => ({ kind: 'gambar', id: id ?? `gambar-${bab}-${figures}`, label, judul: text, path, lebarMm: null, source }));
            break;
          }
          if (first?.type === 'text' && CAPTION.test(first.value)) {
            const next = nodes[i + 1];
            if (next?.type !== 'table') {
              diagnostics.push(diag('NSK127', { file: md.file, start: source, message: 'Judul tabel tidak diikuti tabel.', hint: 'Letakkan tabel Markdown tepat di bawah baris `Tabel: …`.' }));
              break;
            }
            const form = CAPTION.exec(first.value)?.[1] === 'Format';
            const label = form ? '' : `Tabel ${bab}.${++tables}`;
            const caption = parseTableCaption(toString(node).replace(CAPTION, ''), next.children[0]?.children.length ?? 0);
            if (form && caption.text !== '') diagnostics.push(diag('NSK129', { file: md.file, start: source, message: 'Baris `Format:` tidak memuat judul; nama format adalah judul bagian di atasnya.', hint: 'Tulis `Format: {#id}` tepat di atas tabel, dan nama format pada judul `### Format 1 …`.' }));
            for (const message of caption.errors) diagnostics.push(diag('NSK129', { file: md.file, start: source, message, hint: 'Tulis `Tabel: Judul {#id lebar=2,5,3 huruf=10}`; lihat schemas/README.md bagian tabel pedoman.' }));
            register(caption.id, label, node);
            // A landscape table has pages of its own, and a form takes its heading and introduction along
            // (it is named by the heading); the text goes on on a portrait page (TN-TYP-11).
            if (caption.lanskap) planned.splice(form && lastHeading !== null ? lastHeading : planned.length, 0, () => ({ kind: 'halaman-baru', orientasi: 'lanskap' }));
            planned.push(tablePlan(next, caption.id ?? `tabel-${bab}-${tables}`, label, form ? '' : caption.text, source, place, caption));
            if (caption.lanskap) planned.push(() => ({ kind: 'halaman-baru', orientasi: 'potret' }));
            i++;
            break;
          }
          planned.push((targets) => ({ kind: 'alinea', isi: phrasing(node.children, targets, place), source }));
          break;
        }
        case 'table': {
          const label = `Tabel ${bab}.${++tables}`;
          diagnostics.push(diag('NSK126', { file: md.file, start: source, message: `${label} tidak berjudul.`, hint: 'Tambahkan paragraf `Tabel: Judul tabel {#id}` tepat di atas tabel.' }));
          planned.push(tablePlan(node, `tabel-${bab}-${tables}`, label, '', source, place));
          break;
        }
        case 'list': {
          const convert = planList(node, `daftar-${bab}-${i}`, { step: listStep(level), path, register: (id, itemPath, item) => register(id, itemPath, item), tooDeep: (item) => diagnostics.push(diag('NSK128', { file: md.file, start: { line: item.position?.start.line ?? 1, column: item.position?.start.column ?? 1 }, message: `Daftar bersarang lebih dari ${MAX_LIST_DEPTH} tingkat; tata naskah tidak memiliki penomoran untuk tingkat ini.`, hint: 'Pecah daftar itu menjadi beberapa daftar di bawah subjudul, atau tulis bagian terdalam sebagai kalimat.' })) });
          planned.push((targets) => ({ kind: 'daftar', butir: convert(targets, place), source }));
          break;
        }
        case 'html':
          diagnostics.push(diag('NSK123', { file: md.file, start: source, message: 'HTML mentah tidak diperbolehkan dalam pedoman.', hint: 'Hapus blok HTML; tulis dengan Markdown biasa.' }));
          break;
        case 'thematicBreak':
          planned.push(() => ({ kind: 'halaman-baru', orientasi: 'potret' }));
          break;
        case 'definition':
          break;
        default:
          diagnostics.push(diag('NSK124', { file: md.file, start: source, message: `Unsur Markdown \`${node.type}\` tidak didukung dalam pedoman.`, hint: 'Tulis sebagai paragraf, daftar, atau tabel.' }));
      }
    }
    if (!titled) diagnostics.push(diag('NSK122', { file: md.file, start: { line: 1, column: 1 }, message: 'Berkas BAB tidak memuat judul tingkat satu.', hint: 'Awali berkas dengan `# JUDUL BAB`.' }));
  });
  return { local, planned, diagnostics };
}

function tablePlan(table: Table, id: string, label: string, judul: string, source: SourcePos, place: { file: string; text: string; diagnostics: Diagnostic[] }, declared?: Pick<TableCaption, 'lebar' | 'huruf'>): Planned {
  return (targets) => {
    const rows = table.children.map((row) => row.children.map((cell) => phrasing(cell.children as PhrasingContent[], targets, place)));
    const huruf = declared?.huruf !== undefined ? { huruf: declared.huruf } : {};
    // GFM column alignment (`---:` right, `:---:` centre) for the body cells, e.g. numbers to the right.
    const align = (table.align ?? []).map((a) => (a === 'right' ? 'kanan' : a === 'center' ? 'tengah' : 'kiri') as 'kiri' | 'tengah' | 'kanan');
    const rata = align.some((a) => a !== 'kiri') ? { rata: align } : {};
    return { kind: 'tabel', id, label, judul, kepala: rows.slice(0, 1), baris: rows.slice(1), lebar: declared?.lebar ?? null, ...huruf, ...rata, source };
  };
}

/** The path of an image URL with its percent escapes decoded, or null when an escape is malformed. */
function decodedUrl(url: string): string | null {
  try {
    return decodeURI(url);
  } catch {
    return null;
  }
}

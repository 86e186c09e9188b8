/**
 * The Lampiran of a synthetic Perbup: a Pedoman of N chapters in the Buku Pedoman source format
 * (schemas/README.md: one Markdown file per BAB, `# TITLE`, `##`/`###` headings, prose, ordered lists,
 * GFM tables captioned by a `Tabel: … {#id}` paragraph, TN-PED-02/03/06).
 */
import type { Rng } from './random.js';
import { pedomanParagraph, butirText } from './sentences.js';
import { PEDOMAN_BAB_TITLES, PEDOMAN_SECTION_TITLES, BAB_SCOPES, OBJECTS, SUBJECTS } from './lexicon.js';
import type { PedomanBab, PedomanBlock, SourcePedoman } from './source.js';

const SCHEDULES: readonly string[] = ['Januari', 'Maret', 'Juni', 'September', 'Desember', 'setiap bulan', 'setiap triwulan', 'setiap semester'];

function table(rng: Rng, bab: number): PedomanBlock {
  const rows = rng.int(4, 8);
  const tableRows: string[][] = [];
  for (let r = 1; r <= rows; r++) tableRows.push([String(r), rng.pick(OBJECTS), rng.pick(SUBJECTS), rng.pick(SCHEDULES)]);
  return { kind: 'tabel', id: `tabel-${bab}`, judul: `Pembagian Tugas ${rng.pick(['Pelaksanaan', 'Pemantauan', 'Pelaporan'])} Kegiatan`, kepala: ['No', 'Kegiatan', 'Pelaksana', 'Waktu'], baris: tableRows };
}

function babSection(rng: Rng, title: string): PedomanBlock[] {
  const blocks: PedomanBlock[] = [{ kind: 'judul', level: 2, teks: title }];
  const paragraphs = rng.int(2, 3);
  for (let i = 0; i < paragraphs; i++) blocks.push({ kind: 'alinea', teks: pedomanParagraph(rng, rng.int(3, 4)) });
  if (rng.chance(0.5)) {
    const items = rng.int(3, 5);
    blocks.push({ kind: 'daftar', butir: Array.from({ length: items }, () => butirText(rng)) });
  }
  if (rng.chance(0.4)) {
    blocks.push({ kind: 'judul', level: 3, teks: rng.pick(['Persiapan', 'Pelaksanaan', 'Tindak Lanjut']) });
    blocks.push({ kind: 'alinea', teks: pedomanParagraph(rng, rng.int(2, 3)) });
  }
  return blocks;
}

/** One chapter: 3–4 sections, one of them with a table. */
function pedomanBab(rng: Rng, chapterNumber: number, title: string): PedomanBab {
  const sections = rng.int(3, 4);
  const titles = rng.shuffle(PEDOMAN_SECTION_TITLES).slice(0, sections);
  const withTable = rng.int(0, sections - 1);
  const blocks: PedomanBlock[] = [];
  titles.forEach((t, i) => {
    blocks.push(...babSection(rng, t));
    if (i === withTable) blocks.push(table(rng, chapterNumber));
  });
  return { berkas: `bab-${String(chapterNumber).padStart(3, '0')}.md`, judul: title, blok: blocks };
}

/** A Pedoman with `chapters` chapters for the Perbup `peraturan`. */
export function syntheticPedoman(rng: Rng, regulationId: string, chapters: number): SourcePedoman {
  const topics = PEDOMAN_BAB_TITLES.filter((t) => t !== 'PENUTUP').flatMap((t) => BAB_SCOPES.map((l) => `${t}${l}`));
  const others = rng.shuffle(topics);
  const bab: PedomanBab[] = [];
  for (let i = 1; i <= chapters; i++) {
    const title = i === 1 ? 'PENDAHULUAN' : i === chapters ? 'PENUTUP' : (others[(i - 2) % others.length] ?? 'PELAKSANAAN');
    bab.push(pedomanBab(rng, i, title));
  }
  return { judul: 'Pedoman Penyelenggaraan Kesejahteraan Sosial Terpadu di Kabupaten Purwakarta', peraturan: regulationId, bab };
}

/** A chapter as Markdown text (schemas/README.md, Buku Pedoman). */
export function markdownBab(bab: PedomanBab): string {
  const out: string[] = [`# ${bab.judul}`, ''];
  for (const b of bab.blok) {
    switch (b.kind) {
      case 'judul': out.push(`${'#'.repeat(b.level)} ${b.teks}`, ''); break;
      case 'alinea': out.push(b.teks, ''); break;
      case 'daftar': out.push(...b.butir.map((t, i) => `${i + 1}. ${t}`), ''); break;
      case 'tabel':
        out.push(`Tabel: ${b.judul} {#${b.id}}`, '');
        out.push(`| ${b.kepala.join(' | ')} |`, `| ${b.kepala.map(() => '---').join(' | ')} |`);
        out.push(...b.baris.map((r) => `| ${r.join(' | ')} |`), '');
        break;
    }
  }
  return out.join('\n');
}

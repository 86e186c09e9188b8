/**
 * The Lampiran of a synthetic Perbup: a Pedoman of N chapters in the Buku Pedoman source format
 * (schemas/README.md: one Markdown file per BAB, `# TITLE`, `##`/`###` headings, prose, ordered lists,
 * GFM tables captioned by a `Tabel: … {#id}` paragraph, TN-PED-02/03/06).
 */
import type { Acak } from './random.js';
import { alineaPedoman, teksButir } from './kalimat.js';
import { JUDUL_BAB_PEDOMAN, JUDUL_SUB_PEDOMAN, LINGKUP_BAB, OBJEK, SUBJEK } from './lexicon.js';
import type { BabPedoman, BlokPedoman, PedomanSumber } from './source.js';

const WAKTU: readonly string[] = ['Januari', 'Maret', 'Juni', 'September', 'Desember', 'setiap bulan', 'setiap triwulan', 'setiap semester'];

function tabel(acak: Acak, bab: number): BlokPedoman {
  const rows = acak.int(4, 8);
  const baris: string[][] = [];
  for (let r = 1; r <= rows; r++) baris.push([String(r), acak.pick(OBJEK), acak.pick(SUBJEK), acak.pick(WAKTU)]);
  return { kind: 'tabel', id: `tabel-${bab}`, judul: `Pembagian Tugas ${acak.pick(['Pelaksanaan', 'Pemantauan', 'Pelaporan'])} Kegiatan`, kepala: ['No', 'Kegiatan', 'Pelaksana', 'Waktu'], baris };
}

function bagianBab(acak: Acak, judul: string): BlokPedoman[] {
  const blok: BlokPedoman[] = [{ kind: 'judul', level: 2, teks: judul }];
  const paragraphs = acak.int(2, 3);
  for (let i = 0; i < paragraphs; i++) blok.push({ kind: 'alinea', teks: alineaPedoman(acak, acak.int(3, 4)) });
  if (acak.chance(0.5)) {
    const items = acak.int(3, 5);
    blok.push({ kind: 'daftar', butir: Array.from({ length: items }, () => teksButir(acak)) });
  }
  if (acak.chance(0.4)) {
    blok.push({ kind: 'judul', level: 3, teks: acak.pick(['Persiapan', 'Pelaksanaan', 'Tindak Lanjut']) });
    blok.push({ kind: 'alinea', teks: alineaPedoman(acak, acak.int(2, 3)) });
  }
  return blok;
}

/** One chapter: 3–4 sections, one of them with a table. */
function babPedoman(acak: Acak, nomor: number, judul: string): BabPedoman {
  const sections = acak.int(3, 4);
  const titles = acak.shuffle(JUDUL_SUB_PEDOMAN).slice(0, sections);
  const withTable = acak.int(0, sections - 1);
  const blok: BlokPedoman[] = [];
  titles.forEach((t, i) => {
    blok.push(...bagianBab(acak, t));
    if (i === withTable) blok.push(tabel(acak, nomor));
  });
  return { berkas: `bab-${String(nomor).padStart(3, '0')}.md`, judul, blok };
}

/** A Pedoman with `chapters` chapters for the Perbup `peraturan`. */
export function pedomanSintetis(acak: Acak, peraturan: string, chapters: number): PedomanSumber {
  const topics = JUDUL_BAB_PEDOMAN.filter((t) => t !== 'PENUTUP').flatMap((t) => LINGKUP_BAB.map((l) => `${t}${l}`));
  const others = acak.shuffle(topics);
  const bab: BabPedoman[] = [];
  for (let i = 1; i <= chapters; i++) {
    const judul = i === 1 ? 'PENDAHULUAN' : i === chapters ? 'PENUTUP' : (others[(i - 2) % others.length] ?? 'PELAKSANAAN');
    bab.push(babPedoman(acak, i, judul));
  }
  return { judul: 'Pedoman Penyelenggaraan Kesejahteraan Sosial Terpadu di Kabupaten Purwakarta', peraturan, bab };
}

/** A chapter as Markdown text (schemas/README.md, Buku Pedoman). */
export function markdownBab(bab: BabPedoman): string {
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

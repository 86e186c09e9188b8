/**
 * The reply table "Tanggapan atas masukan" from a review: one row per reviewer comment, in document
 * order (NO | PASAL | MASUKAN | TANGGAPAN). The TANGGAPAN column is empty for the drafting team to
 * write in, or filled from a tanggapan file (`--tanggapan berkas.yaml`), a YAML list:
 *
 *     - no: 1
 *       masukan: Sebutkan program yang dimaksud.   # optional: checked against comment no. 1
 *       tanggapan: Program dimaksud adalah PKH dan BPNT; rumusan disesuaikan.
 *
 * A number that is not a comment, a repeated number, a `masukan` that is not the comment's text, or a
 * missing `tanggapan` is refused (NSK627) with the place in that file, so an answer never lands on the
 * wrong remark after the reviewer's DOCX changed.
 */
import { isMap, isSeq, type Node } from 'yaml';
import type { BukuPedoman, Naskah } from '../ir/types.js';
import { loadYaml, positionAt, type YamlSource } from '../load/yaml-source.js';
import type { Tanggapan, TanggapanRow } from '../render/tanggapan/model.js';
import { longDate } from '../resolve/daerah.js';
import type { ReviewResult } from './import.js';
import { ReviewError } from './import.js';

const HINT = 'Tulis berkas tanggapan sebagai daftar YAML berisi `no` (nomor butir pada tabel tanggapan) dan `tanggapan`; lihat `naskah explain NSK627`.';

/** A refusal pointing into the tanggapan file. */
function refuse(source: YamlSource, node: Node | null | undefined, message: string): ReviewError {
  const p = positionAt(source, node?.range?.[0] ?? 0);
  return new ReviewError('NSK627', message, HINT, { file: source.file, line: p.line, column: p.column });
}

/** Answers by comment number, read from a tanggapan file and checked against the comments. */
export function readAnswers(absPath: string, root: string, masukan: ReadonlyMap<number, string>): Map<number, string> {
  const { source, diagnostics } = loadYaml(absPath, root);
  if (!source) {
    const d = diagnostics[0];
    throw new ReviewError('NSK627', d?.message ?? 'Berkas tanggapan tidak dapat dibaca.', d?.hint ?? HINT, d ? { file: d.file, line: d.start.line, column: d.start.column } : undefined);
  }
  const syntax = diagnostics.find((d) => d.severity === 'error');
  if (syntax) throw new ReviewError('NSK627', `Berkas tanggapan bukan YAML yang sah: ${syntax.message}`, HINT, { file: syntax.file, line: syntax.start.line, column: syntax.start.column });
  const list = source.doc.contents;
  if (!isSeq(list)) throw refuse(source, list, 'Berkas tanggapan harus berupa daftar butir (`- no: 1`).');
  const out = new Map<number, string>();
  for (const item of list.items) {
    if (!isMap(item)) throw refuse(source, item as Node, 'Setiap butir tanggapan harus memuat `no` dan `tanggapan`.');
    const no = item.get('no', true) as Node | undefined;
    const value = no && 'value' in no ? (no as { value: unknown }).value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) throw refuse(source, no ?? item, 'Butir tanggapan tanpa `no` berupa bilangan bulat.');
    if (!masukan.has(value)) throw refuse(source, no, `Tidak ada masukan nomor ${value}; tabel tanggapan memuat ${masukan.size} masukan.`);
    if (out.has(value)) throw refuse(source, no, `Nomor ${value} sudah ditanggapi pada butir sebelumnya.`);
    const said = item.get('masukan', true) as Node | undefined;
    const saidText = said && 'value' in said ? String((said as { value: unknown }).value).trim() : null;
    if (saidText !== null && saidText !== masukan.get(value)!.trim()) throw refuse(source, said, `Masukan nomor ${value} pada DOCX berbunyi “${masukan.get(value)}”, bukan “${saidText}”; urutan komentar mungkin berubah.`);
    const answer = item.get('tanggapan', true) as Node | undefined;
    const text = answer && 'value' in answer ? (answer as { value: unknown }).value : undefined;
    if (typeof text !== 'string') throw refuse(source, answer ?? item, `Butir nomor ${value} tanpa \`tanggapan\` berupa teks.`);
    out.set(value, text.trim());
  }
  return out;
}

/** "Ditetapkan di Purwakarta" → "Purwakarta"; for a book, the daerah of its author ("Pemerintah Kabupaten Purwakarta"). */
function tempat(ir: Naskah | BukuPedoman): string {
  if (ir.jenis === 'buku-pedoman') return /(?:Kabupaten|Kota)\s+(.+)$/.exec(ir.metadata.author)?.[1] ?? '';
  const line = ir.penutup.penetapan.baris.find((b) => b.startsWith('Ditetapkan di '));
  return line ? line.slice('Ditetapkan di '.length).replace(/[,.]$/, '') : '';
}

/** The title lines after "TANGGAPAN ATAS MASUKAN". */
function subject(ir: Naskah | BukuPedoman): string[] {
  if (ir.jenis === 'buku-pedoman') return [ir.status === 'rancangan' ? 'TERHADAP RANCANGAN' : 'TERHADAP', ...ir.sampul.judul];
  const [first = '', , ...rest] = ir.judul.baris;
  return [`TERHADAP ${ir.status === 'rancangan' ? 'RANCANGAN ' : ''}${first}`, ...rest];
}

/** The reply table of a review; `answers` from readAnswers (empty: the column stays empty). */
export function buildTanggapan(r: ReviewResult, ir: Naskah | BukuPedoman, date: string, answers: ReadonlyMap<number, string> = new Map()): Tanggapan {
  const comments = r.findings.filter((f) => f.kind === 'komentar');
  const rows: TanggapanRow[] = comments.map((f, i) => ({
    no: i + 1,
    pasal: f.unit ?? 'Umum',
    masukan: f.old,
    pada: f.new,
    oleh: [f.author, f.date ? longDate(f.date.slice(0, 10)) : ''].filter((s) => s !== '').join(', '),
    tanggapan: answers.get(i + 1) ?? '',
  }));
  const judul = ['TANGGAPAN ATAS MASUKAN', ...subject(ir)];
  const authors = [...new Set(comments.map((f) => f.author).filter((a) => a !== ''))];
  const place = tempat(ir);
  return {
    judul,
    kolomUnit: ir.jenis === 'peraturan-bupati' ? 'PASAL' : ir.jenis === 'keputusan-bupati' ? 'DIKTUM' : 'BAGIAN',
    sumber: `Masukan${authors.length > 0 ? ` dari ${authors.join(', ')}` : ''} pada berkas ${r.docx.split('/').pop()}`,
    rows,
    tempatTanggal: `${place !== '' ? `${place}, ` : ''}${longDate(date.slice(0, 10))}`,
    penanda: 'TIM PENYUSUN',
    date,
  };
}

/** Comment number → comment text, for readAnswers. */
export function masukanByNo(r: ReviewResult): Map<number, string> {
  return new Map(r.findings.filter((f) => f.kind === 'komentar').map((f, i) => [i + 1, f.old]));
}

/**
 * The review report: for the terminal and ulasan.md (the same lines; Markdown is readable as text), and
 * as JSON (ulasan.html is report-html.ts, from the same lines). Remarks are grouped by unit in document order; untracked edits are flagged loudly, because
 * they would be lost without anyone noticing if the sources were only updated from the tracked changes.
 */
import type { Finding } from './compare.js';
import type { ReviewResult } from './import.js';

const LABEL: Record<Finding['kind'], string> = {
  komentar: 'Komentar',
  sisip: 'Sisipan',
  hapus: 'Hapusan',
  ganti: 'Penggantian',
  pindah: 'Pemindahan',
  paragraf: 'Tanda paragraf',
  'tak-terlacak': '!! SUNTINGAN TANPA TANDA REVISI',
};

const q = (s: string): string => `“${s.replace(/\n/g, ' ¶ ').replace(/\t/g, ' ')}”`;

/** " di dalam rujukan ke Pasal 3 ayat (1) ([[puskesos-dibentuk]])". */
function inRef(f: Finding): string {
  const from = f.rujukan?.from;
  if (!from) return '';
  return ` di dalam rujukan ke ${from.name}${from.id ? ` ([[${from.id}]])` : ''}`;
}

/** A REF field pointed at another unit. */
function pointed(f: Finding): string {
  const { from, to } = f.rujukan!;
  const id = (t: { id: string | null; name: string }): string => (t.id ? `[[${t.id}]]` : `penanda ${t.name}`);
  return `rujukan ${q(f.old)} diarahkan ke unit lain, ${q(f.new)}: ubah ${id(from)} (${from.name}) menjadi ${id(to!)} (${to!.name}) di sumber`;
}

function where(f: Finding): string {
  return f.file ? `${f.file}:${f.line}:${f.column}` : '(tanpa sumber)';
}

/** One finding as a line of the report. */
export function findingLine(f: Finding): string {
  const who = f.author ? ` — ${f.author}${f.date ? `, ${f.date}` : ''}` : '';
  switch (f.kind) {
    case 'komentar':
      return `${LABEL.komentar} ${where(f)}${who}: ${q(f.old)}${f.new ? ` pada ${q(f.new)}` : ''}`;
    case 'sisip':
      return `${LABEL.sisip} ${where(f)}${who}: sisipkan ${q(f.new)}${inRef(f)}${f.edit ? '' : ' (terapkan dengan tangan)'}`;
    case 'hapus':
      return `${LABEL.hapus} ${where(f)}${who}: hapus ${q(f.old)}${inRef(f)}${f.edit ? '' : ' (terapkan dengan tangan)'}`;
    case 'ganti':
      return `${LABEL.ganti} ${where(f)}${who}: ${q(f.old)} → ${q(f.new)}${inRef(f)}${f.rujukan ? '; ubah rujukan di sumber (terapkan dengan tangan)' : f.edit ? '' : ' (terapkan dengan tangan)'}`;
    case 'pindah':
      return `${LABEL.pindah} ${where(f)}${who}: ${q(f.old)} dipindah ${f.new} (terapkan dengan tangan: pindahkan unsurnya di sumber)`;
    case 'paragraf':
      return `${LABEL.paragraf} ${where(f)}${who}: ${f.old ? 'paragraf digabung' : 'paragraf dipisah'} (terapkan dengan tangan)`;
    case 'tak-terlacak':
      if (f.rujukan?.to) return `${LABEL['tak-terlacak']} ${where(f)}: ${pointed(f)}`;
      return `${LABEL['tak-terlacak']} ${where(f)}: ${f.old === '' ? `teks baru ${q(f.new)}` : f.new === '' ? `teks hilang ${q(f.old)}` : `${q(f.old)} menjadi ${q(f.new)}`}`;
  }
}

/** Counts for the summary line. */
export function summary(r: ReviewResult): string {
  const n = (k: Finding['kind'][]): number => r.findings.filter((f) => k.includes(f.kind)).length;
  const untracked = n(['tak-terlacak']);
  return `${n(['komentar'])} komentar, ${n(['sisip', 'hapus', 'ganti', 'pindah', 'paragraf'])} perubahan terlacak, ${untracked} suntingan tanpa tanda revisi${untracked > 0 ? ' (PERIKSA!)' : ''}; ${r.bookmarked} dari ${r.paragraphs} paragraf dikenali dari penanda unit, ${r.matched - r.bookmarked} dari teksnya.`;
}

/** The heading of a unit's section. */
export function unitHeading(f: Finding): string {
  return `${f.unit ?? 'Di luar unit (kop, judul, penutup)'}${f.via === 'teks' ? ' (dikenali dari teks: penanda unit terhapus)' : ''}`;
}

/** The report as Markdown lines (also printed as is). */
export function reportLines(r: ReviewResult): string[] {
  const out = [`# Ulasan ${r.id} dari ${r.docx}`, '', summary(r), ''];
  let unit: string | null | undefined;
  for (const f of r.findings) {
    if (f.unit !== unit) {
      if (unit !== undefined) out.push('');
      unit = f.unit;
      out.push(`## ${unitHeading(f)}`, '');
    }
    out.push(`- ${findingLine(f)}`);
  }
  if (r.findings.length === 0) out.push('Tidak ada komentar, perubahan terlacak, atau suntingan lain.');
  out.push('');
  return out;
}

/** The report as JSON. */
export function reportJson(r: ReviewResult): string {
  const findings = r.findings.map((f) => ({ kind: f.kind, unit: f.unit, unitId: f.unitId, via: f.via, author: f.author, date: f.date, old: f.old, new: f.new, file: f.file, line: f.line, column: f.column, applicable: f.edit !== null, ...(f.rujukan ? { rujukan: f.rujukan } : {}) }));
  return `${JSON.stringify({ id: r.id, docx: r.docx, paragraphs: r.paragraphs, matched: r.matched, bookmarked: r.bookmarked, findings }, null, 2)}\n`;
}

/**
 * Child process of the bench: the warm in-process rebuild a live preview does (issue 8, target
 * < 50 ms on the small document). It calls the library — loadDocument, renderDocument for DOCX and
 * for PDF, writeFilesAtomic — once cold, a few times on the same input, then after each of several
 * one-ayat edits of the source file, and prints the timings as one JSON line on stdout.
 *
 * Usage: node dist/bench/warm-rebuild-process.js <project-root> <small|large|huge> <edits>
 */
import { join } from 'node:path';
import { writeFilesAtomic } from '../src/util/atomic-write.js';
import { renderDocument } from '../src/pipeline/render-document.js';
import { Session } from '../src/pipeline/session.js';
import { findProject } from '../src/load/project.js';
import { syntheticDocument } from './synthetic-document.js';
import { naskahYaml } from './synthetic-project.js';
import { Rng } from './random.js';
import { rewordPhrase } from './synthetic-revision.js';
import { documentId, sizeSpec, type Size } from './sizes.js';
import { isPasal, type SourceAyat, type SourceUnit } from './source.js';

/** Timings of one in-process rebuild, in milliseconds. */
export interface RebuildTimings {
  readonly muatMs: number;
  readonly docxMs: number;
  readonly pdfMs: number;
  readonly tulisMs: number;
  readonly totalMs: number;
  /** CPU time (user + system) of the whole rebuild, of its check and of its PDF. */
  readonly cpuMs?: number;
  readonly muatCpuMs?: number;
  readonly pdfCpuMs?: number;
}

/** What the child prints. */
export interface WarmRebuildResult {
  readonly dingin: RebuildTimings;
  readonly hangatSama: readonly RebuildTimings[];
  readonly suntingan: readonly RebuildTimings[];
  readonly rssMiB: number;
  /** The DOCX on request, once after the edits (not part of a rebuild). */
  readonly docxAtasPermintaanMs?: number;
  readonly galat: string | null;
}

const DATE = '2026-01-01T00:00:00Z';

async function rebuild(session: Session, id: string, changed: readonly string[]): Promise<RebuildTimings> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { checked, rendered } = await session.rebuild([id], ['pdf'], changed);
  const cpu = process.cpuUsage(c0);
  const total = performance.now() - t0;
  const pdf = rendered.get(id);
  if (!pdf) throw new Error(`${id}: galat dalam sumber (${checked.diagnostics.length} temuan)`);
  if (pdf.diagnostics.some((d) => d.severity === 'error')) throw new Error(`${id}: PDF gagal disusun`);
  return { muatMs: session.last.checkMs, docxMs: 0, pdfMs: session.last.renderMs, tulisMs: 0, totalMs: total, cpuMs: (cpu.user + cpu.system) / 1000, muatCpuMs: session.last.checkCpuMs, pdfCpuMs: session.last.renderCpuMs };
}

function allAyat(units: readonly SourceUnit[], out: SourceAyat[] = []): SourceAyat[] {
  for (const u of units) {
    if (isPasal(u)) out.push(...(u.ayat ?? []));
    else allAyat(u.isi, out);
  }
  return out;
}

async function main(): Promise<void> {
  const [root, sizeArg, editsArg] = process.argv.slice(2);
  const paths = root ? findProject(root) : null;
  if (!paths || !sizeArg) throw new Error('pemakaian: warm-rebuild-process.js <root> <ukuran> <jumlah-suntingan>');
  const spec = sizeSpec(sizeArg as Size);
  const id = documentId(spec.size, 0);
  const doc = syntheticDocument(spec);
  const file = join(paths.content, id, 'naskah.yaml');
  const original = naskahYaml(doc);
  const session = new Session(paths, { date: DATE, strict: false });
  const cold = await rebuild(session, id, []);
  const warmSame: RebuildTimings[] = [];
  for (let i = 0; i < 3; i++) warmSame.push(await rebuild(session, id, []));
  const ayat = allAyat(doc.naskah.batang_tubuh).filter((a) => !a.teks.includes('[['));
  const rng = new Rng(spec.seed + 100);
  const edits: RebuildTimings[] = [];
  try {
    for (let e = 0; e < Number(editsArg ?? 7); e++) {
      const target = ayat[(e * 7919) % ayat.length]!;
      target.teks = rewordPhrase(rng, target.teks) ?? `${target.teks} secara terpadu`;
      writeFilesAtomic(new Map([[file, naskahYaml(doc)]]));
      edits.push(await rebuild(session, id, [file]));
    }
  } finally {
    writeFilesAtomic(new Map([[file, original]]));
  }
  const ir = session.check([id], false).loaded[0]?.ir;
  const t = performance.now();
  if (ir) await renderDocument(ir, paths, ['docx']);
  const docxMs = performance.now() - t;
  const result: WarmRebuildResult = { dingin: cold, hangatSama: warmSame, suntingan: edits, rssMiB: process.memoryUsage().rss / 1024 / 1024, docxAtasPermintaanMs: docxMs, galat: null };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ galat: (error as Error).message })}\n`);
  process.exitCode = 1;
});

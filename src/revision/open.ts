/**
 * Turns a revision name into sources the loader can read: `working` is content/ itself, a saved
 * revision is its snapshot's berkas/ folder (checked first: a tampered snapshot is NSK602), and
 * `git:<ref>` is content/ as committed, copied into a temporary folder that `tutup()` removes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sourceDate } from '../build/source-date.js';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProjectPaths } from '../load/project.js';
import { displayPath } from '../load/yaml-source.js';
import { closest } from '../util/suggest.js';
import { sourceFiles } from './source-files.js';
import { gitCommit, gitTree } from './source-tree.js';
import { daftarRevisi, FOLDER_BERKAS, folderRevisi, type RevisiDiperiksa } from './store.js';
import { parseSpesifikasi, type SpesifikasiRevisi } from './types.js';

/** Sources of one revision, ready for loadDocument. */
export interface SumberRevisi {
  /** Short name used in output folders: "1", "working", "git-HEAD". */
  readonly nama: string;
  /** How the revision is named to a reader: "revisi 1", "sumber kerja", "git:HEAD (a1b2c3d)". */
  readonly sebutan: string;
  readonly label: string;
  /** ISO 8601 date of the revision. */
  readonly tanggal: string;
  /** Project paths with content/ (and for git the root) pointing at the revision's sources. */
  readonly paths: ProjectPaths;
  /** True for a saved snapshot or a git ref (checked strictly: NSK603/NSK609 when it no longer loads). */
  readonly lama: boolean;
  /** Maps a diagnostic's file to what the user should see. */
  readonly tampilkan: (file: string) => string;
  /** Releases temporary files. */
  readonly tutup: () => void;
}

const at = (file: string) => ({ file, start: { line: 1, column: 1 } });

/** Describes a tampered snapshot as NSK602. */
export function diagnosaRusak(paths: ProjectPaths, r: RevisiDiperiksa): Diagnostic {
  const which = r.manifest ? `Revisi ${r.manifest.nomor} ("${r.manifest.label}")` : `Revisi ${r.nama}`;
  return diag('NSK602', { ...at(displayPath(paths.root, join(r.dir, r.masalah!.berkas))), message: `${which} telah diubah sesudah disimpan: ${r.masalah!.pesan}. Revisi ini tidak dipakai.`, hint: `Pulihkan folder ${displayPath(paths.root, r.dir)} dari git; bila perubahan itu disengaja, simpan sumbernya sebagai revisi baru dengan \`naskah revision save\`.` });
}

/** Opens the revision named `name` of document `id`. */
export function bukaRevisi(paths: ProjectPaths, id: string, name: string, env: NodeJS.ProcessEnv): { sumber: SumberRevisi | null; diagnostics: Diagnostic[] } {
  const spec = parseSpesifikasi(name);
  if (spec.jenis === 'working') {
    return { sumber: { nama: 'working', sebutan: 'sumber kerja', label: 'Sumber kerja (content/)', tanggal: sourceDate(paths.content, env), paths, lama: false, tampilkan: (f) => f, tutup: () => {} }, diagnostics: [] };
  }
  if (spec.jenis === 'git') return bukaGit(paths, id, spec.ref);
  return bukaSnapshot(paths, id, spec);
}

function bukaSnapshot(paths: ProjectPaths, id: string, spec: Exclude<SpesifikasiRevisi, { jenis: 'working' | 'git' }>): { sumber: SumberRevisi | null; diagnostics: Diagnostic[] } {
  const semua = daftarRevisi(paths.content, id);
  const cocok = spec.jenis === 'nomor'
    ? semua.filter((r) => (r.manifest?.nomor ?? Number.parseInt(r.nama, 10)) === spec.nomor)
    : (() => {
        const exact = semua.filter((r) => r.manifest?.label === spec.label);
        return exact.length > 0 ? exact : semua.filter((r) => r.manifest?.label.toLowerCase() === spec.label.toLowerCase());
      })();
  const where = displayPath(paths.root, folderRevisi(paths.content, id));
  if (cocok.length === 0) {
    const labels = semua.flatMap((r) => (r.manifest ? [r.manifest.label] : []));
    const asked = spec.jenis === 'nomor' ? String(spec.nomor) : `"${spec.label}"`;
    const saran = spec.jenis === 'label' ? closest(spec.label, labels) : undefined;
    const ada = semua.map((r) => (r.manifest ? `${r.manifest.nomor} ("${r.manifest.label}")` : r.nama)).join(', ');
    return { sumber: null, diagnostics: [diag('NSK601', { ...at(where), message: `Revisi ${asked} tidak ada untuk dokumen ${id}.`, hint: saran ? `Mungkin maksud Anda "${saran}"?` : ada ? `Revisi yang ada: ${ada}; atau \`working\`, atau \`git:<ref>\`.` : `Belum ada revisi tersimpan; simpan dengan \`naskah revision save ${id} --label "…"\`, atau pakai \`working\` atau \`git:<ref>\`.` })] };
  }
  const r = cocok[0]!;
  if (r.masalah || !r.manifest) return { sumber: null, diagnostics: [diagnosaRusak(paths, r)] };
  const m = r.manifest;
  return {
    sumber: { nama: String(m.nomor), sebutan: `revisi ${m.nomor}`, label: m.label, tanggal: m.tanggal, paths: { ...paths, content: join(r.dir, FOLDER_BERKAS) }, lama: true, tampilkan: (f) => f, tutup: () => {} },
    diagnostics: [],
  };
}

function bukaGit(paths: ProjectPaths, id: string, ref: string): { sumber: SumberRevisi | null; diagnostics: Diagnostic[] } {
  const commit = gitCommit(paths.content, ref);
  if (!commit) {
    return { sumber: null, diagnostics: [diag('NSK607', { ...at(displayPath(paths.root, paths.content)), message: `Ref git \`${ref}\` tidak ada, atau proyek ini bukan repositori git.`, hint: 'Sebut commit, cabang, atau tag yang ada, mis. git:HEAD, git:main, git:a1b2c3d.' })] };
  }
  const tree = gitTree(paths.content, commit);
  const files = sourceFiles(tree, id);
  if (!files.includes(`${id}/naskah.yaml`) && !files.includes(`${id}/pedoman.yaml`)) {
    return { sumber: null, diagnostics: [diag('NSK608', { ...at(displayPath(paths.root, paths.content)), message: `Dokumen ${id} tidak ada pada git:${ref} (${commit.slice(0, 7)}).`, hint: 'Pilih commit yang sudah memuat dokumen itu (`git log --oneline -- content/`).' })] };
  }
  const root = mkdtempSync(join(tmpdir(), 'naskah-git-'));
  const content = join(root, 'content');
  for (const f of files) {
    const target = join(content, f);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, tree.read(f) ?? new Uint8Array());
  }
  let seconds = 315532800;
  try {
    seconds = Number(execFileSync('git', ['show', '-s', '--format=%ct', commit], { cwd: paths.content, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()) || seconds;
  } catch {
    // the commit was readable a moment ago; keep the zip epoch rather than fail
  }
  const tanggal = new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const short = commit.slice(0, 7);
  return {
    sumber: {
      nama: `git-${ref.replace(/[^A-Za-z0-9._-]+/g, '-')}`,
      sebutan: `git:${ref} (${short})`,
      label: `git:${ref} (${short})`,
      tanggal,
      paths: { ...paths, root, content },
      lama: true,
      tampilkan: (f) => `git:${ref}:${f}`,
      tutup: () => rmSync(root, { recursive: true, force: true }),
    },
    diagnostics: [],
  };
}

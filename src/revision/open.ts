/**
 * Turns a revision name into sources the loader can read: `working` is content/ itself, a saved
 * revision is its snapshot's berkas/ folder (checked first: a tampered snapshot is NSK602), and
 * `git:<ref>` is content/ as committed, copied into a temporary folder that `tutup()` removes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sourceDate } from '../util/source-date.js';
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProjectPaths } from '../load/project.js';
import { displayPath } from '../load/yaml-source.js';
import { closest } from '../util/suggest.js';
import { sourceFiles } from './source-files.js';
import { gitCommit, gitTree } from './source-tree.js';
import { listRevisions, FILES_FOLDER, revisionsFolder, type CheckedRevision } from './store.js';
import { parseRevisionSpec, type RevisionSpec } from './types.js';

/** Sources of one revision, ready for loadDocument. */
export interface RevisionSource {
  /** Short name used in output folders: "1", "working", "git-HEAD". */
  readonly name: string;
  /** How the revision is named to a reader: "revisi 1", "sumber kerja", "git:HEAD (a1b2c3d)". */
  readonly description: string;
  readonly label: string;
  /** ISO 8601 date of the revision. */
  readonly date: string;
  /** Project paths with content/ (and for git the root) pointing at the revision's sources. */
  readonly paths: ProjectPaths;
  /** True for a saved snapshot or a git ref (checked strictly: NSK603/NSK609 when it no longer loads). */
  readonly historical: boolean;
  /** Maps a diagnostic's file to what the user should see. */
  readonly display: (file: string) => string;
  /** Releases temporary files. */
  readonly close: () => void;
}

const at = (file: string) => ({ file, start: { line: 1, column: 1 } });

/** Describes a tampered snapshot as NSK602. */
export function tamperedDiagnostic(paths: ProjectPaths, r: CheckedRevision): Diagnostic {
  const which = r.manifest ? `Revisi ${r.manifest.nomor} ("${r.manifest.label}")` : `Revisi ${r.name}`;
  return diag('NSK602', { ...at(displayPath(paths.root, join(r.dir, r.problem!.file))), message: `${which} telah diubah sesudah disimpan: ${r.problem!.message}. Revisi ini tidak dipakai.`, hint: `Pulihkan folder ${displayPath(paths.root, r.dir)} dari git; bila perubahan itu disengaja, simpan sumbernya sebagai revisi baru dengan \`naskah revision save\`.` });
}

/** Opens the revision named `name` of document `id`. */
export function openRevision(paths: ProjectPaths, id: string, name: string, env: NodeJS.ProcessEnv): { source: RevisionSource | null; diagnostics: Diagnostic[] } {
  const spec = parseRevisionSpec(name);
  if (spec.kind === 'working') {
    return { source: { name: 'working', description: 'sumber kerja', label: 'Sumber kerja (content/)', date: sourceDate(paths.content, env), paths, historical: false, display: (f) => f, close: () => {} }, diagnostics: [] };
  }
  if (spec.kind === 'git') return openGit(paths, id, spec.ref);
  return openSnapshot(paths, id, spec);
}

function openSnapshot(paths: ProjectPaths, id: string, spec: Exclude<RevisionSpec, { kind: 'working' | 'git' }>): { source: RevisionSource | null; diagnostics: Diagnostic[] } {
  const all = listRevisions(paths.content, id);
  const matches = spec.kind === 'number'
    ? all.filter((r) => (r.manifest?.nomor ?? Number.parseInt(r.name, 10)) === spec.number)
    : (() => {
        const exact = all.filter((r) => r.manifest?.label === spec.label);
        return exact.length > 0 ? exact : all.filter((r) => r.manifest?.label.toLowerCase() === spec.label.toLowerCase());
      })();
  const where = displayPath(paths.root, revisionsFolder(paths.content, id));
  if (matches.length === 0) {
    const labels = all.flatMap((r) => (r.manifest ? [r.manifest.label] : []));
    const asked = spec.kind === 'number' ? String(spec.number) : `"${spec.label}"`;
    const suggestion = spec.kind === 'label' ? closest(spec.label, labels) : undefined;
    const existing = all.map((r) => (r.manifest ? `${r.manifest.nomor} ("${r.manifest.label}")` : r.name)).join(', ');
    return { source: null, diagnostics: [diag('NSK601', { ...at(where), message: `Revisi ${asked} tidak ada untuk dokumen ${id}.`, hint: suggestion ? `Mungkin maksud Anda "${suggestion}"?` : existing ? `Revisi yang ada: ${existing}; atau \`working\`, atau \`git:<ref>\`.` : `Belum ada revisi tersimpan; simpan dengan \`naskah revision save ${id} --label "…"\`, atau pakai \`working\` atau \`git:<ref>\`.` })] };
  }
  const r = matches[0]!;
  if (r.problem || !r.manifest) return { source: null, diagnostics: [tamperedDiagnostic(paths, r)] };
  const m = r.manifest;
  return {
    source: { name: String(m.nomor), description: `revisi ${m.nomor}`, label: m.label, date: m.tanggal, paths: { ...paths, content: join(r.dir, FILES_FOLDER) }, historical: true, display: (f) => f, close: () => {} },
    diagnostics: [],
  };
}

function openGit(paths: ProjectPaths, id: string, ref: string): { source: RevisionSource | null; diagnostics: Diagnostic[] } {
  const commit = gitCommit(paths.content, ref);
  if (!commit) {
    return { source: null, diagnostics: [diag('NSK607', { ...at(displayPath(paths.root, paths.content)), message: `Ref git \`${ref}\` tidak ada, atau proyek ini bukan repositori git.`, hint: 'Sebut commit, cabang, atau tag yang ada, mis. git:HEAD, git:main, git:a1b2c3d.' })] };
  }
  const tree = gitTree(paths.content, commit);
  const files = sourceFiles(tree, id);
  if (!files.includes(`${id}/naskah.yaml`) && !files.includes(`${id}/pedoman.yaml`)) {
    return { source: null, diagnostics: [diag('NSK608', { ...at(displayPath(paths.root, paths.content)), message: `Dokumen ${id} tidak ada pada git:${ref} (${commit.slice(0, 7)}).`, hint: 'Pilih commit yang sudah memuat dokumen itu (`git log --oneline -- content/`).' })] };
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
  const date = new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const short = commit.slice(0, 7);
  return {
    source: {
      name: `git-${ref.replace(/[^A-Za-z0-9._-]+/g, '-')}`,
      description: `git:${ref} (${short})`,
      label: `git:${ref} (${short})`,
      date: date,
      paths: { ...paths, root, content },
      historical: true,
      display: (f) => `git:${ref}:${f}`,
      close: () => rmSync(root, { recursive: true, force: true }),
    },
    diagnostics: [],
  };
}

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderName, listingHash, sha256 } from '../../src/revision/hash.js';
import { writeRevision } from '../../src/revision/store.js';
import type { RevisionManifest } from '../../src/revision/types.js';
import { runCli } from '../helpers.js';
import { cleanUp, copyProject, replaceOnce } from './helpers.js';

afterAll(cleanUp);

const revisionsDir = (root: string) => join(root, 'content', 'dok', 'revisi');
const folders = (root: string) => (existsSync(revisionsDir(root)) ? readdirSync(revisionsDir(root)).sort() : []);

/**
 * Writes revision 1 of `dok` (labelled `label`) as a snapshot of the current sources with one text of
 * dok/naskah.yaml replaced (`[from, to]`): a revision made by an older naskah, which `diff` must still judge.
 */
function snapshotWith(root: string, label: string, [from, to]: readonly [string, string]): ReturnType<typeof writeRevision> {
  const content = join(root, 'content');
  const files = ['daerah.yaml', 'dasar-hukum.yaml', 'dok/naskah.yaml'];
  const contents = new Map(files.map((f) => [f, readFileSync(join(content, f))]));
  contents.set('dok/naskah.yaml', Buffer.from(readFileSync(join(content, 'dok/naskah.yaml'), 'utf8').replace(from, to)));
  const entries = files.map((path) => ({ path, sha256: sha256(contents.get(path)!), bytes: contents.get(path)!.byteLength }));
  return writeRevision(content, { schema: 'naskah-revisi/1', dokumen: 'dok', nomor: 1, label, tanggal: '2025-01-01T00:00:00Z', hash: listingHash(entries), berkas: entries }, contents);
}

describe('naskah revision save / list', () => {
  it('saves an immutable, content-addressed snapshot with date, label and a hash of every file', async () => {
    const root = copyProject();
    const t = await runCli(['revision', 'save', 'dok', '--label', 'Draf awal tim efektif'], root);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toMatch(/^dok: revisi 1 disimpan — "Draf awal tim efektif", 1 Januari 2026, 3 berkas, di content\/dok\/revisi\/001-[0-9a-f]{12}$/);
    const [folder] = folders(root);
    const manifest = JSON.parse(readFileSync(join(revisionsDir(root), folder!, 'revisi.json'), 'utf8')) as RevisionManifest;
    expect(manifest).toMatchObject({ schema: 'naskah-revisi/1', dokumen: 'dok', nomor: 1, label: 'Draf awal tim efektif', tanggal: '2026-01-01T00:00:00Z' });
    expect(manifest.berkas.map((f) => f.path)).toEqual(['daerah.yaml', 'dasar-hukum.yaml', 'dok/naskah.yaml']);
    for (const f of manifest.berkas) {
      const original = readFileSync(join(root, 'content', f.path));
      expect(readFileSync(join(revisionsDir(root), folder!, 'berkas', f.path))).toEqual(original);
      expect(f.sha256).toBe(sha256(original));
    }
    expect(manifest.hash).toBe(listingHash(manifest.berkas));
    expect(folder).toBe(`001-${manifest.hash.slice(0, 12)}`);
  });

  it('numbers revisions in sequence, lists them, and stores nothing when the sources did not change', async () => {
    const root = copyProject();
    await runCli(['revision', 'save', 'dok', '--label', 'Draf awal'], root);
    const same = await runCli(['revision', 'save', 'dok', '--label', 'Tanpa perubahan'], root);
    expect(same.exitCode).toBe(0);
    expect(same.stderr).toContain('peringatan NSK606');
    expect(folders(root)).toHaveLength(1);
    replaceOnce(root, 'content/dok/naskah.yaml', 'setiap bulan', 'setiap 3 (tiga) bulan');
    expect((await runCli(['revision', 'save', 'dok', '--label', 'Hasil rapat'], root)).exitCode).toBe(0);
    const list = await runCli(['revision', 'list', 'dok'], root);
    expect(list.exitCode).toBe(0);
    expect(list.stdout.split('\n').map((l) => l.replace(/\d{3}-[0-9a-f]{12}/, 'NNN-HASH'))).toEqual([
      'dok: 2 revisi tersimpan di content/dok/revisi',
      ' revisi  tanggal         label                             folder',
      '      1  1 Januari 2026  Draf awal                         NNN-HASH',
      '      2  1 Januari 2026  Hasil rapat                       NNN-HASH',
      'working                  Sumber kerja saat ini (content/)',
    ]);
  });

  it('refuses a label already used, a label that looks like a revision name, and sources with errors', async () => {
    const root = copyProject();
    await runCli(['revision', 'save', 'dok', '--label', 'Draf awal'], root);
    replaceOnce(root, 'content/dok/naskah.yaml', 'setiap bulan', 'setiap 3 (tiga) bulan');
    const dup = await runCli(['revision', 'save', 'dok', '--label', 'draf AWAL'], root);
    expect([dup.exitCode, dup.stderr]).toEqual([1, expect.stringContaining('galat NSK604 Label "draf AWAL" sudah dipakai oleh revisi 1.')]);
    for (const label of ['2', 'working', 'git:main', ' ']) {
      const bad = await runCli(['revision', 'save', 'dok', '--label', label], root);
      expect([bad.exitCode, bad.stderr]).toEqual([1, expect.stringContaining('galat NSK605')]);
    }
    replaceOnce(root, 'content/dok/naskah.yaml', '[[layanan-diselenggarakan]] diberikan', '[[layanan-tidak-ada]] diberikan');
    const broken = await runCli(['revision', 'save', 'dok', '--label', 'Rusak'], root);
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toContain('galat NSK610 Sumber dok memuat galat; revisi tidak disimpan.');
    expect(broken.stderr).toContain('galat NSK301');
    expect(folders(root)).toHaveLength(1);
    const usage = await runCli(['revision', 'save', 'dok'], root);
    expect(usage.exitCode).toBe(2);
  });
});

describe('bad revisions', () => {
  it('reports a tampered snapshot (NSK602) and never uses it', async () => {
    const root = copyProject();
    await runCli(['revision', 'save', 'dok', '--label', 'Draf awal'], root);
    const [folder] = folders(root);
    const file = join(revisionsDir(root), folder!, 'berkas', 'dok', 'naskah.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('setiap bulan', 'setiap tahun'));
    const list = await runCli(['revision', 'list', 'dok'], root);
    expect(list.exitCode).toBe(1);
    expect(list.stdout).toContain('RUSAK — Draf awal');
    expect(list.stderr).toContain(`content/dok/revisi/${folder}/berkas/dok/naskah.yaml:1:1 galat NSK602 Revisi 1 ("Draf awal") telah diubah sesudah disimpan: isi berkas dok/naskah.yaml tidak sama dengan hash yang tercatat.`);
    const diff = await runCli(['diff', 'dok', '1', 'working'], root);
    expect([diff.exitCode, diff.stderr]).toEqual([1, expect.stringContaining('galat NSK602')]);
    const build = await runCli(['build', 'dok', '--revision', '1', '--format', 'ir'], root);
    expect([build.exitCode, build.stderr]).toEqual([1, expect.stringContaining('galat NSK602')]);
    expect(existsSync(join(root, 'output'))).toBe(false);
  });

  it('refuses a manifest entry that names a file outside the snapshot, even with matching hashes (issue 22 point 3)', async () => {
    const root = copyProject();
    const outside = join(root, 'di-luar.txt');
    writeFileSync(outside, 'RAHASIA DI LUAR SNAPSHOT');
    for (const [n, entry] of [[1, '../../../../di-luar.txt'], [2, '/etc/hostname'], [3, 'dok/./naskah.yaml']] as const) {
      const bytes = readFileSync(entry.startsWith('/') ? entry : outside);
      const berkas = [{ path: entry, sha256: sha256(bytes), bytes: bytes.byteLength }];
      const manifest: RevisionManifest = { schema: 'naskah-revisi/1', dokumen: 'dok', nomor: n, label: `Sisipan ${n}`, tanggal: '2026-01-01T00:00:00Z', hash: listingHash(berkas), berkas };
      const dir = join(revisionsDir(root), folderName(n, manifest.hash), 'berkas');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '..', 'revisi.json'), JSON.stringify(manifest));
    }
    const list = await runCli(['revision', 'list', 'dok'], root);
    expect(list.exitCode).toBe(1);
    expect(list.stderr.match(/galat NSK602/g)).toHaveLength(3);
    expect(list.stderr).toContain('entri berkas "../../../../di-luar.txt" di revisi.json bukan nama berkas di dalam snapshot');
    expect(list.stderr).toContain('entri berkas "/etc/hostname" di revisi.json bukan nama berkas di dalam snapshot');
    expect(list.stdout + list.stderr).not.toContain('RAHASIA');
    const diff = await runCli(['diff', 'dok', '1', 'working'], root);
    expect([diff.exitCode, diff.stderr]).toEqual([1, expect.stringContaining('galat NSK602')]);
  });

  it('refuses a snapshot file that is a symlink to a file outside the snapshot', async () => {
    const root = copyProject();
    await runCli(['revision', 'save', 'dok', '--label', 'Draf awal'], root);
    const [folder] = folders(root);
    const file = join(revisionsDir(root), folder!, 'berkas', 'daerah.yaml');
    const copy = join(root, 'salinan-daerah.yaml');
    writeFileSync(copy, readFileSync(file));
    rmSync(file);
    symlinkSync(copy, file);
    const list = await runCli(['revision', 'list', 'dok'], root);
    expect([list.exitCode, list.stderr]).toEqual([1, expect.stringContaining('galat NSK602')]);
  });

  it('reports an unknown revision (NSK601) with a suggestion', async () => {
    const root = copyProject();
    await runCli(['revision', 'save', 'dok', '--label', 'Draf awal tim efektif'], root);
    const byNumber = await runCli(['diff', 'dok', '7'], root);
    expect([byNumber.exitCode, byNumber.stderr]).toEqual([2, expect.stringContaining('content/dok/revisi:1:1 galat NSK601 Revisi 7 tidak ada untuk dokumen dok.')]);
    const byLabel = await runCli(['diff', 'dok', 'Draf awal tim efektf'], root);
    expect(byLabel.stderr).toContain('petunjuk: Mungkin maksud Anda "Draf awal tim efektif"?');
    const byGit = await runCli(['diff', 'dok', 'git:tidak-ada'], root);
    expect([byGit.exitCode, byGit.stderr]).toEqual([2, expect.stringContaining('galat NSK607')]);
  });

  it('reports a revision that no longer validates under the current schema (NSK603), pointing into the snapshot', async () => {
    const root = copyProject();
    // An older source format: `judul` instead of `tentang`.
    const r = snapshotWith(root, 'Format lama', ['tentang: Layanan Terpadu', 'judul: Layanan Terpadu']);
    expect((await runCli(['revision', 'list', 'dok'], root)).exitCode).toBe(0);
    const t = await runCli(['diff', 'dok', '1'], root);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain(`content/dok/revisi/${r.name}/berkas/dok/naskah.yaml:3:1 galat NSK603 Revisi 1 ("Format lama") tidak lagi sah menurut skema yang berlaku sekarang.`);
    expect(t.stderr).toMatch(/galat NSK20\d/);
    expect(t.stderr).toContain('Tidak ada berkas perubahan yang ditulis.');
  });
});

describe('naskah diff of a revision held back by lint', () => {
  it('fails with NSK609 and the lint error in the snapshot, as a build of that revision would', async () => {
    // naskah diff runs only the lint rules that can stop a revision (issue 11): an ERROR finding must still stop it.
    const root = copyProject();
    const r = snapshotWith(root, 'Batas lama', ['layanan setiap bulan', 'layanan selambat-lambatnya setiap bulan']);
    const t = await runCli(['diff', 'dok', '1'], root);
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain(`content/dok/revisi/${r.name}/berkas/dok/naskah.yaml:38:55 galat NSK609 Revisi 1 ("Batas lama") memuat galat dan tidak dapat dimuat.`);
    expect(t.stderr).toContain('galat TN-BHS-08 Batas ditulis "selambat-lambatnya".');
    expect(t.stderr).toContain('Tidak ada berkas perubahan yang ditulis.');
  });
});

describe('naskah build --revision', () => {
  it('builds an old revision into output/<doc>/revisi/<n>/', async () => {
    const root = copyProject();
    await runCli(['revision', 'save', 'dok', '--label', 'Draf awal'], root);
    replaceOnce(root, 'content/dok/naskah.yaml', 'setiap bulan', 'setiap 3 (tiga) bulan');
    const t = await runCli(['build', 'dok', '--revision', 'Draf awal', '--format', 'ir'], root);
    expect([t.exitCode, t.stderr]).toEqual([0, 'dok (revisi 1, "Draf awal"): output/dok/revisi/1/dok.json']);
    const ir = readFileSync(join(root, 'output', 'dok', 'revisi', '1', 'dok.json'), 'utf8');
    expect(ir).toContain('setiap bulan.');
    expect(ir).not.toContain('setiap 3 (tiga) bulan');
    const two = await runCli(['build', '--revision', '1', '--format', 'ir'], root);
    expect(two.exitCode).toBe(2);
  });
});

describe('git:<ref>', () => {
  it('compares the sources as committed with the working copy', async () => {
    const root = copyProject();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Tim Efektif', '-c', 'user.email=tim@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe', env: { ...process.env, GIT_COMMITTER_DATE: '2025-10-06T10:00:00+07:00', GIT_AUTHOR_DATE: '2025-10-06T10:00:00+07:00' } });
    git('init', '-q');
    git('add', 'content');
    git('commit', '-q', '-m', 'Draf');
    replaceOnce(root, 'content/dok/naskah.yaml', 'setiap bulan', 'setiap 3 (tiga) bulan');
    const t = await runCli(['diff', 'dok', 'git:HEAD'], root);
    expect(t.exitCode).toBe(0);
    expect(t.stdout).toMatch(/^dok: git:HEAD \([0-9a-f]{7}\) → sumber kerja: 0 disisipkan, 0 dihapus, 1 diubah, 0 dipindah, 0 hanya nomor;/);
    const cs = JSON.parse(readFileSync(join(root, 'output', 'dok', 'perubahan', 'git-HEAD..working', 'perubahan.json'), 'utf8')) as { from: { date: string }; changes: { id: string; ops: [string, string][] }[] };
    expect(cs.from.date).toBe('2025-10-06T03:00:00Z');
    expect(cs.changes).toMatchObject([{ id: 'laporan.isi', ops: [['=', 'Puskesos melaporkan pelaksanaan layanan setiap '], ['+', '3 (tiga) '], ['=', 'bulan.']] }]);
  });
});

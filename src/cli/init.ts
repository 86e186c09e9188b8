/**
 * `naskah init [folder]` and `naskah new perbup|keputusan|pedoman <id>` (issue 16 point 7): scaffold a
 * project — daerah.yaml, a registry of verified legal bases, a VS Code settings file that maps the
 * schemas to content/**, and a first Rancangan Peraturan Bupati that builds clean at once — or one new
 * document in an existing project. Templates live in templates/scaffold/ (our own text; the values are
 * inserted as data). Nothing is overwritten: an existing file stops the command before anything is
 * written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { writeFilesAtomic } from '../util/atomic-write.js';
import { findProject, toolRoot } from '../load/project.js';
import { UsageError, type Io } from './io.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The region of a new project, from `--daerah "Kabupaten Purwakarta"` and `--provinsi "Jawa Barat"`. */
interface Region {
  readonly nama: string;
  readonly jenis: 'kabupaten' | 'kota';
  readonly provinsi: string;
}

function region(daerah: string | undefined, provinsi: string | undefined): Region {
  const name = (daerah ?? 'Kabupaten Purwakarta').trim();
  const m = /^(Kabupaten|Kota)\s+(.+)$/i.exec(name);
  if (!m) throw new UsageError(`--daerah ditulis "Kabupaten <nama>" atau "Kota <nama>", bukan "${name}".`);
  return { nama: m[2]!.trim(), jenis: m[1]!.toLowerCase() === 'kota' ? 'kota' : 'kabupaten', provinsi: (provinsi ?? 'Jawa Barat').trim() };
}

const kepala = (r: Pick<Region, 'jenis'>) => (r.jenis === 'kota' ? 'Wali Kota' : 'Bupati');
const namaDaerah = (r: Region) => `${r.jenis === 'kota' ? 'Kota' : 'Kabupaten'} ${r.nama}`;

/** A scaffold template with `{{name}}` placeholders filled (values are data; unknown names are a bug). */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  const text = readFileSync(join(toolRoot(), 'templates', 'scaffold', template), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`scaffold ${template}: no value for {{${name}}}`);
    return value;
  });
}

/** Relative path from a file's folder to the tool's schemas, with forward slashes (for the modeline). */
function schemasFrom(file: string): string {
  return relative(dirname(file), join(toolRoot(), 'schemas')).split(sep).join('/');
}

/** Writes the files if none exists yet; otherwise a usage error naming the first that does. */
function writeNew(files: ReadonlyMap<string, string>, root: string): void {
  const taken = [...files.keys()].find((f) => existsSync(f));
  if (taken) throw new UsageError(`${relative(root, taken) || taken} sudah ada; naskah tidak menimpa berkas. Pilih folder atau id lain.`);
  writeFilesAtomic(files);
}

function peraturanFiles(root: string, id: string, tentang: string, r: Region): Map<string, string> {
  const file = join(root, 'content', id, 'naskah.yaml');
  const tentangKecil = tentang.charAt(0).toLowerCase() + tentang.slice(1);
  const values = { schemas: schemasFrom(file), tentang, tentangKecil: tentangKecil.toLowerCase(), nama: r.nama, namaDaerah: namaDaerah(r), kepalaDaerah: kepala(r), jenisPeraturan: `Peraturan ${kepala(r)}` };
  return new Map([[file, fill('peraturan.yaml', values)]]);
}

/** `naskah init [folder]`. */
export function runInit(args: readonly string[], options: { daerah?: string | undefined; provinsi?: string | undefined; tentang?: string | undefined }, io: Io): number {
  if (args.length > 1) throw new UsageError('Pemakaian: naskah init [folder] [--daerah "Kabupaten …"] [--provinsi "…"] [--tentang "…"].');
  const root = resolve(io.cwd, args[0] ?? '.');
  if (existsSync(join(root, 'content'))) throw new UsageError(`${join(relative(io.cwd, root) || '.', 'content')} sudah ada: folder ini sudah berisi proyek naskah. Tambahkan dokumen dengan \`naskah new perbup <id>\`.`);
  const r = region(options.daerah, options.provinsi);
  const tentang = (options.tentang ?? 'Penyelenggaraan Pelayanan Publik').trim();
  const daerahFile = join(root, 'content', 'daerah.yaml');
  const registryFile = join(root, 'content', 'dasar-hukum.yaml');
  const files = new Map<string, string>([
    [daerahFile, fill('daerah.yaml', { schemas: schemasFrom(daerahFile), nama: r.nama, jenis: r.jenis, provinsi: r.provinsi, ibuKota: r.nama })],
    [registryFile, fill('dasar-hukum.yaml', { schemas: schemasFrom(registryFile) })],
    [join(root, '.vscode', 'settings.json'), vscodeSettings(root)],
    [join(root, '.gitignore'), 'output/\n'],
    ...peraturanFiles(root, 'perbup-baru', tentang, r),
  ]);
  writeNew(files, root);
  const shown = relative(io.cwd, root) || '.';
  io.out(`Proyek naskah dibuat di ${shown}:`);
  for (const f of files.keys()) io.out(`  ${relative(root, f)}`);
  io.out('');
  io.out('Langkah berikutnya:');
  if (shown !== '.') io.out(`  cd ${shown}`);
  io.out('  naskah build             # membuat output/perbup-baru/perbup-baru.docx dan .pdf');
  io.out('  naskah new perbup <id>   # menambah rancangan Peraturan lain');
  return 0;
}

/** VS Code (YAML extension) settings: every source file of content/ gets its schema and Indonesian hovers. */
function vscodeSettings(root: string): string {
  const rel = (name: string) => relative(root, join(toolRoot(), 'schemas', `${name}.schema.json`)).split(sep).join('/');
  return `${JSON.stringify({
    'yaml.schemas': {
      [rel('daerah')]: 'content/daerah.yaml',
      [rel('dasar-hukum')]: 'content/dasar-hukum.yaml',
      [rel('pedoman')]: 'content/*/pedoman.yaml',
      [rel('paket')]: 'content/paket.yaml',
    },
    'yaml.validate': true,
    'yaml.hover': true,
    'yaml.completion': true,
    'files.encoding': 'utf8',
    'files.eol': '\n',
  }, null, 2)}\n`;
}

/** `naskah new perbup|pedoman|keputusan <id>`. */
export function runNew(args: readonly string[], options: { tentang?: string | undefined; peraturan?: string | undefined }, io: Io): number {
  const [kind, id, ...extra] = args;
  if (!kind || !id || extra.length > 0 || !['perbup', 'keputusan', 'pedoman'].includes(kind)) throw new UsageError('Pemakaian: naskah new perbup|keputusan|pedoman <id> [--tentang "…"] [--peraturan <id-perbup>].');
  if (!ID.test(id)) throw new UsageError(`Id \`${id}\` hanya boleh huruf kecil, angka, dan tanda hubung (mis. perbup-slrt).`);
  const paths = findProject(io.cwd);
  if (!paths) throw new UsageError('Tidak ada proyek naskah di folder ini (content/ tidak ditemukan). Mulai dengan `naskah init`.');
  const daerah = readFileSync(join(paths.content, 'daerah.yaml'), 'utf8');
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+?)\\s*(#.*)?$`, 'm').exec(daerah)?.[1] ?? '';
  const r: Region = { nama: field('nama'), jenis: field('jenis') === 'kota' ? 'kota' : 'kabupaten', provinsi: field('provinsi') };
  const tentang = (options.tentang ?? 'Penyelenggaraan Pelayanan Publik').trim();
  let files: Map<string, string>;
  if (kind === 'perbup') files = peraturanFiles(paths.root, id, tentang, r);
  else if (kind === 'keputusan') {
    const file = join(paths.content, id, 'naskah.yaml');
    files = new Map([[file, fill('keputusan.yaml', { schemas: schemasFrom(file), tentang, nama: r.nama, kepalaDaerah: kepala(r) })]]);
  } else {
    const peraturan = options.peraturan;
    if (!peraturan || !existsSync(join(paths.content, peraturan, 'naskah.yaml'))) throw new UsageError('Sebutkan Peraturan yang melampirkan pedoman ini: --peraturan <id-perbup> (folder di content/ dengan naskah.yaml).');
    const file = join(paths.content, id, 'pedoman.yaml');
    files = new Map([
      [file, fill('pedoman.yaml', { schemas: schemasFrom(file), tentang, peraturan, nama: r.nama, namaDaerah: namaDaerah(r) })],
      [join(paths.content, id, 'bab-1-pendahuluan.md'), fill('pedoman-bab-1.md', { tentang, namaDaerah: namaDaerah(r), kepalaDaerah: kepala(r) })],
    ]);
  }
  writeNew(files, paths.root);
  for (const f of files.keys()) io.out(`dibuat ${relative(paths.root, f)}`);
  if (kind === 'pedoman') io.out(`Lampirkan pada Peraturan: tambahkan di content/${options.peraturan}/naskah.yaml\n  lampiran:\n    - id: lampiran-pedoman\n      judul: Pedoman ${tentang}\n      sumber: ../${id}/pedoman.yaml`);
  return 0;
}

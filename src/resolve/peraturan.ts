/**
 * Resolves a Peraturan Bupati source into the IR: judul, pembukaan, batang tubuh, penutup and
 * lampiran headers, every number, reference and formula computed here (DESIGN.md, resolve phase).
 */
import type { Diagnostic, Position } from '../diagnostics/types.js';
import type { BlokLampiran, Lampiran, Naskah } from '../ir/types.js';
import { rangeAt, type YamlSource } from '../load/yaml-source.js';
import { DocumentBuilder } from './builder.js';
import { buildBatangTubuh, type UnsurSource } from './batang-tubuh.js';
import { longDate, type Daerah } from './daerah.js';
import { formula, formulaLines } from './formulas.js';
import { roman } from '../ir/numbering.js';
import { buildMengingat, buildMenimbang, type MenimbangSource } from './pembukaan.js';
import type { UnitIndex } from './unit-index.js';

/** The Perbup source as validated by schemas/perbup.schema.json. */
export interface PeraturanSource {
  readonly jenis: 'peraturan-bupati';
  readonly status: 'rancangan' | 'final';
  readonly tentang: string;
  readonly nomor?: number | null;
  readonly tahun?: number | null;
  readonly ditetapkan?: string | null;
  readonly diundangkan?: string | null;
  readonly berita_daerah?: number | null;
  readonly menimbang: readonly MenimbangSource[];
  readonly mengingat: readonly string[];
  readonly batang_tubuh: readonly UnsurSource[];
  readonly lampiran?: readonly { readonly id: string; readonly judul: string; readonly sumber?: string }[];
}

/** Everything resolve needs besides the document itself. */
export interface ResolveContext {
  readonly id: string;
  readonly daerah: Daerah;
  /** Absolute path of the lambang image, or null. */
  readonly lambangPath: string | null;
  readonly registry: YamlSource;
  readonly templatesDir: string;
  /** ISO date for document properties (SOURCE_DATE_EPOCH or the sources' date). */
  readonly date: string;
  /** Treat unverified citations and other final-only checks as errors. */
  readonly strict: boolean;
  /** Resolves the content of a Lampiran whose `sumber` is a Buku Pedoman manifest (path relative to the document). */
  readonly lampiranSumber?: (sumber: string, index: UnitIndex, jenisPeraturan: string, at: { readonly file: string; readonly start: Position; readonly end: Position }) => { isi: BlokLampiran[]; diagnostics: Diagnostic[] };
}

/** Resolves a Peraturan Bupati. */
export function resolvePeraturan(source: YamlSource, ctx: ResolveContext): { ir: Naskah; diagnostics: Diagnostic[]; index: UnitIndex } {
  const doc = source.data as PeraturanSource;
  const b = new DocumentBuilder(source);
  const d = ctx.daerah;
  const jenisPeraturan = `Peraturan ${d.kepala}`;
  const strict = ctx.strict || doc.status === 'final';
  const nomorLine = `NOMOR ${doc.nomor ?? '...'} TAHUN ${doc.tahun ?? '...'}`;
  const jenisLine = `${jenisPeraturan} ${d.nama}`.toUpperCase();
  const tentangUpper = doc.tentang.trim().toUpperCase();

  const menimbang = buildMenimbang(b, doc.menimbang, ctx.templatesDir, jenisPeraturan, doc.tentang.trim());
  const mengingat = buildMengingat(b, doc.mengingat, ctx.registry, d, strict);
  const batangTubuh = buildBatangTubuh(b, doc.batang_tubuh, { templatesDir: ctx.templatesDir, jenisPeraturan });
  // Lampiran are registered after the batang tubuh so references list them after the Pasal.
  const lampiranCount = doc.lampiran?.length ?? 0;
  const lampiranIsi = (sumber: string, i: number): BlokLampiran[] => {
    const at = { file: b.source.file, ...rangeAt(b.source, ['lampiran', i, 'sumber']) };
    const { isi, diagnostics } = ctx.lampiranSumber!(sumber, b.index, jenisPeraturan, at);
    b.diagnostics.push(...diagnostics);
    return isi;
  };
  const lampiran: Lampiran[] = (doc.lampiran ?? []).map((l, i) => {
    const label = lampiranCount > 1 ? `Lampiran ${roman(i + 1)}` : 'Lampiran';
    b.register({ id: l.id, kind: 'lampiran', chain: [{ word: '', value: label }], pasalId: null, ayatId: null, parentKey: 'lampiran', position: i + 1, source: b.pos(['lampiran', i]) }, ['lampiran', i], true);
    return {
      id: l.id,
      kepala: [label.toUpperCase(), jenisLine, nomorLine, 'TENTANG', tentangUpper],
      judul: [l.judul.trim().toUpperCase()],
      isi: l.sumber && ctx.lampiranSumber ? lampiranIsi(l.sumber, i) : [],
      penandatangan: { baris: [`${d.jabatanKepala},`], nama: d.namaKepala ?? '...' },
    };
  });

  b.resolveTexts();

  const tahunBd = doc.diundangkan ? doc.diundangkan.slice(0, 4) : '...';
  const ir: Naskah = {
    schema: 'naskah-ir/1',
    id: ctx.id,
    jenis: 'peraturan-bupati',
    status: doc.status,
    metadata: {
      title: `${doc.status === 'rancangan' ? 'Rancangan ' : ''}${jenisPeraturan} ${d.nama} Nomor ${doc.nomor ?? '...'} Tahun ${doc.tahun ?? '...'} tentang ${doc.tentang.trim()}`,
      subject: doc.tentang.trim(),
      author: `Pemerintah ${d.namaDaerah}`,
      keywords: [jenisPeraturan, d.namaDaerah, doc.tentang.trim()],
      date: ctx.date,
      language: 'id-ID',
    },
    kop: { lambang: ctx.lambangPath, baris: d.kop },
    judul: { rancangan: doc.status === 'rancangan', baris: [jenisLine, nomorLine, 'TENTANG', tentangUpper] },
    pembukaan: {
      frasa: 'DENGAN RAHMAT TUHAN YANG MAHA ESA',
      jabatan: `${d.jabatanKepala},`,
      menimbang,
      mengingat,
      memperhatikan: null,
      memutuskan: 'MEMUTUSKAN:',
      menetapkan: { label: 'Menetapkan', butir: [{ id: 'menetapkan', label: '', isi: [{ kind: 'text', text: `${jenisPeraturan.toUpperCase()} TENTANG ${tentangUpper}.` }], source: null }] },
    },
    batangTubuh,
    diktum: [],
    penutup: {
      alinea: [[{ kind: 'text', text: formula(ctx.templatesDir, 'pengundangan', { jenisPeraturan, namaDaerah: d.namaDaerah }) }]],
      penetapan: { baris: formulaLines(ctx.templatesDir, 'penetapan', { ibuKota: d.ibuKota, tanggal: longDate(doc.ditetapkan), jabatan: d.jabatanKepala }), nama: d.namaKepala ?? '...' },
      pengundangan: { baris: formulaLines(ctx.templatesDir, 'diundangkan', { ibuKota: d.ibuKota, tanggal: longDate(doc.diundangkan), jabatanSekda: d.jabatanSekda }), nama: d.namaSekda ?? '...' },
      beritaDaerah: formula(ctx.templatesDir, 'berita-daerah', { NAMA_DAERAH: d.namaDaerah.toUpperCase(), tahun: tahunBd, nomor: doc.berita_daerah ?? '...' }),
    },
    lampiran,
  };
  return { ir, diagnostics: b.diagnostics, index: b.index };
}

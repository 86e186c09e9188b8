/**
 * Resolves a Keputusan Bupati source into the IR (TN-KEP-01…14): the title with "NOMOR : …" by the
 * archival code (TN-KEP-03), no "DENGAN RAHMAT TUHAN YANG MAHA ESA" (TN-KEP-04), Menimbang closed by
 * "… perlu menetapkan Keputusan Bupati tentang …" and Mengingat from the registry (TN-KEP-05),
 * MEMUTUSKAN / Menetapkan (TN-KEP-06), diktum KESATU, KEDUA, … (TN-KEP-07…10), the penetapan block
 * without pengundangan or Berita Daerah (TN-KEP-11), and lampiran generated from the organisation
 * model, checked against the Peraturan Bupati it implements (TN-KEP-13, TN-KEP-14).
 */
import { join } from 'node:path';
import { diag, hasErrors } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import type { ButirBerlabel, DaftarBerlabel, Naskah } from '../../ir/types.js';
import { rangeAt, type YamlSource } from '../../load/yaml-source.js';
import { baganFonts, type BaganFonts } from '../../org/box.js';
import { checkAgainstPerbup, perbupUnits, type PerbupUnit } from './perbup-units.js';
import type { OrgModel, StrukturSource } from '../../org/types.js';
import { validateStruktur } from '../../org/validate.js';
import { DocumentBuilder, type Mutable } from '../builder.js';
import { longDate } from '../daerah.js';
import { formulaLines } from '../formulas.js';
import { buildDiktum, type DiktumSource } from './diktum.js';
import { buildLampiranKeputusan, type LampiranKeputusanSource } from './lampiran.js';
import { tableFonts } from '../table/measure-cells.js';
import { sizeTables } from '../table/size-tables.js';
import { nomorKeputusan, unknownPlaceholders, type NomorKeputusanSource } from './nomor.js';
import { perbupName, registerPerbupUnits, type LoadPeraturan } from './load-perbup.js';
import { PerbupFacts } from './perbup-facts.js';
import { checkDelegation } from './check-delegation.js';
import { checkKedudukan } from './check-kedudukan.js';
import { checkTugas } from './check-tugas.js';
import { checkKomando } from './check-komando.js';
import { checkMemimpin } from './check-memimpin.js';
import { checkMengingat } from './check-mengingat.js';
import { buildMengingat, buildMenimbang, type MenimbangSource } from '../pembukaan.js';
import type { ResolveContext } from '../peraturan.js';

/** The Keputusan source as validated by schemas/keputusan.schema.json. */
export interface KeputusanSource {
  readonly jenis: 'keputusan-bupati';
  readonly status: 'rancangan' | 'final';
  readonly tentang: string;
  readonly nomor?: NomorKeputusanSource;
  readonly ditetapkan?: string | null;
  readonly frasa_pembukaan?: boolean;
  readonly lampiran_tanggal?: boolean;
  readonly menimbang: readonly MenimbangSource[];
  readonly mengingat: readonly string[];
  readonly memperhatikan?: readonly { readonly id?: string; readonly teks: string }[];
  readonly peraturan?: string;
  readonly diktum: readonly DiktumSource[];
  readonly lampiran?: readonly LampiranKeputusanSource[];
  readonly struktur?: StrukturSource;
}

/** Everything resolve needs for a Keputusan: the Peraturan context plus a way to load the Perbup. */
export interface KeputusanContext extends ResolveContext {
  readonly loadPeraturan: LoadPeraturan;
}

/** Resolves a Keputusan Bupati. */
export function resolveKeputusan(source: YamlSource, ctx: KeputusanContext): { ir: Naskah; diagnostics: Diagnostic[] } {
  const doc = source.data as KeputusanSource;
  const b = new DocumentBuilder(source);
  const d = ctx.daerah;
  const jenisKeputusan = `Keputusan ${d.kepala}`;
  const strict = ctx.strict || doc.status === 'final';
  const tentang = doc.tentang.trim();
  const tentangUpper = tentang.toUpperCase();
  const nomor = nomorKeputusan(doc.nomor);
  for (const name of doc.nomor?.pola ? unknownPlaceholders(doc.nomor.pola) : []) {
    b.error('NSK332', ['nomor', 'pola'], `Penanda \`{${name}}\` tidak dikenal dalam pola nomor.`, 'Gunakan hanya {kode}, {urut}, {unit}, dan {tahun}, mis. `{kode}/Kep.{urut}-{unit}/{tahun}`.');
  }
  const jenisLine = `${jenisKeputusan} ${d.nama}`.toUpperCase();
  const nomorLine = `NOMOR : ${nomor}`;

  const perbup = linkPerbup(b, doc, ctx);
  const model = doc.struktur ? checkStruktur(b, doc, perbup) : null;

  const menimbang = buildMenimbang(b, doc.menimbang, ctx.templatesDir, jenisKeputusan, tentang);
  const mengingat = buildMengingat(b, doc.mengingat, ctx.registry, d, strict);
  const memperhatikan = doc.memperhatikan ? buildMemperhatikan(b, doc.memperhatikan) : null;
  const diktum = buildDiktum(b, doc.diktum, { templatesDir: ctx.templatesDir, jenisKeputusan, namaDaerah: d.namaDaerah });
  const penandatangan = { baris: [`${d.jabatanKepala},`], nama: d.namaKepala ?? '...' };
  let fonts: BaganFonts | undefined;
  const built = buildLampiranKeputusan(b, doc.lampiran ?? [], {
    kepala: [jenisLine, nomorLine, ...(doc.lampiran_tanggal ? [`TANGGAL : ${longDate(doc.ditetapkan)}`] : []), 'TENTANG', tentangUpper],
    penandatangan,
    model,
    hasStruktur: doc.struktur !== undefined,
    orgName: doc.struktur?.sebutan ?? null,
    fonts: () => (fonts ??= baganFonts(join(ctx.templatesDir, 'fonts'))),
  });

  b.resolveTexts();
  // Column widths and type size of the susunan tables, from their resolved texts.
  const tables = tableFonts(join(ctx.templatesDir, 'fonts'));
  const lampiran = built.map((l) => {
    const sized = sizeTables(l.isi, tables);
    b.diagnostics.push(...sized.diagnostics);
    return { ...l, isi: sized.blocks };
  });

  const ir: Naskah = {
    schema: 'naskah-ir/1',
    id: ctx.id,
    jenis: 'keputusan-bupati',
    status: doc.status,
    metadata: {
      title: `${doc.status === 'rancangan' ? 'Rancangan ' : ''}${jenisKeputusan} ${d.nama} Nomor ${nomor} tentang ${tentang}`,
      subject: tentang,
      author: `Pemerintah ${d.namaDaerah}`,
      keywords: [jenisKeputusan, d.namaDaerah, tentang],
      date: ctx.date,
      language: 'id-ID',
    },
    kop: { lambang: ctx.lambangPath, baris: d.kop },
    judul: { rancangan: doc.status === 'rancangan', baris: [jenisLine, nomorLine, 'TENTANG', tentangUpper] },
    pembukaan: {
      frasa: doc.frasa_pembukaan ? 'DENGAN RAHMAT TUHAN YANG MAHA ESA' : null,
      jabatan: `${d.jabatanKepala},`,
      menimbang,
      mengingat,
      memperhatikan,
      memutuskan: 'MEMUTUSKAN:',
      menetapkan: { label: 'Menetapkan', butir: [{ id: 'menetapkan', label: '', isi: [{ kind: 'text', text: `${jenisKeputusan.toUpperCase()} TENTANG ${tentangUpper}.` }], source: null }] },
    },
    batangTubuh: [],
    diktum,
    penutup: {
      alinea: [],
      penetapan: { baris: formulaLines(ctx.templatesDir, 'penetapan', { ibuKota: d.ibuKota, tanggal: longDate(doc.ditetapkan), jabatan: d.jabatanKepala }), nama: d.namaKepala ?? '...' },
      pengundangan: null,
      beritaDaerah: null,
    },
    lampiran,
  };
  return { ir, diagnostics: b.diagnostics };
}

/** The Perbup a Keputusan implements, as loaded. */
interface LinkedPerbup {
  readonly name: string;
  readonly units: readonly PerbupUnit[];
  readonly facts: PerbupFacts;
}

/**
 * Loads the Perbup named in `peraturan` and registers its units and name for [[dokumen:id]]. When it
 * cannot be loaded, that is one error (NSK329) with the reason; references into it are then not
 * reported again as missing ids.
 */
function linkPerbup(b: DocumentBuilder, doc: KeputusanSource, ctx: KeputusanContext): LinkedPerbup | null {
  if (!doc.peraturan) return null;
  const loaded = doc.peraturan === ctx.id ? { ir: null, reason: `\`${doc.peraturan}\` adalah Keputusan ini sendiri` } : ctx.loadPeraturan(doc.peraturan);
  if (!loaded.ir) {
    b.documents.set(doc.peraturan, null);
    const related = 'at' in loaded && loaded.at ? [{ message: loaded.at.message, file: loaded.at.file, start: { line: loaded.at.line, column: loaded.at.column } }] : [];
    b.diagnostics.push(diag('NSK329', { file: b.source.file, ...rangeAt(b.source, ['peraturan']), message: `Peraturan Bupati tidak dapat dimuat: ${loaded.reason}.`, hint: `Jalankan \`naskah check ${doc.peraturan}\` dan perbaiki galatnya, atau periksa id dokumen di content/.`, related }));
    return null;
  }
  const units = perbupUnits(loaded.ir);
  registerPerbupUnits(b, doc.peraturan, loaded.ir, units);
  b.diagnostics.push(...checkMengingat(b.source, doc.mengingat, doc.peraturan, loaded.ir, loaded.tentangAt, ctx.registry));
  const name = perbupName(loaded.ir);
  return { name, units, facts: new PerbupFacts(units, name) };
}

/** Validates the struktur and cross-checks it against the Perbup; the model, or null on errors. */
function checkStruktur(b: DocumentBuilder, doc: KeputusanSource, perbup: LinkedPerbup | null): OrgModel | null {
  const struktur = doc.struktur!;
  const { model, diagnostics } = validateStruktur(b.source, ['struktur'], struktur);
  if (perbup) {
    const base = ['struktur'];
    const sound = !hasErrors(diagnostics);
    diagnostics.push(...checkAgainstPerbup(b.source, base, struktur, perbup.units, perbup.name));
    // The struktur's facts are compared with the Perbup only once its graph is sound (one mistake, one finding).
    if (sound) for (const check of [checkDelegation, checkKedudukan, checkTugas, checkKomando, checkMemimpin]) diagnostics.push(...check(b.source, base, struktur, perbup.facts));
  }
  else if (doc.peraturan === undefined && (struktur.wajib_perbup || struktur.unit.some((u) => u.perbup !== undefined))) {
    diagnostics.push(diag('NSK329', { file: b.source.file, ...rangeAt(b.source, ['struktur', struktur.wajib_perbup ? 'wajib_perbup' : 'unit']), message: 'Struktur menyebut unsur Peraturan Bupati (`perbup`, `wajib_perbup`), tetapi naskah tidak menyebut `peraturan`.', hint: 'Tambahkan `peraturan: <id dokumen Peraturan Bupati>` di tingkat atas naskah.' }));
  }
  b.diagnostics.push(...diagnostics);
  return hasErrors(diagnostics) ? null : model;
}

/** Memperhatikan (TN-KEP-05): non-normative references, numbered when more than one. */
function buildMemperhatikan(b: DocumentBuilder, items: readonly { readonly id?: string; readonly teks: string }[]): DaftarBerlabel {
  const butir = items.map((item, i) => {
    const path = ['memperhatikan', i];
    const node: Mutable<ButirBerlabel> = { id: item.id ?? `memperhatikan.${i + 1}`, label: items.length === 1 ? '' : `${i + 1}.`, isi: [], source: b.pos(path) };
    b.text(item.teks, { path: [...path, 'teks'], pasalId: null, ayatId: null, around: [] }, ';', (r) => (node.isi = r));
    return node as ButirBerlabel;
  });
  return { label: 'Memperhatikan', butir };
}

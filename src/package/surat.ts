/**
 * The surat permohonan fasilitasi (TN-FAS-01) as IR: kop of the Bupati, Nomor/Sifat/Lampiran/Hal, the
 * Gubernur c.q. Kepala Biro Hukum as addressee, the body from templates/surat/ listing every enclosure,
 * the signature of the Bupati or of the Sekretaris Daerah on the Bupati's behalf, and tembusan.
 */
import { join } from 'node:path';
import type { Kop, Rincian, Surat } from '../ir/types.js';
import { longDate, type Daerah } from '../resolve/daerah.js';
import { renderTemplate } from '../resolve/formulas.js';
import { spellOut } from '../ir/numbering.js';

/** The `surat` part of content/paket.yaml. */
export interface SuratSource {
  readonly nomor?: string | null;
  readonly tanggal?: string | null;
  readonly sifat: string;
  readonly penandatangan: 'bupati' | 'sekretaris-daerah';
  readonly kepada: { readonly jabatan: string; readonly cq: string; readonly tempat: string };
  readonly lampiran_lain?: readonly string[];
  readonly tembusan?: readonly string[];
}

/** What the letter says about the regulation it asks facilitation for. */
export interface SuratSubject {
  /** "Rancangan Peraturan Bupati". */
  readonly jenisPeraturan: string;
  readonly tentang: string;
  /** Enclosures in the package, in the order they are listed. */
  readonly enclosures: readonly string[];
}

/** Builds the letter. */
export function buildSurat(source: SuratSource, subject: SuratSubject, daerah: Daerah, kop: Kop, templatesDir: string, date: string): Surat {
  const paragraphs = renderTemplate(templatesDir, join('surat', 'permohonan-fasilitasi.hbs'), { namaDaerah: daerah.namaDaerah, jenisPeraturan: subject.jenisPeraturan, nama: daerah.nama, tentang: subject.tentang }).trim().split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
  const all = [...subject.enclosures, ...(source.lampiran_lain ?? [])];
  const lampiran: Rincian[] = all.map((text, i) => ({ kind: 'rincian', id: `lampiran-${i + 1}`, label: `${i + 1}.`, depth: 1, isi: [{ kind: 'text', text: `${text}${i === all.length - 1 ? '.' : i === all.length - 2 ? '; dan' : ';'}` }], rincian: [], definisi: null, source: null }));
  const hal = `Permohonan Fasilitasi ${subject.jenisPeraturan} ${daerah.nama} tentang ${subject.tentang}`;
  const jabatan = source.penandatangan === 'bupati' ? [`${daerah.jabatanKepala},`] : [`a.n. ${daerah.jabatanKepala}`, 'SEKRETARIS DAERAH,'];
  return {
    schema: 'naskah-ir/1',
    id: 'surat-permohonan-fasilitasi',
    jenis: 'surat',
    metadata: { title: hal, subject: hal, author: `Pemerintah ${daerah.namaDaerah}`, keywords: ['surat permohonan', 'fasilitasi'], date, language: 'id-ID' },
    kop,
    tempatTanggal: `${daerah.ibuKota}, ${longDate(source.tanggal)}`,
    rincian: [
      { label: 'Nomor', nilai: source.nomor ?? '...' },
      { label: 'Sifat', nilai: source.sifat },
      { label: 'Lampiran', nilai: `${all.length} (${spellOut(all.length)}) berkas` },
      { label: 'Hal', nilai: hal },
    ],
    kepada: [`Yth. ${source.kepada.jabatan}`, `c.q. ${source.kepada.cq}`, 'di', source.kepada.tempat],
    pembuka: paragraphs.slice(0, -1).map((text) => [{ kind: 'text', text }]),
    lampiran,
    penutup: paragraphs.slice(-1).map((text) => [{ kind: 'text', text }]),
    penandatangan: { baris: jabatan, nama: source.penandatangan === 'bupati' ? daerah.namaKepala ?? '...' : daerah.namaSekda ?? '...' },
    tembusan: source.tembusan ?? [],
  };
}

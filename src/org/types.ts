/**
 * The organisation as data (issue 5; RULES.md TN-KEP-14): units with a stable id, their kedudukan,
 * the unsur they belong to, who fills them (an office ex officio or a named person), the garis
 * komando (`atasan`), garis koordinasi and tasks. One model feeds the bagan, the susunan table and the
 * uraian tugas, so the three can never disagree.
 */
import type { ButirSource, JenisRincian } from '../load/rincian-source.js';

/** Groups of a struktur, in the order they are usually listed (TN-KEP-14). */
export type Unsur = 'pembina' | 'pengarah' | 'penanggung-jawab' | 'koordinator' | 'anggota' | 'sekretariat' | 'pelaksana' | 'pilar-sosial' | 'kewilayahan' | 'puskesos';

/** The order in which the unsur are listed in the susunan table and the uraian tugas. */
export const UNSUR_ORDER: readonly Unsur[] = ['pembina', 'pengarah', 'penanggung-jawab', 'koordinator', 'anggota', 'sekretariat', 'pelaksana', 'pilar-sosial', 'kewilayahan', 'puskesos'];

/** Who fills a unit: an office (ex officio) or a named person. */
export interface PengisiSource {
  /** The office, e.g. "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak". */
  readonly jabatan?: string;
  /** A named person, when the unit is not filled ex officio. */
  readonly nama?: string;
  /** No longer drawn (review M7): the bagan words each pengisi as the susunan table does. Kept so older sources validate. */
  readonly bagan?: string;
}

/** One unit as authored under `struktur.unit` (validated by schemas/keputusan.schema.json). */
export interface UnitSource {
  readonly id: string;
  /** Kedudukan, e.g. "Penanggung Jawab", "Manajer SLRT". */
  readonly nama: string;
  readonly unsur: Unsur;
  /** Parent on the garis komando; absent only for the root. */
  readonly atasan?: string;
  /** Units this one coordinates with (garis koordinasi, dashed). */
  readonly koordinasi?: readonly string[];
  readonly pengisi: readonly PengisiSource[];
  /** Tasks, listed a., b., … with "; dan" before the last (TN-RIN-07). */
  readonly tugas?: readonly ButirSource[];
  readonly rincian_tugas?: JenisRincian;
  /** Ids of the Perbup units this unit implements (cross-check). */
  readonly perbup?: string | readonly string[];
  /** Text of the Keterangan column of the susunan table. */
  readonly keterangan?: string;
}

/** The `struktur` block of a Keputusan. */
export interface StrukturSource {
  /** Short name of the organisation for the table header ("Kedudukan dalam SLRT"). */
  readonly sebutan?: string;
  /** Perbup ids that must be implemented by some unit; an id with rincian stands for each rincian item. */
  readonly wajib_perbup?: readonly string[];
  readonly unit: readonly UnitSource[];
}

/** A unit of the validated model, in komando order (pre-order from the root, siblings as authored). */
export interface OrgUnit {
  readonly id: string;
  readonly nama: string;
  readonly unsur: Unsur;
  readonly atasan: string | null;
  readonly koordinasi: readonly string[];
  readonly pengisi: readonly PengisiSource[];
  readonly tugas: readonly ButirSource[];
  readonly rincianTugas: JenisRincian;
  readonly keterangan: string | null;
  /** Index in `struktur.unit` (for YAML paths). */
  readonly index: number;
  /** Depth on the garis komando (root 0). */
  readonly depth: number;
}

/** The validated organisation. */
export interface OrgModel {
  /** Units in komando order (pre-order from the root, siblings as authored): the bagan's order. */
  readonly units: readonly OrgUnit[];
  readonly root: OrgUnit;
}

/**
 * Units in reading order for the susunan table and the uraian tugas: by unsur (URUTAN_UNSUR), and in
 * komando order within one unsur — so the table reads Pembina, Pengarah, …, Puskesos whatever the
 * order of the source.
 */
export function susunanOrder(model: OrgModel): OrgUnit[] {
  const rank = (u: OrgUnit) => UNSUR_ORDER.indexOf(u.unsur);
  return model.units.map((u, i) => ({ u, i })).sort((a, b) => rank(a.u) - rank(b.u) || a.i - b.i).map(({ u }) => u);
}

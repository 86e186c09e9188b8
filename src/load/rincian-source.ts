/**
 * The authored shape of a rincian list in YAML (TN-RIN): items as plain text or maps, and the kind of
 * list that decides its conjunction ("; dan", "; atau", "; dan/atau").
 */

/** Kind of a rincian list. */
export type JenisRincian = 'kumulatif' | 'alternatif' | 'kumulatif-alternatif';

/** A rincian item as authored: plain text or a map. */
export type ButirSource = string | { readonly id?: string; readonly teks: string; readonly rincian?: JenisRincian; readonly butir?: readonly ButirSource[] };

/**
 * Every rule id of the tata naskah catalogue (/work/shared/tata-naskah/RULES.md, 188 rules) with its level,
 * and the rules naskah adds to it (EXTENSIONS).
 * Used to tell a house-style override of an unknown id (NSK252) from one of a catalogued rule that is not
 * checked mechanically (NSK253); src/lint/RULES-STATUS.md says for each id how it is handled.
 */
import type { Level } from './types.js';

/**
 * Rules naskah adds to the catalogue (not in RULES.md; each documented in src/lint/RULES-STATUS.md §
 * "Aturan tambahan", ids continuing the family they belong to).
 */
export const EXTENSIONS: Readonly<Record<string, Level>> = {
  'TN-PEMB-03': 'ERROR',
  'TN-KONS-08': 'ERROR',
  'TN-DH-13': 'ERROR', 'TN-DH-14': 'ERROR',
  'TN-RIN-13': 'WARN',
  'TN-REF-14': 'ERROR', 'TN-REF-15': 'ERROR',
  'TN-BHS-13': 'WARN', 'TN-BHS-14': 'WARN', 'TN-BHS-15': 'ERROR', 'TN-BHS-16': 'WARN', 'TN-BHS-17': 'ERROR',
  'TN-PED-10': 'ERROR', 'TN-PED-11': 'ERROR', 'TN-PED-12': 'ERROR', 'TN-PED-13': 'WARN',
  'TN-KEP-15': 'ERROR', 'TN-REF-16': 'WARN',
};

/** Number of rules of RULES.md itself (the catalogue without naskah's extensions). */
export const RULES_MD_COUNT = 188;

/** Catalogue id → level (RULES.md §0.2; for mixed entries such as "ERROR (…), WARN (…)" the first), then the extensions. */
export const CATALOGUE: Readonly<Record<string, Level>> = {
  ...EXTENSIONS,
  'TN-SRC-01': 'INFO', 'TN-SRC-02': 'INFO', 'TN-SRC-03': 'WARN', 'TN-SRC-04': 'INFO', 'TN-SRC-05': 'ERROR',
  'TN-STRUCT-01': 'ERROR', 'TN-STRUCT-02': 'ERROR', 'TN-STRUCT-03': 'ERROR', 'TN-STRUCT-04': 'INFO',
  'TN-STRUCT-05': 'WARN', 'TN-STRUCT-06': 'INFO', 'TN-STRUCT-07': 'ERROR',
  'TN-JUDUL-01': 'ERROR', 'TN-JUDUL-02': 'ERROR', 'TN-JUDUL-03': 'ERROR', 'TN-JUDUL-04': 'INFO',
  'TN-JUDUL-05': 'ERROR', 'TN-JUDUL-06': 'WARN',
  'TN-PEMB-01': 'ERROR', 'TN-PEMB-02': 'ERROR',
  'TN-KONS-01': 'ERROR', 'TN-KONS-02': 'ERROR', 'TN-KONS-03': 'ERROR', 'TN-KONS-04': 'WARN',
  'TN-KONS-05': 'WARN', 'TN-KONS-06': 'WARN', 'TN-KONS-07': 'ERROR',
  'TN-DH-01': 'ERROR', 'TN-DH-02': 'ERROR', 'TN-DH-03': 'ERROR', 'TN-DH-04': 'ERROR', 'TN-DH-05': 'ERROR',
  'TN-DH-06': 'ERROR', 'TN-DH-07': 'ERROR', 'TN-DH-08': 'ERROR', 'TN-DH-09': 'INFO', 'TN-DH-10': 'WARN',
  'TN-DH-11': 'WARN', 'TN-DH-12': 'WARN',
  'TN-DIKTUM-01': 'ERROR', 'TN-DIKTUM-02': 'ERROR', 'TN-DIKTUM-03': 'WARN',
  'TN-BT-01': 'ERROR', 'TN-BT-02': 'ERROR', 'TN-BT-03': 'ERROR', 'TN-BT-04': 'ERROR', 'TN-BT-05': 'INFO',
  'TN-BT-06': 'ERROR', 'TN-BT-07': 'WARN', 'TN-BT-08': 'ERROR', 'TN-BT-09': 'WARN', 'TN-BT-10': 'WARN',
  'TN-BT-11': 'WARN', 'TN-BT-12': 'ERROR', 'TN-BT-13': 'ERROR', 'TN-BT-14': 'ERROR', 'TN-BT-15': 'WARN',
  'TN-BT-16': 'ERROR',
  'TN-KU-01': 'ERROR', 'TN-KU-02': 'ERROR', 'TN-KU-03': 'ERROR', 'TN-KU-04': 'ERROR', 'TN-KU-05': 'WARN',
  'TN-KU-06': 'ERROR', 'TN-KU-07': 'WARN', 'TN-KU-08': 'INFO', 'TN-KU-09': 'INFO',
  'TN-RIN-01': 'ERROR', 'TN-RIN-02': 'ERROR', 'TN-RIN-03': 'ERROR', 'TN-RIN-04': 'ERROR', 'TN-RIN-05': 'ERROR',
  'TN-RIN-06': 'ERROR', 'TN-RIN-07': 'ERROR', 'TN-RIN-08': 'ERROR', 'TN-RIN-09': 'ERROR', 'TN-RIN-10': 'WARN',
  'TN-RIN-11': 'ERROR', 'TN-RIN-12': 'ERROR',
  'TN-REF-01': 'ERROR', 'TN-REF-02': 'ERROR', 'TN-REF-03': 'ERROR', 'TN-REF-04': 'ERROR', 'TN-REF-05': 'WARN',
  'TN-REF-06': 'ERROR', 'TN-REF-07': 'WARN', 'TN-REF-08': 'WARN', 'TN-REF-09': 'ERROR', 'TN-REF-10': 'ERROR',
  'TN-REF-11': 'WARN', 'TN-REF-12': 'ERROR', 'TN-REF-13': 'ERROR',
  'TN-NUM-01': 'ERROR', 'TN-NUM-02': 'ERROR', 'TN-NUM-03': 'ERROR', 'TN-NUM-04': 'WARN',
  'TN-UBAH-01': 'ERROR', 'TN-UBAH-02': 'ERROR', 'TN-UBAH-03': 'ERROR', 'TN-UBAH-04': 'ERROR',
  'TN-UBAH-05': 'WARN', 'TN-UBAH-06': 'WARN',
  'TN-BHS-01': 'INFO', 'TN-BHS-02': 'WARN', 'TN-BHS-03': 'WARN', 'TN-BHS-04': 'ERROR', 'TN-BHS-05': 'WARN',
  'TN-BHS-06': 'ERROR', 'TN-BHS-07': 'WARN', 'TN-BHS-08': 'ERROR', 'TN-BHS-09': 'WARN', 'TN-BHS-10': 'INFO',
  'TN-BHS-11': 'WARN', 'TN-BHS-12': 'WARN',
  'TN-PNT-01': 'ERROR', 'TN-PNT-02': 'ERROR', 'TN-PNT-03': 'ERROR', 'TN-PNT-04': 'ERROR', 'TN-PNT-05': 'ERROR',
  'TN-PNT-06': 'INFO', 'TN-PNT-07': 'WARN', 'TN-PNT-08': 'ERROR',
  'TN-LMP-01': 'ERROR', 'TN-LMP-02': 'ERROR', 'TN-LMP-03': 'ERROR', 'TN-LMP-04': 'ERROR', 'TN-LMP-05': 'WARN',
  'TN-LMP-06': 'INFO',
  'TN-PED-01': 'WARN', 'TN-PED-02': 'INFO', 'TN-PED-03': 'WARN', 'TN-PED-04': 'WARN', 'TN-PED-05': 'INFO',
  'TN-PED-06': 'WARN', 'TN-PED-07': 'INFO', 'TN-PED-08': 'ERROR', 'TN-PED-09': 'WARN',
  'TN-KEP-01': 'ERROR', 'TN-KEP-02': 'ERROR', 'TN-KEP-03': 'WARN', 'TN-KEP-04': 'WARN', 'TN-KEP-05': 'ERROR',
  'TN-KEP-06': 'WARN', 'TN-KEP-07': 'ERROR', 'TN-KEP-08': 'WARN', 'TN-KEP-09': 'INFO', 'TN-KEP-10': 'ERROR',
  'TN-KEP-11': 'ERROR', 'TN-KEP-12': 'INFO', 'TN-KEP-13': 'ERROR', 'TN-KEP-14': 'WARN',
  'TN-TYP-01': 'ERROR', 'TN-TYP-02': 'ERROR', 'TN-TYP-03': 'INFO', 'TN-TYP-04': 'INFO', 'TN-TYP-05': 'INFO',
  'TN-TYP-06': 'WARN', 'TN-TYP-07': 'WARN', 'TN-TYP-08': 'WARN', 'TN-TYP-09': 'WARN', 'TN-TYP-10': 'INFO',
  'TN-TYP-11': 'INFO',
  'TN-KOP-01': 'ERROR', 'TN-KOP-02': 'WARN', 'TN-KOP-03': 'INFO', 'TN-KOP-04': 'INFO',
  'TN-PARAF-01': 'WARN', 'TN-PARAF-02': 'INFO', 'TN-PARAF-03': 'INFO', 'TN-PARAF-04': 'WARN',
  'TN-PRC-01': 'INFO', 'TN-PRC-02': 'ERROR', 'TN-PRC-03': 'WARN', 'TN-PRC-04': 'ERROR', 'TN-PRC-05': 'WARN',
  'TN-FAS-01': 'INFO', 'TN-FAS-02': 'WARN',
  'TN-MTX-01': 'INFO', 'TN-MTX-02': 'INFO', 'TN-MTX-03': 'INFO',
  'TN-SLRT-01': 'ERROR', 'TN-SLRT-02': 'INFO', 'TN-SLRT-03': 'WARN', 'TN-SLRT-04': 'INFO',
  'TN-SLRT-05': 'INFO', 'TN-SLRT-06': 'WARN', 'TN-SLRT-07': 'WARN', 'TN-SLRT-08': 'INFO',
};

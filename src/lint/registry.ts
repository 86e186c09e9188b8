/**
 * Every implemented tata naskah rule, one file each under src/lint/rules/ named after its catalogue id
 * (STYLE.md point 5). Order: catalogue sections, then number. src/lint/RULES-STATUS.md lists the
 * catalogue rules that are not checked mechanically and why.
 */
import { tnDh13 } from './rules/tn-dh-13.js';
import { tnDh14 } from './rules/tn-dh-14.js';
import { tnPemb03 } from './rules/tn-pemb-03.js';
import { tnBhs17 } from './rules/tn-bhs-17.js';
import { tnPed10 } from './rules/tn-ped-10.js';
import { tnKons08 } from './rules/tn-kons-08.js';
import { tnRef14 } from './rules/tn-ref-14.js';
import { tnRef15 } from './rules/tn-ref-15.js';
import { tnRef16 } from './rules/tn-ref-16.js';
import { tnPed01 } from './rules/tn-ped-01.js';
import { tnPed12 } from './rules/tn-ped-12.js';
import { tnPed13 } from './rules/tn-ped-13.js';
import { tnKep15 } from './rules/tn-kep-15.js';
import { tnBhs15 } from './rules/tn-bhs-15.js';
import { tnRin13 } from './rules/tn-rin-13.js';
import { tnBhs10 } from './rules/tn-bhs-10.js';
import { tnBhs16 } from './rules/tn-bhs-16.js';
import { tnPed11 } from './rules/tn-ped-11.js';
import { tnBhs01 } from './rules/tn-bhs-01.js';
import { tnBhs02 } from './rules/tn-bhs-02.js';
import { tnBhs04 } from './rules/tn-bhs-04.js';
import { tnBhs06 } from './rules/tn-bhs-06.js';
import { tnBhs07 } from './rules/tn-bhs-07.js';
import { tnBhs08 } from './rules/tn-bhs-08.js';
import { tnBhs09 } from './rules/tn-bhs-09.js';
import { tnBhs11 } from './rules/tn-bhs-11.js';
import { tnBhs13 } from './rules/tn-bhs-13.js';
import { tnBhs14 } from './rules/tn-bhs-14.js';
import { tnBt01 } from './rules/tn-bt-01.js';
import { tnBt02 } from './rules/tn-bt-02.js';
import { tnBt03 } from './rules/tn-bt-03.js';
import { tnBt04 } from './rules/tn-bt-04.js';
import { tnBt06 } from './rules/tn-bt-06.js';
import { tnBt07 } from './rules/tn-bt-07.js';
import { tnBt08 } from './rules/tn-bt-08.js';
import { tnBt09 } from './rules/tn-bt-09.js';
import { tnBt11 } from './rules/tn-bt-11.js';
import { tnBt12 } from './rules/tn-bt-12.js';
import { tnBt13 } from './rules/tn-bt-13.js';
import { tnBt14 } from './rules/tn-bt-14.js';
import { tnBt15 } from './rules/tn-bt-15.js';
import { tnBt16 } from './rules/tn-bt-16.js';
import { tnDh01 } from './rules/tn-dh-01.js';
import { tnDh02 } from './rules/tn-dh-02.js';
import { tnDh03 } from './rules/tn-dh-03.js';
import { tnDh04 } from './rules/tn-dh-04.js';
import { tnDh05 } from './rules/tn-dh-05.js';
import { tnDh06 } from './rules/tn-dh-06.js';
import { tnDh07 } from './rules/tn-dh-07.js';
import { tnDh08 } from './rules/tn-dh-08.js';
import { tnDh11 } from './rules/tn-dh-11.js';
import { tnDiktum01 } from './rules/tn-diktum-01.js';
import { tnDiktum02 } from './rules/tn-diktum-02.js';
import { tnDiktum03 } from './rules/tn-diktum-03.js';
import { tnJudul01 } from './rules/tn-judul-01.js';
import { tnJudul02 } from './rules/tn-judul-02.js';
import { tnJudul03 } from './rules/tn-judul-03.js';
import { tnJudul05 } from './rules/tn-judul-05.js';
import { tnJudul06 } from './rules/tn-judul-06.js';
import { tnKep01 } from './rules/tn-kep-01.js';
import { tnKep04 } from './rules/tn-kep-04.js';
import { tnKep07 } from './rules/tn-kep-07.js';
import { tnKep08 } from './rules/tn-kep-08.js';
import { tnKep10 } from './rules/tn-kep-10.js';
import { tnKep11 } from './rules/tn-kep-11.js';
import { tnKep13 } from './rules/tn-kep-13.js';
import { tnKep14 } from './rules/tn-kep-14.js';
import { tnKons01 } from './rules/tn-kons-01.js';
import { tnKons02 } from './rules/tn-kons-02.js';
import { tnKons03 } from './rules/tn-kons-03.js';
import { tnKons04 } from './rules/tn-kons-04.js';
import { tnKons05 } from './rules/tn-kons-05.js';
import { tnKons06 } from './rules/tn-kons-06.js';
import { tnKons07 } from './rules/tn-kons-07.js';
import { tnKu01 } from './rules/tn-ku-01.js';
import { tnKu02 } from './rules/tn-ku-02.js';
import { tnKu03 } from './rules/tn-ku-03.js';
import { tnKu04 } from './rules/tn-ku-04.js';
import { tnKu05 } from './rules/tn-ku-05.js';
import { tnKu06 } from './rules/tn-ku-06.js';
import { tnKu07 } from './rules/tn-ku-07.js';
import { tnLmp01 } from './rules/tn-lmp-01.js';
import { tnLmp02 } from './rules/tn-lmp-02.js';
import { tnLmp03 } from './rules/tn-lmp-03.js';
import { tnLmp04 } from './rules/tn-lmp-04.js';
import { tnNum01 } from './rules/tn-num-01.js';
import { tnNum02 } from './rules/tn-num-02.js';
import { tnNum03 } from './rules/tn-num-03.js';
import { tnNum04 } from './rules/tn-num-04.js';
import { tnPed03 } from './rules/tn-ped-03.js';
import { tnPed06 } from './rules/tn-ped-06.js';
import { tnPed08 } from './rules/tn-ped-08.js';
import { tnPemb01 } from './rules/tn-pemb-01.js';
import { tnPemb02 } from './rules/tn-pemb-02.js';
import { tnPnt01 } from './rules/tn-pnt-01.js';
import { tnPnt02 } from './rules/tn-pnt-02.js';
import { tnPnt03 } from './rules/tn-pnt-03.js';
import { tnPnt04 } from './rules/tn-pnt-04.js';
import { tnPnt05 } from './rules/tn-pnt-05.js';
import { tnPrc02 } from './rules/tn-prc-02.js';
import { tnPrc04 } from './rules/tn-prc-04.js';
import { tnRef01 } from './rules/tn-ref-01.js';
import { tnRef02 } from './rules/tn-ref-02.js';
import { tnRef03 } from './rules/tn-ref-03.js';
import { tnRef04 } from './rules/tn-ref-04.js';
import { tnRef06 } from './rules/tn-ref-06.js';
import { tnRef08 } from './rules/tn-ref-08.js';
import { tnRef09 } from './rules/tn-ref-09.js';
import { tnRef10 } from './rules/tn-ref-10.js';
import { tnRef11 } from './rules/tn-ref-11.js';
import { tnRef12 } from './rules/tn-ref-12.js';
import { tnRef13 } from './rules/tn-ref-13.js';
import { tnRin01 } from './rules/tn-rin-01.js';
import { tnRin02 } from './rules/tn-rin-02.js';
import { tnRin03 } from './rules/tn-rin-03.js';
import { tnRin04 } from './rules/tn-rin-04.js';
import { tnRin05 } from './rules/tn-rin-05.js';
import { tnRin06 } from './rules/tn-rin-06.js';
import { tnRin07 } from './rules/tn-rin-07.js';
import { tnRin08 } from './rules/tn-rin-08.js';
import { tnRin09 } from './rules/tn-rin-09.js';
import { tnRin10 } from './rules/tn-rin-10.js';
import { tnRin11 } from './rules/tn-rin-11.js';
import { tnRin12 } from './rules/tn-rin-12.js';
import { tnSlrt01 } from './rules/tn-slrt-01.js';
import { tnSrc03 } from './rules/tn-src-03.js';
import { tnStruct01 } from './rules/tn-struct-01.js';
import { tnStruct02 } from './rules/tn-struct-02.js';
import { tnStruct03 } from './rules/tn-struct-03.js';
import { tnStruct07 } from './rules/tn-struct-07.js';
import type { Rule } from './types.js';

const ORDER = ['SRC', 'STRUCT', 'JUDUL', 'PEMB', 'KONS', 'DH', 'DIKTUM', 'BT', 'KU', 'RIN', 'REF', 'NUM', 'UBAH', 'BHS', 'PNT', 'LMP', 'PED', 'KEP', 'TYP', 'KOP', 'PARAF', 'PRC', 'FAS', 'MTX', 'SLRT'];
const rank = (id: string) => {
  const [, section = '', number = '0'] = /^TN-([A-Z]+)-(\d+)$/.exec(id) ?? [];
  return ORDER.indexOf(section) * 100 + Number(number);
};

/** All rules, in catalogue order. */
export const RULES: readonly Rule[] = [
  tnBhs01,
  tnPed11,
  tnPed01,
  tnPed12,
  tnPed13,
  tnKep15,
  tnBhs16,
  tnBhs10,
  tnRin13,
  tnBhs15,
  tnRef15,
  tnRef16,
  tnRef14,
  tnKons08,
  tnPed10,
  tnBhs17,
  tnPemb03,
  tnDh14,
  tnDh13,
  tnBhs02,
  tnBhs04,
  tnBhs06,
  tnBhs07,
  tnBhs08,
  tnBhs09,
  tnBhs11,
  tnBhs13,
  tnBhs14,
  tnBt01,
  tnBt02,
  tnBt03,
  tnBt04,
  tnBt06,
  tnBt07,
  tnBt08,
  tnBt09,
  tnBt11,
  tnBt12,
  tnBt13,
  tnBt14,
  tnBt15,
  tnBt16,
  tnDh01,
  tnDh02,
  tnDh03,
  tnDh04,
  tnDh05,
  tnDh06,
  tnDh07,
  tnDh08,
  tnDh11,
  tnDiktum01,
  tnDiktum02,
  tnDiktum03,
  tnJudul01,
  tnJudul02,
  tnJudul03,
  tnJudul05,
  tnJudul06,
  tnKep01,
  tnKep04,
  tnKep07,
  tnKep08,
  tnKep10,
  tnKep11,
  tnKep13,
  tnKep14,
  tnKons01,
  tnKons02,
  tnKons03,
  tnKons04,
  tnKons05,
  tnKons06,
  tnKons07,
  tnKu01,
  tnKu02,
  tnKu03,
  tnKu04,
  tnKu05,
  tnKu06,
  tnKu07,
  tnLmp01,
  tnLmp02,
  tnLmp03,
  tnLmp04,
  tnNum01,
  tnNum02,
  tnNum03,
  tnNum04,
  tnPed03,
  tnPed06,
  tnPed08,
  tnPemb01,
  tnPemb02,
  tnPnt01,
  tnPnt02,
  tnPnt03,
  tnPnt04,
  tnPnt05,
  tnPrc02,
  tnPrc04,
  tnRef01,
  tnRef02,
  tnRef03,
  tnRef04,
  tnRef06,
  tnRef08,
  tnRef09,
  tnRef10,
  tnRef11,
  tnRef12,
  tnRef13,
  tnRin01,
  tnRin02,
  tnRin03,
  tnRin04,
  tnRin05,
  tnRin06,
  tnRin07,
  tnRin08,
  tnRin09,
  tnRin10,
  tnRin11,
  tnRin12,
  tnSlrt01,
  tnSrc03,
  tnStruct01,
  tnStruct02,
  tnStruct03,
  tnStruct07,
].sort((a, b) => rank(a.id) - rank(b.id));

/** The rule with this id (case-insensitive), if implemented. */
export function ruleById(id: string): Rule | undefined {
  const key = id.toUpperCase();
  return RULES.find((r) => r.id === key);
}

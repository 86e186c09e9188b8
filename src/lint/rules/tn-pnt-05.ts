/**
 * TN-PNT-05 — a Perbup is signed by the Bupati (or the statutory acting official, "Pj."/"Plt."), never
 * "a.n. Bupati".
 * Why: guards the jabatan line of the penetapan block.
 * Source: [R]/[P].
 */
import type { Rule } from '../types.js';

/** TN-PNT-05, as registered in src/lint/registry.ts. */
export const tnPnt05: Rule = {
  id: 'TN-PNT-05',
  level: 'ERROR',
  statement: 'Peraturan ditandatangani Bupati (atau Pj./Plt. Bupati), tidak atas nama (a.n.).',
  source: '[R]/[P]',
  explanation: 'Peraturan Bupati dan Keputusan Bupati ditandatangani oleh Bupati, atau oleh pejabat yang menurut peraturan perundang-undangan menjalankan tugasnya (Pj. BUPATI atau Plt. BUPATI). Penandatanganan "a.n. Bupati" tidak dipakai.',
  correct: 'BUPATI PURWAKARTA,',
  incorrect: 'a.n. BUPATI PURWAKARTA\nSEKRETARIS DAERAH,',
  check(doc, report) {
    const lines = doc.ir.penutup.penetapan.baris;
    const jabatan = lines[lines.length - 1] ?? '';
    const kepala = doc.region.kepala.toUpperCase();
    if (lines.some((l) => /\ba\.\s?n\.|\batas nama\b/i.test(l)) || !new RegExp(`^(?:(?:Pj|Plt)\\. )?${kepala} `).test(jabatan)) {
      report({ place: { unit: null }, message: `Penetapan ditandatangani "${jabatan}".`, hint: `Penanda tangan adalah ${kepala} (atau Pj./Plt. ${kepala}); periksa \`kepala_daerah.sebutan\` di content/daerah.yaml.` });
    }
  },
};

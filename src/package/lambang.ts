/**
 * A document that is no longer a rancangan goes out with its real lambang or not at all (RULES.md
 * TN-KOP-01, review B2): the placeholder box "LAMBANG (belum tersedia)" may appear in a draft, with
 * warning NSK404, but `naskah package` refuses a final document that would still carry it (NSK708),
 * reported at the daerah.yaml entry that has to be filled in.
 */
import { diag } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Dokumen } from '../ir/types.js';
import type { YamlSource } from '../load/yaml-source.js';
import { lambangEntry } from '../pipeline/lambang.js';

/** NSK708 for each final document of `docs` whose kop (or cover) has no lambang image. */
export function finalWithoutLambang(docs: readonly Dokumen[], daerah: YamlSource): Diagnostic[] {
  return docs
    .filter((ir) => ir.status === 'final')
    .flatMap((ir) => {
      const cover = ir.jenis === 'buku-pedoman';
      if ((cover ? ir.sampul.lambang : ir.kop.lambang) !== null) return [];
      const kind = cover ? 'lambang_daerah' : 'lambang';
      return [
        diag('NSK708', {
          ...lambangEntry(daerah, kind),
          message: `${ir.metadata.title} berstatus final, tetapi ${cover ? 'sampulnya' : 'kopnya'} masih memuat kotak pengganti lambang: paket tidak dibuat.`,
          hint: `Isi \`${kind}\` di daerah.yaml dengan jalur berkas resmi ${cover ? 'lambang daerah' : 'lambang Garuda Pancasila'} (PNG atau SVG), atau kembalikan dokumen ke \`status: rancangan\`.`,
        }),
      ];
    });
}

/** The Peraturan Bupati a Keputusan implements: the one its Mengingat cites (or the project's only one). */
import type { DocumentIndex } from '../../ir-index/document.js';
import type { ProjectIndex } from '../../ir-index/project.js';

export function implementedPerbups(project: ProjectIndex, kep: DocumentIndex): DocumentIndex[] {
  const perbups = project.ofJenis('peraturan-bupati');
  const cited = new Set(kep.ir.pembukaan.mengingat.butir.map((b) => b.id));
  const found = perbups.filter((p) => cited.has(p.ir.id));
  return found.length > 0 ? found : perbups.length === 1 ? perbups : [];
}

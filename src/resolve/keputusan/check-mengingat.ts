/**
 * The Perbup as the Keputusan's Mengingat cites it comes from the registry (content/dasar-hukum.yaml),
 * a second copy of its title and number: it must say what the Perbup says (issue 21 family 5). A
 * registry `tentang` that differs from the Perbup's, or a `nomor`/`tahun` that differs from the number
 * the Perbup carries once it has one, is NSK341, at the Mengingat item
 * of the Keputusan, with the registry entry and the Perbup's own line as `related`.
 */
import { diag } from '../../diagnostics/make.js';
import type { Diagnostic, Related } from '../../diagnostics/types.js';
import type { Naskah, SourcePos } from '../../ir/types.js';
import { rangeAt, type YamlSource } from '../../load/yaml-source.js';

interface RegistryEntry {
  readonly nomor?: number | string | null;
  readonly tahun?: number | string | null;
  readonly tentang?: string;
}

const normal = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** NSK341 when the registry entry of the implemented Perbup disagrees with the Perbup. */
export function checkMengingat(source: YamlSource, mengingat: readonly string[], peraturan: string, perbup: Naskah, perbupAt: SourcePos | null, registry: YamlSource): Diagnostic[] {
  const index = mengingat.indexOf(peraturan);
  const entry = (registry.data as Record<string, RegistryEntry> | null)?.[peraturan];
  if (index < 0 || !entry) return [];
  const m = /^NOMOR\s+(.+?)\s+TAHUN\s+(.+)$/.exec(perbup.judul.baris.find((l) => /^NOMOR\b/.test(l)) ?? '');
  const own = { tentang: perbup.metadata.subject, nomor: m?.[1] ?? '...', tahun: m?.[2] ?? '...' };
  const registered = { tentang: normal(entry.tentang ?? ''), nomor: entry.nomor == null ? '...' : String(entry.nomor), tahun: entry.tahun == null ? '...' : String(entry.tahun) };
  // A rancangan Perbup has no number yet ("..."): then only its title can be compared.
  const differ = (['tentang', 'nomor', 'tahun'] as const).filter((k) => normal(own[k]) !== registered[k] && (k === 'tentang' || own[k] !== '...'));
  if (differ.length === 0) return [];
  const entryAt = rangeAt(registry, [peraturan], true).start;
  const related: Related[] = [{ message: 'Entri registri dasar hukum.', file: registry.file, start: entryAt }];
  if (perbupAt) related.push({ message: 'Judul dan nomor dalam Peraturan Bupati.', file: perbupAt.file, start: { line: perbupAt.line, column: perbupAt.column } });
  return [diag('NSK341', {
    file: source.file,
    ...rangeAt(source, ['mengingat', index]),
    message: `Kutipan \`${peraturan}\` dalam Mengingat berbeda dari Peraturan Bupati yang dilaksanakan: ${differ.map((k) => `${k} "${registered[k]}" di registri, "${normal(own[k])}" dalam Peraturan Bupati`).join('; ')}.`,
    hint: `Samakan entri \`${peraturan}\` di content/dasar-hukum.yaml dengan Peraturan Bupati (judul, nomor, tahun).`,
    related,
  })];
}

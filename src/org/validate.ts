/**
 * Validates the organisation graph with positions (issue 5): unique unit ids (NSK320), parents that
 * exist (NSK321), exactly one root (NSK322), no cycles on the garis komando (NSK323), coordination
 * links to existing units (NSK324) that are not redundant (NSK326), and tasks for every unit (NSK325).
 * Returns the model in komando order only when the graph is sound.
 */
import { diag } from '../diagnostics/make.js';
import type { Diagnostic, Related } from '../diagnostics/types.js';
import { rangeAt, type YamlPath, type YamlSource } from '../load/yaml-source.js';
import { closest } from '../util/suggest.js';
import type { OrgModel, OrgUnit, StrukturSource, UnitSource } from './types.js';

/** Result of validating a struktur. */
export interface OrgValidation {
  readonly model: OrgModel | null;
  readonly diagnostics: Diagnostic[];
}

/** Validates `struktur` found at `base` (e.g. ['struktur']) in `source`. */
export function validateStruktur(source: YamlSource, base: YamlPath, struktur: StrukturSource): OrgValidation {
  const diagnostics: Diagnostic[] = [];
  const unitPath = (i: number, ...rest: (string | number)[]): YamlPath => [...base, 'unit', i, ...rest];
  const at = (path: YamlPath) => ({ file: source.file, ...rangeAt(source, path) });
  const related = (message: string, path: YamlPath): Related => ({ message, file: source.file, start: rangeAt(source, path).start });
  const units = struktur.unit;

  const byId = new Map<string, number>();
  units.forEach((u, i) => {
    const first = byId.get(u.id);
    if (first === undefined) byId.set(u.id, i);
    else diagnostics.push(diag('NSK320', { ...at(unitPath(i, 'id')), message: `Id unit \`${u.id}\` sudah dipakai oleh unit lain dalam struktur.`, hint: 'Ganti id ini dengan id yang unik; id dipakai oleh garis komando, garis koordinasi, dan perbandingan revisi.', related: [related('Id itu sudah didefinisikan di sini.', unitPath(first, 'id'))] }));
  });
  const ids = [...byId.keys()];

  units.forEach((u, i) => {
    if (u.atasan !== undefined && u.atasan !== u.id && !byId.has(u.atasan)) {
      const suggestion = closest(u.atasan, ids);
      diagnostics.push(diag('NSK321', { ...at(unitPath(i, 'atasan')), message: `Atasan \`${u.atasan}\` dari unit \`${u.id}\` tidak ada dalam struktur.`, hint: suggestion ? `Mungkin maksud Anda \`${suggestion}\`?` : 'Tulis id unit atasan yang ada, atau hapus `atasan` bila unit ini puncak struktur.' }));
    }
    const seen = new Set<string>();
    (u.koordinasi ?? []).forEach((k, j) => {
      const path = unitPath(i, 'koordinasi', j);
      if (k === u.id) diagnostics.push(diag('NSK326', { ...at(path), message: `Unit \`${u.id}\` berkoordinasi dengan dirinya sendiri.`, hint: 'Hapus butir ini dari `koordinasi`.' }));
      else if (!byId.has(k)) {
        const suggestion = closest(k, ids);
        diagnostics.push(diag('NSK324', { ...at(path), message: `Garis koordinasi dari \`${u.id}\` menunjuk unit \`${k}\` yang tidak ada.`, hint: suggestion ? `Mungkin maksud Anda \`${suggestion}\`?` : 'Tulis id unit yang ada dalam struktur.' }));
      } else if (seen.has(k)) diagnostics.push(diag('NSK326', { ...at(path), message: `Garis koordinasi ke \`${k}\` ditulis dua kali.`, hint: 'Hapus butir yang berulang.' }));
      else if (k === u.atasan || units[byId.get(k)!]!.atasan === u.id) diagnostics.push(diag('NSK326', { ...at(path), message: `\`${u.id}\` dan \`${k}\` sudah terhubung dengan garis komando; garis koordinasi di antara keduanya berlebih.`, hint: 'Hapus butir ini dari `koordinasi`.' }));
      else if ((units[byId.get(k)!]!.koordinasi ?? []).includes(u.id) && byId.get(k)! < i) diagnostics.push(diag('NSK326', { ...at(path), severity: 'warning', message: `Garis koordinasi \`${u.id}\`–\`${k}\` sudah ditulis pada unit \`${k}\`.`, hint: 'Cukup tulis satu kali pada salah satu unit; hapus butir ini.', related: [related('Garis koordinasi yang sama.', unitPath(byId.get(k)!, 'koordinasi'))] }));
      seen.add(k);
    });
    if (!u.tugas || u.tugas.length === 0) diagnostics.push(diag('NSK325', { ...at(unitPath(i)), message: `Unit \`${u.id}\` (${u.nama}) tidak mempunyai uraian tugas.`, hint: 'Tambahkan `tugas:` berisi paling sedikit satu butir; uraian tugas menjadi Lampiran uraian tugas.' }));
  });

  checkRoots(units, byId, unitPath, at, related, diagnostics);
  checkCycles(units, byId, unitPath, at, related, diagnostics);

  if (diagnostics.some((d) => d.severity === 'error')) return { model: null, diagnostics };
  return { model: komandoOrder(units), diagnostics };
}

type At = (path: YamlPath) => { file: string; start: { line: number; column: number }; end: { line: number; column: number } };
type RelatedAt = (message: string, path: YamlPath) => Related;
type UnitPath = (i: number, ...rest: (string | number)[]) => YamlPath;

/** Exactly one unit without `atasan` (NSK322). */
function checkRoots(units: readonly UnitSource[], byId: Map<string, number>, unitPath: UnitPath, at: At, related: RelatedAt, out: Diagnostic[]): void {
  const roots = units.map((u, i) => ({ u, i })).filter(({ u, i }) => u.atasan === undefined && byId.get(u.id) === i);
  if (roots.length === 0 && units.length > 0) {
    out.push(diag('NSK322', { ...at(unitPath(0)), message: 'Struktur tidak mempunyai unit puncak: setiap unit mempunyai `atasan`.', hint: 'Hapus `atasan` pada unit puncak (mis. pembina); periksa juga garis komando yang melingkar.' }));
  }
  for (const { u, i } of roots.slice(1)) {
    out.push(diag('NSK322', { ...at(unitPath(i, 'id')), message: `Unit \`${u.id}\` tidak mempunyai \`atasan\`, padahal \`${roots[0]!.u.id}\` sudah menjadi unit puncak.`, hint: 'Struktur hanya mempunyai satu unit puncak. Tambahkan `atasan:` pada unit ini.', related: [related('Unit puncak.', unitPath(roots[0]!.i, 'id'))] }));
  }
}

/** No cycles on the garis komando (NSK323); each cycle reported once, at its first unit in the file. */
function checkCycles(units: readonly UnitSource[], byId: Map<string, number>, unitPath: UnitPath, at: At, related: RelatedAt, out: Diagnostic[]): void {
  const state = new Map<number, 'open' | 'done'>();
  const reported = new Set<number>();
  units.forEach((_, start) => {
    const chain: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state.get(i) === undefined) {
      state.set(i, 'open');
      chain.push(i);
      const atasan: string | undefined = units[i]!.atasan;
      i = atasan === undefined ? undefined : byId.get(atasan);
    }
    if (i !== undefined && state.get(i) === 'open') {
      const cycle = chain.slice(chain.indexOf(i));
      const first = Math.min(...cycle);
      if (!cycle.some((c) => reported.has(c))) {
        const from = cycle.indexOf(first);
        const ordered = [...cycle.slice(from), ...cycle.slice(0, from)];
        const names = [...ordered, first].map((c) => units[c]!.id).join(' → ');
        out.push(diag('NSK323', { ...at(unitPath(first, 'atasan')), message: `Garis komando melingkar (mengikuti \`atasan\`): ${names}.`, hint: 'Setiap unit hanya boleh berada di bawah unit yang lebih tinggi; putus lingkaran dengan memperbaiki salah satu `atasan`.', related: ordered.slice(1).map((c) => related(`\`atasan\` dari \`${units[c]!.id}\`.`, unitPath(c, 'atasan'))) }));
        cycle.forEach((c) => reported.add(c));
      }
    }
    for (const c of chain) state.set(c, 'done');
  });
}

/** Units in komando order: pre-order from the root, children in the order they are written. */
function komandoOrder(units: readonly UnitSource[]): OrgModel {
  const children = new Map<string, number[]>();
  let rootIndex = 0;
  units.forEach((u, i) => {
    if (u.atasan === undefined) rootIndex = i;
    else children.set(u.atasan, [...(children.get(u.atasan) ?? []), i]);
  });
  const out: OrgUnit[] = [];
  const visit = (i: number, depth: number): void => {
    const u = units[i]!;
    out.push({ id: u.id, nama: u.nama.trim(), unsur: u.unsur, atasan: u.atasan ?? null, koordinasi: u.koordinasi ?? [], pengisi: u.pengisi, tugas: u.tugas ?? [], rincianTugas: u.rincian_tugas ?? 'kumulatif', keterangan: u.keterangan ?? null, index: i, depth });
    for (const c of children.get(u.id) ?? []) visit(c, depth + 1);
  };
  visit(rootIndex, 0);
  return { units: out, root: out[0]! };
}

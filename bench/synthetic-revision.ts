/**
 * Revision 1 of a synthetic document: the edits a drafting team makes between two drafts (DESIGN.md,
 * Revisions) — reworded ayat and rincian, inserted and deleted ayat, inserted and moved Pasal, reworded
 * definitions, one more Mengingat, a reworded Menimbang and edited Pedoman paragraphs — so the diff
 * has every change kind to report. Deterministic (seed + 1).
 */
import { ID_LAMPIRAN, PASAL_LAMPIRAN, syntheticPasal } from './synthetic-batang-tubuh.js';
import { pedomanParagraph, normativeSentence, butirText } from './sentences.js';
import { ADVERBIALS, OBJECTS } from './lexicon.js';
import { Rng } from './random.js';
import { documentId, pedomanFolderId, type SizeSpec } from './sizes.js';
import { isPasal, type SourceButir, type SyntheticDocument, type SourcePasal, type SourceUnit } from './source.js';

/** Pasal the reviser leaves alone (definitions, the fixed opening Pasal and the Ketentuan Penutup). */
const FIXED_PASAL = new Set(['definisi', 'maksud-tujuan', 'ruang-lingkup', PASAL_LAMPIRAN, 'mulai-berlaku']);

/** How many edits of each kind revision 1 carries. */
export interface RevisionSummary {
  diubah: number;
  ayatDihapus: number;
  ayatDisisipkan: number;
  pasalDisisipkan: number;
  pasalDipindah: number;
  definisiDiubah: number;
  alineaDiubah: number;
}

/** Replaces one object or adverbial phrase of `text` by another; null when there is none to replace. */
export function rewordPhrase(rng: Rng, text: string): string | null {
  for (const list of [OBJECTS, ADVERBIALS]) {
    const present = list.filter((w) => text.includes(w));
    if (present.length === 0) continue;
    const from = rng.pick(present);
    const to = rng.pick(list.filter((w) => w !== from));
    return text.replace(from, to);
  }
  return null;
}

function referencedIds(doc: SyntheticDocument): Set<string> {
  const ids = new Set<string>();
  for (const m of JSON.stringify(doc.naskah.batang_tubuh).matchAll(/\[\[=?([^\]]+)\]\]/g)) for (const id of m[1]!.split(',')) ids.add(id.trim());
  return ids;
}

/** Every container (BAB, Bagian or Paragraf `isi`) that directly holds Pasal, in document order. */
function pasalContainers(units: SourceUnit[], out: SourceUnit[][] = []): SourceUnit[][] {
  if (units.some(isPasal)) out.push(units);
  for (const u of units) if (!isPasal(u)) pasalContainers(u.isi, out);
  return out;
}

function rewordButir(rng: Rng, butir: SourceButir[]): boolean {
  const i = rng.int(0, butir.length - 1);
  const item = butir[i]!;
  const text = typeof item === 'string' ? item : item.teks;
  const changed = rewordPhrase(rng, text);
  if (changed === null) return false;
  if (typeof item === 'string') butir[i] = changed;
  else item.teks = changed;
  return true;
}

function rewordPasal(rng: Rng, p: SourcePasal): boolean {
  if (p.ayat) {
    const ayat = rng.pick(p.ayat);
    if (ayat.butir && rng.chance(0.5)) return rewordButir(rng, ayat.butir);
    const changed = rewordPhrase(rng, ayat.teks);
    if (changed !== null) ayat.teks = changed;
    return changed !== null;
  }
  if (p.butir && rng.chance(0.6)) return rewordButir(rng, p.butir);
  const changed = p.teks ? rewordPhrase(rng, p.teks) : null;
  if (changed !== null) p.teks = changed;
  return changed !== null;
}

/** Revision 1 of `r0` (which is not modified). */
export function syntheticRevision(spec: SizeSpec, r0: SyntheticDocument): { document: SyntheticDocument; summary: RevisionSummary } {
  const rng = new Rng(spec.seed + 1);
  const id = documentId(spec.size, 1);
  const doc: SyntheticDocument = { id, naskah: structuredClone(r0.naskah), pedoman: { ...structuredClone(r0.pedoman), peraturan: id } };
  doc.naskah.lampiran = [{ id: ID_LAMPIRAN, judul: r0.naskah.lampiran[0]!.judul, sumber: `../${pedomanFolderId(id)}/pedoman.yaml` }];
  const sum: RevisionSummary = { diubah: 0, ayatDihapus: 0, ayatDisisipkan: 0, pasalDisisipkan: 0, pasalDipindah: 0, definisiDiubah: 0, alineaDiubah: 0 };
  const referenced = referencedIds(doc);
  const containers = pasalContainers(doc.naskah.batang_tubuh);
  const movable = containers.slice(1, -1);
  const moves: { from: SourceUnit[]; pasal: SourcePasal }[] = [];
  let inserted = 0;

  const edits: readonly ((p: SourcePasal, container: SourceUnit[]) => boolean)[] = [
    (p) => rewordPasal(rng, p) && ++sum.diubah > 0,
    (p) => {
      if (!p.ayat || p.ayat.length < 3) return false;
      const k = rng.int(1, p.ayat.length - 1);
      if (referenced.has(p.ayat[k]!.id ?? '')) return false;
      p.ayat.splice(k, 1);
      return ++sum.ayatDihapus > 0;
    },
    (p) => {
      if (p.ayat) p.ayat.push({ id: `${p.pasal}-ayat-r1`, teks: normativeSentence(rng) });
      else if (p.butir) p.butir.push(butirText(rng));
      else return false;
      return ++sum.ayatDisisipkan > 0;
    },
    (p, container) => {
      container.splice(container.indexOf(p) + 1, 0, syntheticPasal(rng, `ketentuan-r1-${++inserted}`));
      return ++sum.pasalDisisipkan > 0;
    },
    (p, container) => {
      if (container.length < 2 || moves.some((m) => m.from === container)) return false;
      moves.push({ from: container, pasal: p });
      return ++sum.pasalDipindah > 0;
    },
  ];
  // Cumulative probabilities of each edit per Pasal: about a third of the Pasal change, as between two real drafts.
  const thresholds = [0.2, 0.23, 0.27, 0.3, 0.315];
  const eligible = movable.flatMap((container) => container.filter((u): u is SourcePasal => isPasal(u) && !FIXED_PASAL.has(u.pasal)).map((p) => ({ p, container })));
  const done = new Set<number>();
  for (const { p, container } of eligible) {
    const roll = rng.next();
    const kind = thresholds.findIndex((t) => roll < t);
    if (kind >= 0 && edits[kind]!(p, container)) done.add(kind);
  }
  // Every change kind at least once, so even the small diff shows them all.
  for (let kind = 0; kind < edits.length; kind++) {
    for (const { p, container } of rng.shuffle(eligible)) {
      if (done.has(kind)) break;
      if (edits[kind]!(p, container)) done.add(kind);
    }
  }
  for (const { from, pasal } of moves) {
    const targets = movable.filter((c) => c !== from);
    if (targets.length === 0) continue;
    from.splice(from.indexOf(pasal), 1);
    rng.pick(targets).push(pasal);
  }

  const definisi = (doc.naskah.batang_tubuh[0] as { isi: SourcePasal[] }).isi[0]!.definisi!;
  for (const d of rng.sample(definisi.filter((x) => x.arti.includes(' ')), 3)) {
    d.arti = `${d.arti} sesuai dengan ketentuan peraturan perundang-undangan`;
    sum.definisiDiubah++;
  }
  doc.naskah.mengingat.splice(doc.naskah.mengingat.indexOf('uu-11-2009') + 1, 0, 'uu-25-2009');
  doc.naskah.menimbang[1]!.teks = 'bahwa penyelenggaraan kesejahteraan sosial di Kabupaten Purwakarta masih dilaksanakan secara sektoral dan belum terhubung dalam satu sistem layanan dan data, sehingga diperlukan sinergi dan integrasi layanan';

  for (const bab of doc.pedoman.bab) {
    for (let i = 0; i < bab.blok.length; i++) {
      const b = bab.blok[i]!;
      if (b.kind !== 'alinea') continue;
      const roll = rng.next();
      if (roll < 0.1) {
        const changed = rewordPhrase(rng, b.teks);
        if (changed !== null) { b.teks = changed; sum.alineaDiubah++; }
      } else if (roll < 0.14) {
        bab.blok.splice(i + 1, 0, { kind: 'alinea', teks: pedomanParagraph(rng, 2) });
        sum.alineaDiubah++;
        i++;
      }
    }
  }
  return { document: doc, summary: sum };
}

/**
 * Revision 1 of a synthetic document: the edits a drafting team makes between two drafts (DESIGN.md,
 * Revisions) — reworded ayat and rincian, inserted and deleted ayat, inserted and moved Pasal, reworded
 * definitions, one more Mengingat, a reworded Menimbang and edited Pedoman paragraphs — so the diff
 * has every change kind to report. Deterministic (seed + 1).
 */
import { ID_LAMPIRAN, PASAL_LAMPIRAN, pasalSintetis } from './batang-tubuh-sintetis.js';
import { alineaPedoman, kalimatNormatif, teksButir } from './kalimat.js';
import { KETERANGAN, OBJEK } from './lexicon.js';
import { Acak } from './random.js';
import { idDokumen, idPedoman, type SpesifikasiUkuran } from './sizes.js';
import { isPasal, type ButirSumber, type DokumenSintetis, type PasalSumber, type UnsurSumber } from './source.js';

/** Pasal the reviser leaves alone (definitions, the fixed opening Pasal and the Ketentuan Penutup). */
const TETAP = new Set(['definisi', 'maksud-tujuan', 'ruang-lingkup', PASAL_LAMPIRAN, 'mulai-berlaku']);

/** How many edits of each kind revision 1 carries. */
export interface RingkasanRevisi {
  diubah: number;
  ayatDihapus: number;
  ayatDisisipkan: number;
  pasalDisisipkan: number;
  pasalDipindah: number;
  definisiDiubah: number;
  alineaDiubah: number;
}

/** Replaces one object or adverbial phrase of `text` by another; null when there is none to replace. */
export function ubahKata(acak: Acak, text: string): string | null {
  for (const list of [OBJEK, KETERANGAN]) {
    const present = list.filter((w) => text.includes(w));
    if (present.length === 0) continue;
    const from = acak.pick(present);
    const to = acak.pick(list.filter((w) => w !== from));
    return text.replace(from, to);
  }
  return null;
}

function referencedIds(doc: DokumenSintetis): Set<string> {
  const ids = new Set<string>();
  for (const m of JSON.stringify(doc.naskah.batang_tubuh).matchAll(/\[\[=?([^\]]+)\]\]/g)) for (const id of m[1]!.split(',')) ids.add(id.trim());
  return ids;
}

/** Every container (BAB, Bagian or Paragraf `isi`) that directly holds Pasal, in document order. */
function wadahPasal(units: UnsurSumber[], out: UnsurSumber[][] = []): UnsurSumber[][] {
  if (units.some(isPasal)) out.push(units);
  for (const u of units) if (!isPasal(u)) wadahPasal(u.isi, out);
  return out;
}

function ubahButir(acak: Acak, butir: ButirSumber[]): boolean {
  const i = acak.int(0, butir.length - 1);
  const item = butir[i]!;
  const text = typeof item === 'string' ? item : item.teks;
  const changed = ubahKata(acak, text);
  if (changed === null) return false;
  if (typeof item === 'string') butir[i] = changed;
  else item.teks = changed;
  return true;
}

function ubahPasal(acak: Acak, p: PasalSumber): boolean {
  if (p.ayat) {
    const ayat = acak.pick(p.ayat);
    if (ayat.butir && acak.chance(0.5)) return ubahButir(acak, ayat.butir);
    const changed = ubahKata(acak, ayat.teks);
    if (changed !== null) ayat.teks = changed;
    return changed !== null;
  }
  if (p.butir && acak.chance(0.6)) return ubahButir(acak, p.butir);
  const changed = p.teks ? ubahKata(acak, p.teks) : null;
  if (changed !== null) p.teks = changed;
  return changed !== null;
}

/** Revision 1 of `r0` (which is not modified). */
export function revisiSintetis(spec: SpesifikasiUkuran, r0: DokumenSintetis): { dokumen: DokumenSintetis; ringkasan: RingkasanRevisi } {
  const acak = new Acak(spec.seed + 1);
  const id = idDokumen(spec.ukuran, 1);
  const doc: DokumenSintetis = { id, naskah: structuredClone(r0.naskah), pedoman: { ...structuredClone(r0.pedoman), peraturan: id } };
  doc.naskah.lampiran = [{ id: ID_LAMPIRAN, judul: r0.naskah.lampiran[0]!.judul, sumber: `../${idPedoman(id)}/pedoman.yaml` }];
  const sum: RingkasanRevisi = { diubah: 0, ayatDihapus: 0, ayatDisisipkan: 0, pasalDisisipkan: 0, pasalDipindah: 0, definisiDiubah: 0, alineaDiubah: 0 };
  const referenced = referencedIds(doc);
  const containers = wadahPasal(doc.naskah.batang_tubuh);
  const movable = containers.slice(1, -1);
  const moves: { from: UnsurSumber[]; pasal: PasalSumber }[] = [];
  let inserted = 0;

  const edits: readonly ((p: PasalSumber, container: UnsurSumber[]) => boolean)[] = [
    (p) => ubahPasal(acak, p) && ++sum.diubah > 0,
    (p) => {
      if (!p.ayat || p.ayat.length < 3) return false;
      const k = acak.int(1, p.ayat.length - 1);
      if (referenced.has(p.ayat[k]!.id ?? '')) return false;
      p.ayat.splice(k, 1);
      return ++sum.ayatDihapus > 0;
    },
    (p) => {
      if (p.ayat) p.ayat.push({ id: `${p.pasal}-ayat-r1`, teks: kalimatNormatif(acak) });
      else if (p.butir) p.butir.push(teksButir(acak));
      else return false;
      return ++sum.ayatDisisipkan > 0;
    },
    (p, container) => {
      container.splice(container.indexOf(p) + 1, 0, pasalSintetis(acak, `ketentuan-r1-${++inserted}`));
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
  const eligible = movable.flatMap((container) => container.filter((u): u is PasalSumber => isPasal(u) && !TETAP.has(u.pasal)).map((p) => ({ p, container })));
  const done = new Set<number>();
  for (const { p, container } of eligible) {
    const roll = acak.next();
    const kind = thresholds.findIndex((t) => roll < t);
    if (kind >= 0 && edits[kind]!(p, container)) done.add(kind);
  }
  // Every change kind at least once, so even the small diff shows them all.
  for (let kind = 0; kind < edits.length; kind++) {
    for (const { p, container } of acak.shuffle(eligible)) {
      if (done.has(kind)) break;
      if (edits[kind]!(p, container)) done.add(kind);
    }
  }
  for (const { from, pasal } of moves) {
    const targets = movable.filter((c) => c !== from);
    if (targets.length === 0) continue;
    from.splice(from.indexOf(pasal), 1);
    acak.pick(targets).push(pasal);
  }

  const definisi = (doc.naskah.batang_tubuh[0] as { isi: PasalSumber[] }).isi[0]!.definisi!;
  for (const d of acak.sample(definisi.filter((x) => x.arti.includes(' ')), 3)) {
    d.arti = `${d.arti} sesuai dengan ketentuan peraturan perundang-undangan`;
    sum.definisiDiubah++;
  }
  doc.naskah.mengingat.splice(doc.naskah.mengingat.indexOf('uu-11-2009') + 1, 0, 'uu-25-2009');
  doc.naskah.menimbang[1]!.teks = 'bahwa penyelenggaraan kesejahteraan sosial di Kabupaten Purwakarta masih dilaksanakan secara sektoral dan belum terhubung dalam satu sistem layanan dan data, sehingga diperlukan sinergi dan integrasi layanan';

  for (const bab of doc.pedoman.bab) {
    for (let i = 0; i < bab.blok.length; i++) {
      const b = bab.blok[i]!;
      if (b.kind !== 'alinea') continue;
      const roll = acak.next();
      if (roll < 0.1) {
        const changed = ubahKata(acak, b.teks);
        if (changed !== null) { b.teks = changed; sum.alineaDiubah++; }
      } else if (roll < 0.14) {
        bab.blok.splice(i + 1, 0, { kind: 'alinea', teks: alineaPedoman(acak, 2) });
        sum.alineaDiubah++;
        i++;
      }
    }
  }
  return { dokumen: doc, ringkasan: sum };
}

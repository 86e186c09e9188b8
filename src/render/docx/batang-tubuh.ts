/**
 * Batang tubuh: BAB › Bagian › Paragraf headings (label and title as separate centred paragraphs kept
 * with the next), "Pasal n" centred, ayat "(1)⇥text" with a hanging indent, rincian below
 * (RULES.md TN-BT-01…06, TN-TYP-09).
 */

import type { Paragraph } from 'docx';
import type { Ayat, Unit } from '../../ir/types.js';
import { labelled } from './crossref.js';
import { inlineRuns } from './inline.js';
import { AYAT_TEXT } from './measure.js';
import { para, TAB } from './paragraph.js';
import { renderRincian } from './rincian.js';

/** An ayat; without a label it is the plain body of its Pasal and its rincian hang from the margin. */
function renderAyat(ayat: Ayat): Paragraph[] {
  if (ayat.label === null) return [para('IsiPasal', [...labelled(ayat.id, null), ...inlineRuns(ayat.isi)]), ...renderRincian(ayat.rincian, 0)];
  return [para('Ayat', [...labelled(ayat.id, ayat.label), TAB, ...inlineRuns(ayat.isi)]), ...renderRincian(ayat.rincian, AYAT_TEXT)];
}

/** One unit and everything under it. */
function renderUnit(unit: Unit): Paragraph[] {
  switch (unit.kind) {
    case 'bab':
      return [para('BabLabel', labelled(unit.id, unit.label)), para('BabJudul', [unit.judul]), ...unit.isi.flatMap(renderUnit)];
    case 'bagian':
      return [para('BagianLabel', labelled(unit.id, unit.label)), para('BagianJudul', [unit.judul]), ...unit.isi.flatMap(renderUnit)];
    case 'paragraf':
      return [para('ParagrafLabel', labelled(unit.id, unit.label)), para('ParagrafJudul', [unit.judul]), ...unit.isi.flatMap(renderUnit)];
    case 'pasal':
      return [para('Pasal', labelled(unit.id, unit.label)), ...unit.ayat.flatMap(renderAyat)];
  }
}

/** The whole batang tubuh. */
export function renderBatangTubuh(units: readonly Unit[]): Paragraph[] {
  return units.flatMap(renderUnit);
}

/**
 * Approximate text widths in Bookman Old Style 12 pt, to size the label columns of "Menimbang :" lists
 * and diktum ("KESATU :") so that the colon column is aligned and never pushed to the next tab stop
 * (RULES.md TN-TYP-08).
 *
 * The advance widths are those of TeX Gyre Bonum Regular (the metric-close Bookman clone shipped in
 * templates/fonts), in 1/1000 em, for the printable ASCII range 0x20–0x7E. A safety factor covers the
 * difference to Bookman Old Style; other characters count as the widest capital.
 */

import { pt } from './measure.js';

// prettier-ignore
const ADVANCE: readonly number[] = [
  320, 300, 380, 620, 620, 900, 800, 220, 300, 300, 440, 600, 320, 400, 320, 600, // ␠ ! " # $ % & ' ( ) * + , - . /
  620, 620, 620, 620, 620, 620, 620, 620, 620, 620, 320, 320, 600, 600, 600, 540, // 0-9 : ; < = > ?
  820, 680, 740, 740, 800, 720, 640, 800, 800, 340, 600, 720, 600, 920, 740, 800, // @ A-O
  620, 820, 720, 660, 620, 780, 700, 960, 720, 640, 640, 300, 600, 300, 600, 500, // P-Z [ \ ] ^ _
  340, 580, 620, 520, 620, 520, 320, 540, 660, 300, 300, 620, 300, 940, 660, 560, // ` a-o
  620, 580, 440, 520, 380, 680, 520, 780, 560, 540, 480, 280, 600, 280, 600,      // p-z { | } ~
];

/** Bookman Old Style runs a little wider than its clone: measure generously. */
const SAFETY = 1.1;

/** Estimated width of `text` set in Bookman Old Style 12 pt, in twips. */
export function textWidthTwips(text: string): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += ADVANCE[code - 0x20] ?? 960;
  }
  return Math.ceil((units / 1000) * pt(12) * SAFETY);
}

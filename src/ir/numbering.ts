/**
 * Unit numbers and labels (TN-BT-01…06, TN-RIN-06, TN-KEP-07, TN-NUM-02).
 */

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 1 → "I", 14 → "XIV" (BAB numbers, TN-BT-01; Lampiran numbers, TN-LMP-01). */
export function roman(n: number): string {
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

const UNITS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Cardinal number in Indonesian words, 0–999999 ("empat belas", "seratus dua puluh"). */
export function spellOut(n: number): string {
  if (n === 0) return 'nol';
  const words = (x: number): string => {
    if (x < 10) return UNITS[x]!;
    if (x === 10) return 'sepuluh';
    if (x === 11) return 'sebelas';
    if (x < 20) return `${UNITS[x - 10]} belas`;
    if (x < 100) return `${UNITS[Math.floor(x / 10)]} puluh${x % 10 ? ` ${UNITS[x % 10]}` : ''}`;
    if (x < 200) return `seratus${x % 100 ? ` ${words(x % 100)}` : ''}`;
    if (x < 1000) return `${UNITS[Math.floor(x / 100)]} ratus${x % 100 ? ` ${words(x % 100)}` : ''}`;
    if (x < 2000) return `seribu${x % 1000 ? ` ${words(x % 1000)}` : ''}`;
    return `${words(Math.floor(x / 1000))} ribu${x % 1000 ? ` ${words(x % 1000)}` : ''}`;
  };
  return words(n);
}

/** 1 → "Kesatu", 2 → "Kedua", 12 → "Kedua Belas" (Bagian, TN-BT-02). */
export function ordinal(n: number): string {
  if (n === 1) return 'Kesatu';
  const word = spellOut(n);
  const capitalised = word.split(' ').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  return `Ke${capitalised.charAt(0).toLowerCase()}${capitalised.slice(1)}`;
}

/** "Bagian Kesatu". */
export function bagianLabel(n: number): string {
  return `Bagian ${ordinal(n)}`;
}

/** "KESATU", "KEDUA", … (diktum of a Keputusan, TN-KEP-07). */
export function diktumLabel(n: number): string {
  return ordinal(n).toUpperCase();
}

/** Letter sequence a, b, …, z (TN-NUM-04: more than 26 items is a lint warning, not a crash). */
export function letter(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(97 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

/** The bare value of the n-th rincian at a depth: depth 1 "a", 2 "1", 3 "a", 4 "1". */
export function rincianValue(depth: number, n: number): string {
  return depth % 2 === 1 ? letter(n) : String(n);
}

/** Printed marker of the n-th rincian at a depth: "a." › "1." › "a)" › "1)" (TN-RIN-06). */
export function rincianLabel(depth: number, n: number): string {
  const value = rincianValue(depth, n);
  return depth <= 2 ? `${value}.` : `${value})`;
}

/** Word used when referring to a rincian at a depth: "huruf" for letters, "angka" for numbers (TN-REF-10). */
export function rincianWord(depth: number): 'huruf' | 'angka' {
  return depth % 2 === 1 ? 'huruf' : 'angka';
}

/** Dates as printed in signature blocks ("pada tanggal 1 Juli 2025"), for TN-PRC-04 and TN-DH-02. */
import { MONTHS } from '../words.js';

/** ISO date (YYYY-MM-DD) of the first "d Bulan yyyy" in a text, or null. */
export function isoDateIn(text: string): string | null {
  const m = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`).exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Days in a month (1-based) of a year, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the ISO date (YYYY-MM-DD) exists in the calendar. */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Every "d Bulan yyyy" of a text with its offset and ISO form (which may not exist: "31 April 2025"). */
export function datesIn(text: string): { index: number; text: string; iso: string }[] {
  const re = new RegExp(`(?<!\\d)(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})(?!\\d)`, 'g');
  return [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0], iso: `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` }));
}

/** Dates as printed in signature blocks ("pada tanggal 1 Juli 2025"), for TN-PRC-04 and TN-DH-02. */
import { MONTHS } from '../words.js';

/** ISO date (YYYY-MM-DD) of the first "d Bulan yyyy" in a text, or null. */
export function isoDateIn(text: string): string | null {
  const m = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`).exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

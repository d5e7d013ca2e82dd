// Calendar checks for `YYYY-MM-DD` without the Date object (src/core never reads the clock).

/** dateAt results other than a real day. */
export const NOT_DATE = -1;
export const IMPOSSIBLE = -2;

/**
 * Reads text[at, at+10) as `YYYY-MM-DD`: the day as the number yyyymmdd when it exists, IMPOSSIBLE when it
 * is date-shaped but no real day (2024-02-30), NOT_DATE when it is not shaped like a date.
 */
export function dateAt(text: string, at: number): number {
  if (at < 0 || at + 10 > text.length || text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return NOT_DATE;
  const y1 = text.charCodeAt(at) - 48;
  const y2 = text.charCodeAt(at + 1) - 48;
  const y3 = text.charCodeAt(at + 2) - 48;
  const y4 = text.charCodeAt(at + 3) - 48;
  const m1 = text.charCodeAt(at + 5) - 48;
  const m2 = text.charCodeAt(at + 6) - 48;
  const d1 = text.charCodeAt(at + 8) - 48;
  const d2 = text.charCodeAt(at + 9) - 48;
  // (x >>> 0) > 9 holds for anything but a digit, negative values included.
  if ((y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (y4 >>> 0) > 9) return NOT_DATE;
  if ((m1 >>> 0) > 9 || (m2 >>> 0) > 9 || (d1 >>> 0) > 9 || (d2 >>> 0) > 9) return NOT_DATE;
  const y = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? y * 10000 + m * 100 + d : IMPOSSIBLE;
}

/** Whether a `YYYY-MM-DD` string names a real day (2024-02-29 yes, 2023-02-29 and 2024-02-30 no). */
export function isRealDate(iso: string): boolean {
  return iso.length === 10 && dateAt(iso, 0) >= 0;
}

// Items naming the same day share one string: a large index keeps fewer objects alive. Module state for memory
// only: the shared string equals the sliced one, so it can never change a result.
const days = new Map<number, string>();

/** The `YYYY-MM-DD` text of a day dateAt read at text[at] (`day` is its result). */
export function dayText(day: number, text: string, at: number): string {
  let s = days.get(day);
  if (s === undefined) {
    if (days.size >= 10000) days.clear();
    s = text.slice(at, at + 10);
    days.set(day, s);
  }
  return s;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

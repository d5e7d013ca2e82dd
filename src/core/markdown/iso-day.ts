// Calendar arithmetic on YYYY-MM-DD strings without the Date global (the core never reads the clock).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real YYYY-MM-DD day; null when the string is not one. */
export function isoDayNumber(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

export function isIsoDay(s: string): boolean {
  return isoDayNumber(s) !== null;
}

/** The year, month (1–12) and day of a day number (days since 1970-01-01). */
export function civilFromDayNumber(n: number): { y: number; m: number; d: number } {
  // Howard Hinnant's civil_from_days.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The YYYY-MM-DD string of a day number. */
export function isoFromDayNumber(n: number): string {
  const { y, m, d } = civilFromDayNumber(n);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Monday 0 … Sunday 6 of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** `iso` shifted by `days` (may be negative); null when `iso` is not a real day. */
export function addDays(iso: string, days: number): string | null {
  const n = isoDayNumber(iso);
  return n === null ? null : isoFromDayNumber(n + days);
}

/** Whole days from `a` to `b` (positive when b is later); null when either is not a real day. */
export function daysBetween(a: string, b: string): number | null {
  const x = isoDayNumber(a);
  const y = isoDayNumber(b);
  return x === null || y === null ? null : y - x;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a calendar day (month 1–12; the day must exist). */
export function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// Calendar checks for `YYYY-MM-DD` without the Date object (src/core never reads the clock).

/** What text[at, at+10) is: not shaped like `dddd-dd-dd`, shaped but no real day (2024-02-30), or a real day. */
export const NOT_DATE = 0;
export const IMPOSSIBLE = 1;
export const REAL = 2;

export function dateAt(text: string, at: number): number {
  if (at < 0 || at + 10 > text.length || text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return NOT_DATE;
  const y = digits(text, at, 4);
  const m = digits(text, at + 5, 2);
  const d = digits(text, at + 8, 2);
  if (y < 0 || m < 0 || d < 0) return NOT_DATE;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? REAL : IMPOSSIBLE;
}

/** Whether a `YYYY-MM-DD` string names a real day (2024-02-29 yes, 2023-02-29 and 2024-02-30 no). */
export function isRealDate(iso: string): boolean {
  return iso.length === 10 && dateAt(iso, 0) === REAL;
}

/** The number written with n ASCII digits at `at`, or -1 when one is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Calendar checks for `YYYY-MM-DD` without the Date object (src/core never reads the clock).

/** Whether text[at, at+10) is shaped like `dddd-dd-dd`. */
export function isDateShaped(text: string, at: number): boolean {
  if (at + 10 > text.length) return false;
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(at + i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether a `YYYY-MM-DD` string names a real day (2024-02-29 yes, 2023-02-29 and 2024-02-30 no). */
export function isRealDate(iso: string): boolean {
  if (iso.length !== 10 || !isDateShaped(iso, 0)) return false;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

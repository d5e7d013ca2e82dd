// Moves every date in the demo vault by the same number of days, so that its "today" becomes the real today.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_MS = 86400000;

/** "YYYY-MM-DD" → UTC ms, or null when it is not a real day (2026-02-30 stays as written). */
function isoToMs(s) {
  const [y, m, d] = s.split("-").map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms : null;
}

const ordinal = (d) => (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th");
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from, to) {
  return Math.round((isoToMs(to) - isoToMs(from)) / DAY_MS);
}

/** One ISO date moved by `days`; an impossible date is returned unchanged. */
export function shiftIso(s, days) {
  const ms = isoToMs(s);
  return ms === null ? s : iso(ms + days * DAY_MS);
}

const ISO = /(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d])/g;
const MONTH_DAY = new RegExp(`\\b(${MONTHS.map((m) => `${m}|${m.slice(0, 3)}`).join("|")}) (\\d{1,2})(st|nd|rd|th)?\\b(?!:)`, "g");

/**
 * Every real YYYY-MM-DD in `text` moved by `days`, and "November 3" / "Nov 3" in prose too (read in `year`,
 * written back in the same spelling). Nothing else changes: line endings, BOM, other bytes stay.
 */
export function shiftText(text, days, year) {
  if (days === 0) return text;
  const shifted = text.replace(ISO, (m) => shiftIso(m, days));
  return shifted.replace(MONTH_DAY, (m, name, day, suffix) => {
    const idx = MONTHS.findIndex((full) => full === name || full.slice(0, 3) === name);
    const ms = Date.UTC(year, idx, Number(day));
    if (new Date(ms).getUTCDate() !== Number(day)) return m;
    const to = new Date(ms + days * DAY_MS);
    const full = MONTHS[to.getUTCMonth()];
    const d = to.getUTCDate();
    return `${name.length === 3 ? full.slice(0, 3) : full} ${d}${suffix ? ordinal(d) : ""}`;
  });
}

/** A vault path with the dates in its file and folder names moved by `days`. */
export function shiftPath(path, days) {
  return days === 0 ? path : path.replace(ISO, (m) => shiftIso(m, days));
}

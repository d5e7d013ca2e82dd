// Applying a fix: edits are data; one function applies them, last first, so offsets stay valid.
import type { Fix, TextEdit } from "./types";

/** Applies a fix's edits to text; out-of-range offsets are clamped, overlapping edits after the first are dropped. */
export function applyFix(text: string, fix: Fix | readonly TextEdit[]): string {
  const edits = [...(Array.isArray(fix) ? (fix as readonly TextEdit[]) : (fix as Fix).edits)].sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  let limit = text.length;
  for (const e of edits) {
    const from = clamp(Math.min(e.from, e.to), 0, text.length);
    const to = clamp(Math.max(e.from, e.to), 0, text.length);
    if (to > limit) continue;
    out = out.slice(0, from) + e.insert + out.slice(to);
    limit = from;
  }
  return out;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}

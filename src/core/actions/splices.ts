// Edits of one line given in the line's own offsets: what the line edits and the next-occurrence line are made of.
import type { FieldSpan } from "./fields";

/** Text to put in place of line[start, end). */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies splices given in the line's own offsets (none overlapping), right to left so none moves another. */
export function applySplices(line: string, splices: readonly Splice[]): string {
  let out = line;
  for (const s of [...splices].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

/** A field removed with the space before it, unless text follows it at once (`#ops ❌ 2024-01-01-x`): that space keeps the two apart. */
export function removal(line: string, f: Pick<FieldSpan, "start" | "end">): Splice {
  const spaced = f.end >= line.length || isSpace(line.charCodeAt(f.end));
  return { start: spaced && f.start > 0 && isSpace(line.charCodeAt(f.start - 1)) ? f.start - 1 : f.start, end: f.end, text: "" };
}

/** Whether a splice would overlap one already in the list (touching is fine). */
export function overlaps(splices: readonly Splice[], s: Splice): boolean {
  return splices.some((o) => s.start < o.end && o.start < s.end);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

// Offsets ↔ lines for a scanned note.
import type { ScannedNote } from "../markdown/scanner";

/** Offset where each line starts (after the BOM on line 0). */
export function lineStartsOf(scan: ScannedNote): number[] {
  const starts = new Array<number>(scan.lines.length);
  let at = scan.bom ? 1 : 0;
  for (let i = 0; i < scan.lines.length; i++) {
    starts[i] = at;
    at += scan.lines[i].text.length + scan.eols[i].length;
  }
  return starts;
}

/** 0-based line holding `offset`. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

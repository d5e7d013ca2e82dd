// Offsets ↔ lines for a scanned note.
import type { ScannedNote } from "../markdown/scan-note";

/** Offset where each line starts (after the BOM on line 0). */
export function lineStartsOf(scan: ScannedNote): number[] {
  let at = scan.bom ? 1 : 0;
  return scan.lines.map((l, i) => {
    const start = at;
    at += l.text.length + scan.eols[i].length;
    return start;
  });
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

// Finding the line an item was read from in the note as it is now (DESIGN.md "Writing back safely").

export interface LineTarget {
  /** 1-based line number the item was read from. */
  line: number;
  /** The exact line as it was read. */
  original: string;
}

export type Located = { ok: true; index: number } | { ok: false; reason: string };

/** Same number and text, else the single line with that text, else a refusal; `index` is 0-based. */
export function locateLine(lines: readonly string[], target: LineTarget): Located {
  const at = target.line - 1;
  if (Number.isInteger(at) && at >= 0 && at < lines.length && lines[at] === target.original) return { ok: true, index: at };
  let found = -1;
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === target.original) {
      count++;
      found = i;
    }
  }
  if (count === 1) return { ok: true, index: found };
  if (count === 0) return { ok: false, reason: "The note changed: the item's line is no longer there." };
  return { ok: false, reason: `The note changed: the item's line now appears ${count} times, so none was edited.` };
}

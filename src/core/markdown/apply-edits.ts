// Applying a fix: edits are data; one function applies them, last first, so offsets stay valid (both linters use it).

/** Replace note text [from, to) with insert; offsets into the text the edit was computed on. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** Applies edits (or a fix's edits) to text; offsets past the end are clamped, overlapping edits after the first are dropped. */
export function applyFix(text: string, fix: { title?: string; edits: readonly TextEdit[] } | readonly TextEdit[]): string {
  const edits = [...("edits" in fix ? fix.edits : fix)].sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  let limit = text.length;
  for (const e of edits) {
    const from = Math.min(e.from, e.to, text.length);
    const to = Math.min(Math.max(e.from, e.to), text.length);
    if (to > limit) continue;
    out = out.slice(0, from) + e.insert + out.slice(to);
    limit = from;
  }
  return out;
}

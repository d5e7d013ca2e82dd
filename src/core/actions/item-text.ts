// An item's text: the task body without its fields, block id and owner, whitespace collapsed.
import { isWhitespace } from "./chars";

/**
 * line[from, limit) without the removed [start, end) pairs in `spans` (the first `count` numbers, in order)
 * and without the owner's span (-1 for none), the pieces joined by one space; `dirty` when the body holds
 * whitespace that collapsing changes (a double space, a tab), so only then is the text rewritten.
 */
export function itemText(line: string, from: number, limit: number, spans: readonly number[], count: number, ownerStart: number, ownerEnd: number, dirty: boolean): string {
  let text = "";
  let at = from;
  let k = 0;
  let ownerDone = ownerStart === -1;
  for (;;) {
    let cut: number;
    let next: number;
    if (!ownerDone && (k >= count || ownerStart < spans[k])) {
      cut = ownerStart;
      next = ownerEnd;
      ownerDone = true;
    } else if (k < count) {
      cut = spans[k];
      next = spans[k + 1];
      k += 2;
    } else {
      cut = limit;
      next = -1;
    }
    let a = at;
    let b = cut;
    while (a < b && isWhitespace(line.charCodeAt(a))) a++;
    while (b > a && isWhitespace(line.charCodeAt(b - 1))) b--;
    if (a < b) text = text === "" ? line.slice(a, b) : text + " " + line.slice(a, b);
    if (next === -1) break;
    at = next;
  }
  return dirty ? text.replace(/\s+/g, " ") : text;
}

// A note's text → its action items: every line Obsidian marks as a task, with the fields Tasks and Dataview read.
import { calloutTypeAt, headingTextAt, LineScanner, type LineContext } from "../markdown/scanner";
import { intern, NO_STRINGS } from "./intern";
import { ListContext } from "./list-context";
import type { StatusOptions } from "./statuses";
import { indentOf, newListPrefix, readListPrefix } from "./task-line";
import { readTaskItems, TaskLinesBuilder, type TaskLines } from "./task-lines";
import type { ActionItem } from "./types";

export interface ParseOptions {
  statuses?: StatusOptions;
}

/**
 * Parses every task line of a note; never throws. Lines are numbered as splitText numbers them, from 1.
 * Items are plain data to read, not to change: empty tags, mentions and problems are one shared frozen array.
 */
export function parseActions(path: string, text: string, options?: ParseOptions): ActionItem[] {
  return readTaskItems(path, text, scanTaskLines(text), options?.statuses);
}

/** The structural pass alone: where the task lines are, with their place in the outline; no field is read. */
export function scanTaskLines(text: string): TaskLines {
  const scanner = new LineScanner(text);
  found.take(); // drops what a scan that threw may have left
  list.reset();
  callouts.reset();
  const hasCR = text.includes("\r");
  const n = text.length;
  let heading: string | null = null;
  let prevContext: LineContext = "text";
  let s = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let lineNo = 1; ; lineNo++) {
    let e: number;
    let next: number;
    if (!hasCR) {
      e = text.indexOf("\n", s);
      next = e === -1 ? -1 : e + 1;
      if (e === -1) e = n;
    } else {
      e = s;
      while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
      next = e === n ? -1 : text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
    }
    const context = scanner.next(s, e);
    const depth = scanner.quoteDepth;
    const cs = scanner.contentStart;
    if (depth !== callouts.depth) callouts.enter(depth, context === "text" ? calloutTypeAt(text, cs, e) : null);
    if (context !== "text") {
      if (context !== "frontmatter" && prevContext === "text") list.block(depth, Math.max(0, indentOf(text, cs, e)));
    } else {
      let p = cs;
      let indent = 0;
      for (; p < e; p++) {
        const c = text.charCodeAt(p);
        if (c === 32) indent++;
        else if (c === 9) indent += 4 - (indent % 4);
        else break;
      }
      if (p === e) list.blank(depth);
      else {
        const first = text.charCodeAt(p);
        if (first === 35 && indent <= 3) {
          const h = headingTextAt(text, cs, e);
          if (h !== null) {
            heading = h;
            list.block(depth, indent);
          } else list.paragraph(depth, indent);
        } else if (isMarkerStart(first) && readListPrefix(text, cs, e, prefix)) {
          const isTask = prefix.box !== -1;
          const parent = list.item(depth, prefix.indent, prefix.cols, prefix.markers, lineNo, isTask, prefix.empty);
          if (isTask && parent !== null) found.add(s, e, prefix.bodyStart, lineNo, parent, depth, prefix.status, heading, callouts.types);
        } else list.paragraph(depth, indent);
      }
    }
    prevContext = context;
    if (next === -1) break;
    s = next;
  }
  return found.take();
}

/** The callouts open at each blockquote level; `types` is one frozen array shared by every item until it changes. */
class CalloutStack {
  depth = 0;
  types: string[] = NO_STRINGS;
  private readonly levels: (string | null)[] = [];

  reset(): void {
    this.depth = 0;
    this.types = NO_STRINGS;
    this.levels.length = 0;
  }

  /**
   * A line with `depth` quote levels: deeper levels close; a level opened here is a callout when the
   * line's content is `[!type]` (`type`), as only the first line of a blockquote can make it one.
   */
  enter(depth: number, type: string | null): void {
    let changed = false;
    for (let d = this.depth; d > depth; d--) if (this.levels.pop() !== null) changed = true;
    for (let d = this.depth; d < depth; d++) {
      const t = d === depth - 1 ? type : null;
      this.levels.push(t);
      if (t !== null) changed = true;
    }
    this.depth = depth;
    if (changed) this.types = snapshot(this.levels);
  }
}

// Module state for memory only: a shared frozen list equals a fresh one, so it can never change a result.
/** One frozen list per single callout type: most items sit in at most one callout. */
const singles = new Map<string, string[]>();

/** The non-null types of `levels` as a frozen list, shared where it can be. */
function snapshot(levels: readonly (string | null)[]): string[] {
  let count = 0;
  let last = "";
  for (const t of levels) {
    if (t !== null) {
      count++;
      last = t;
    }
  }
  if (count === 0) return NO_STRINGS;
  if (count > 1) return Object.freeze(levels.filter((t): t is string => t !== null).map(intern)) as string[];
  let one = singles.get(last);
  if (one === undefined) {
    if (singles.size >= 1000) singles.clear();
    singles.set(last, (one = Object.freeze([intern(last)]) as string[]));
  }
  return one;
}

// Module state, but scratch only: reset for every note (parsing is synchronous), so no result depends on an earlier
// parse; a 5,000-note index allocates none of them.
const list = new ListContext();
const callouts = new CalloutStack();
const prefix = newListPrefix();
const found = new TaskLinesBuilder();

/** `-`, `*`, `+` or a digit: the only characters a list item can start with. */
function isMarkerStart(c: number): boolean {
  return c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
}

// Where a note's task lines are, found by the structural pass; their fields are read only when items are asked for.
import { readFields } from "./fields";
import { NO_STRINGS } from "./intern";
import { isOpenStatus, stateOf, type StatusOptions } from "./statuses";
import type { ActionItem } from "./types";

/** Numbers kept per task line in TaskLines.at: start, end, body start, line number, parent line (0: none), quote depth. */
const STRIDE = 6;

/** A note's task lines in columns (one small set of arrays per note, not one object per line). */
export interface TaskLines {
  readonly count: number;
  /** STRIDE numbers per line; see STRIDE. */
  readonly at: readonly number[];
  readonly status: readonly string[];
  readonly heading: readonly (string | null)[];
  readonly callouts: readonly string[][];
}

export const NO_TASK_LINES: TaskLines = Object.freeze({ count: 0, at: NO_STRINGS as never, status: NO_STRINGS, heading: NO_STRINGS, callouts: NO_STRINGS as never });

/** Collects task lines during a scan into scratch arrays reused for every note; take() copies them at their size. */
export class TaskLinesBuilder {
  private readonly at: number[] = [];
  private readonly status: string[] = [];
  private readonly heading: (string | null)[] = [];
  private readonly callouts: string[][] = [];
  private count = 0;

  add(start: number, end: number, bodyStart: number, line: number, parent: number, depth: number, status: string, heading: string | null, callouts: string[]): void {
    const k = this.count++;
    const o = k * STRIDE;
    const at = this.at;
    at[o] = start;
    at[o + 1] = end;
    at[o + 2] = bodyStart;
    at[o + 3] = line;
    at[o + 4] = parent;
    at[o + 5] = depth;
    this.status[k] = status;
    this.heading[k] = heading;
    this.callouts[k] = callouts;
  }

  /** The lines added since the last take, and a fresh start. */
  take(): TaskLines {
    const count = this.count;
    if (count === 0) return NO_TASK_LINES;
    this.count = 0;
    return { count, at: this.at.slice(0, count * STRIDE), status: this.status.slice(0, count), heading: this.heading.slice(0, count), callouts: this.callouts.slice(0, count) };
  }
}

/** The action items of task lines found in `text`: each line's fields read now. */
export function readTaskItems(path: string, text: string, lines: TaskLines, statuses?: StatusOptions): ActionItem[] {
  const items = new Array<ActionItem>(lines.count);
  const at = lines.at;
  for (let k = 0, o = 0; k < lines.count; k++, o += STRIDE) {
    const status = lines.status[k];
    const state = stateOf(status);
    const parent = at[o + 4];
    const item: ActionItem = {
      path,
      line: at[o + 3],
      original: text.slice(at[o], at[o + 1]),
      status,
      state,
      isOpen: isOpenStatus(status, state, statuses),
      text: "",
      due: null,
      scheduled: null,
      start: null,
      created: null,
      done: null,
      cancelled: null,
      priority: null,
      recurrence: null,
      tags: NO_STRINGS,
      blockId: null,
      ownerRaw: null,
      mentions: NO_STRINGS,
      heading: lines.heading[k],
      parentLine: parent === 0 ? null : parent,
      quoteDepth: at[o + 5],
      callouts: lines.callouts[k],
      problems: NO_STRINGS,
    };
    readFields(text, at[o + 2], at[o + 1], item);
    items[k] = item;
  }
  return items;
}

/**
 * Whether two scans give the same items without reading them: same places in the outline and the same line text.
 * Items are a function of their line and place (fields never look past their line), so this is exact.
 */
export function sameTaskLines(a: TaskLines, textA: string, b: TaskLines, textB: string): boolean {
  if (a.count !== b.count) return false;
  for (let k = 0, o = 0; k < a.count; k++, o += STRIDE) {
    const len = a.at[o + 1] - a.at[o];
    if (len !== b.at[o + 1] - b.at[o] || a.at[o + 2] - a.at[o] !== b.at[o + 2] - b.at[o]) return false;
    for (let j = 3; j < STRIDE; j++) if (a.at[o + j] !== b.at[o + j]) return false;
    if (a.status[k] !== b.status[k] || a.heading[k] !== b.heading[k] || !sameList(a.callouts[k], b.callouts[k])) return false;
    if (!textB.startsWith(textA.slice(a.at[o], a.at[o + 1]), b.at[o])) return false;
  }
  return true;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

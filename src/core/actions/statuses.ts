// What a status character means (DESIGN.md "Task lines"): open, in progress, done, cancelled, forwarded or custom.
import type { ItemState } from "./types";

export interface StatusOptions {
  /** Custom status characters that count as closed (others are open). */
  closed?: string;
}

/** The state of a status character. */
export function stateOf(status: string): ItemState {
  switch (status) {
    case " ":
      return "open";
    case "/":
      return "in-progress";
    case "x":
    case "X":
      return "done";
    case "-":
      return "cancelled";
    case ">":
      return "forwarded";
    default:
      return "custom";
  }
}

/** Whether an item with this status still needs doing; custom characters are open unless configured closed. */
export function isOpenStatus(status: string, state: ItemState, options?: StatusOptions): boolean {
  if (state === "open" || state === "in-progress") return true;
  if (state !== "custom") return false;
  const closed = options?.closed;
  return !closed || !closed.includes(status);
}

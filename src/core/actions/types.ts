// The action item model: one Markdown task line, as Obsidian, Tasks and Dataview read it.

/** What a status character means here (DESIGN.md "Task lines"). */
export type ItemState = "open" | "in-progress" | "done" | "cancelled" | "forwarded" | "custom";

export type Priority = "highest" | "high" | "medium" | "low" | "lowest";

export interface ActionItem {
  /** Vault-relative path with "/" separators. */
  path: string;
  /** 1-based line number in the file. */
  line: number;
  /** The exact original line, without its line ending: the key for safe write-back. */
  original: string;
  /** The raw status character between the brackets. */
  status: string;
  state: ItemState;
  /** True for open, in-progress and open custom states. */
  isOpen: boolean;
  /** The description with fields, block id and owner markers removed, whitespace collapsed. */
  text: string;
  due: string | null;
  scheduled: string | null;
  start: string | null;
  created: string | null;
  done: string | null;
  cancelled: string | null;
  priority: Priority | null;
  /** Recurrence rule text after 🔁, or null. */
  recurrence: string | null;
  /** Tags without "#", in order of appearance. */
  tags: string[];
  /** Block id without "^", or null. */
  blockId: string | null;
  /** Owner as written (`@Name`, `@me` or `[owner:: [[Name]]]`), resolved to a name later; null if none. */
  ownerRaw: string | null;
  /** Names linked (`[[Name]]`) or mentioned (`@Name`) in the line, in order, owner excluded. */
  mentions: string[];
  /** Text of the nearest heading above the item, or null. */
  heading: string | null;
  /** 1-based line of the parent task item, or null for a top-level item. */
  parentLine: number | null;
  /** Blockquote/callout depth of the line. */
  quoteDepth: number;
  /**
   * Types (lower case) of the `> [!type]` callouts the line sits in, outermost first; empty outside callouts.
   * A callout opens where its blockquote does; a line with fewer `>` (or a blank line) closes it.
   */
  callouts: string[];
  /** Problems found while reading the line (e.g. an impossible date); never fatal. */
  problems: string[];
}

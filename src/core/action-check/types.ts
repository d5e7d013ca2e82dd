// The agreed-action check's shapes: rules as data, diagnostics shaped like the feedback linter's (one report, one CLI output).
import type { ActionItem } from "../actions/types";
import type { Finding as NoteFinding, Fix, Severity } from "../markdown/findings";

export type { Fix, Severity } from "../markdown/findings";

/** One finding on one action item (`block` is always "Action item", `from`/`to` cover the item's words after the checkbox). */
export type ActionDiagnostic = NoteFinding<null>;

/** The quick fixes an item can take, built once per item; null where one does not apply. */
export interface ItemFixes {
  /** `@me`. */
  mine: Fix;
  /** `@[[Person]]` for the 1:1's person; null outside a 1:1 note or when the name cannot be written as an owner. */
  theirs: Fix | null;
  /** Due at the next 1:1 by the person's cadence; null without a cadence. */
  nextOneOnOne: Fix | null;
  /** Due a week from today. */
  inAWeek: Fix;
}

export interface ActionRuleContext {
  item: ActionItem;
  /** An owner is written (`@name`, `[owner:: …]`) or the words start with a known "Name to …"; on the item or a parent item. */
  hasOwner: boolean;
  /** The due date of the item, else of its nearest parent item with one; null when none has. */
  due: string | null;
  /** The item's words with a leading "Name to " removed: what will be done. */
  words: string;
  fixes: ItemFixes;
}

/** What a rule found: a message and the fixes it offers, first choice first. */
export interface Finding {
  message: string;
  fixes?: (Fix | null)[];
}

/** Documentation and tests only: spread in as `...(DOCS && {...})`, so production builds carry none of it. */
export interface ActionRuleDocs {
  description: string;
  details?: string;
  /** Task lines of a 1:1 note with Sam (biweekly cadence) that make the rule fire, and lines that pass. */
  examples: { fires: string[]; passes: string[] };
}

export interface ActionRule extends Partial<ActionRuleDocs> {
  id: string;
  /** Human name, shown in the settings beside the id. */
  name: string;
  /** The default; settings may override it per rule. */
  severity: Severity;
  check(ctx: ActionRuleContext): Finding | null;
}

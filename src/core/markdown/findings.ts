// What a checker of note text reports: one shape for the feedback linter and the agreed-action check, so reports, the editor and the CLI read both.
import type { TextEdit } from "./apply-edits";

export type { TextEdit } from "./apply-edits";

export type Severity = "error" | "warning" | "info" | "hint";

/** A fix is data: edits applied together by applyFix, never overlapping. */
export interface Fix {
  /** Sentence-case label for a quick-fix button. */
  title: string;
  edits: TextEdit[];
}

/** One finding in a note; `Part` says which part of the block it is about (null for the block as a whole). */
export interface Finding<Part extends string | null> {
  ruleId: string;
  severity: Severity;
  /** Where the finding is, in the words reports print before the message ("Feedback for Sam", "Action item"). */
  block: string;
  part: Part;
  /** 1-based line of `from`. */
  line: number;
  from: number;
  to: number;
  message: string;
  fix?: Fix;
  /** Further optional fixes (alternative wordings); the first choice is `fix`. */
  suggestions?: Fix[];
}

/** A finding's fixes, the first choice first. */
export const fixesOf = (finding: { fix?: Fix; suggestions?: Fix[] }): Fix[] => [finding.fix ?? [], finding.suggestions ?? []].flat();

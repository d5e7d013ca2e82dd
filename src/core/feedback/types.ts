// The shapes shared by blocks, units, rules and lint(): plain data, no behaviour.
import type { Finding, Fix, Severity } from "../markdown/findings";

export type { Fix, Severity, TextEdit } from "../markdown/findings";

export type PartName = "facts" | "feelings" | "options" | "request";
export const PART_ORDER: readonly PartName[] = ["facts", "feelings", "options", "request"];
export const PART_TITLES: Readonly<Record<PartName, string>> = { facts: "Facts", feelings: "Feelings", options: "Options", request: "Request" };

/** A finding about a feedback block: `block` is its title as written ("Feedback for Sam"), `part` null for block-level findings. */
export type Diagnostic = Finding<PartName | null>;

/** A sentence or a list item of a part, with text aligned to note offsets: text[i] is note[from + i]. */
export interface Unit {
  kind: "sentence" | "item";
  from: number;
  to: number;
  /** 1-based line of `from`. */
  line: number;
  /** Markup (quote prefixes, line breaks, comments, list markers) blanked out; ’ normalised to '. */
  text: string;
  /** `text` with exempt spans (quotes, code, reported speech) blanked out too: what word rules read. */
  plain: string;
}

/** A stretch of one line that belongs to a part's body. */
export interface Segment {
  /** 0-based line. */
  line: number;
  from: number;
  to: number;
}

export interface FeedbackPart {
  name: PartName;
  form: "heading" | "label";
  /** 0-based line of the heading or label. */
  line: number;
  /** Offsets of the heading or label line's content (what absence rules mark when the body is empty). */
  labelFrom: number;
  labelTo: number;
  headingLevel: number;
  /** For label parts: how the label was written, with `{}` for the name ("**{}:** "). */
  labelTemplate: string;
  /** Lines [line, endLine) are the whole section, heading or label included. */
  endLine: number;
  segments: Segment[];
  units: Unit[];
  /** No words at all, or only placeholders such as TODO. */
  empty: boolean;
}

export interface UnknownHeading {
  text: string;
  line: number;
  from: number;
  to: number;
}

export interface FeedbackBlock {
  title: string;
  form: "heading" | "callout";
  /** 0-based line of the heading or callout line; lines [line, endLine) belong to the block. */
  line: number;
  endLine: number;
  titleFrom: number;
  titleTo: number;
  headingLevel: number;
  /** The quote prefix every line of the block starts with ("> " inside a callout, "" otherwise). */
  quotePrefix: string;
  parts: FeedbackPart[];
  /** Words in the block outside every part (prose before the first part, without parts, or under unknown sub-headings). */
  looseText: boolean;
  unknownHeadings: UnknownHeading[];
  /** Rule ids switched off by `%% feedback-lint-disable … %%` inside the block and never re-enabled; "*" = all. */
  disabled: Set<string>;
}

export interface RuleExamples {
  /** Which part the examples are written for; "note" = whole-note examples (structure rules). */
  part: PartName | "note";
  /** Texts that make the rule fire: a part's body, or a whole note for structure rules. */
  fires: string[];
  passes: string[];
}

/** A rule without examples, as in builds without docs, where `...(DOCS && { examples })` drops the key and texts from main.js. */
export const NO_EXAMPLES: RuleExamples = { part: "note", fires: [], passes: [] };

export interface ReportInput {
  from: number;
  to: number;
  message: string;
  part?: PartName | null;
  fix?: Fix;
  suggestions?: Fix[];
}

export interface RuleContext {
  /** The whole note. */
  text: string;
  block: FeedbackBlock;
  /** Line ending to use for inserted lines. */
  eol: string;
  /** The note's date (frontmatter `date`, else the date passed in), or null. */
  noteDate: string | null;
  /** Offset where each line of the note starts. */
  lineStarts: readonly number[];
  /** Written (non-empty) parts with this name, or of every name, in note order. */
  parts(name?: PartName): FeedbackPart[];
  report(d: ReportInput): void;
}

/** Documentation and tests only: spread in as `...(DOCS && {...})`, so production builds carry none of it (see build-flags.d.ts). */
export interface RuleDocs {
  /** One short line for the rule reference's table (main.js carries only the name: the settings show it with the id). */
  description: string;
  /** Groups shown in the rule reference: "structure", "judgement", "specific", "tone"… */
  tags: readonly string[];
  /** What fires the rule in more detail than the one-line description. */
  details?: string;
  examples: RuleExamples;
}

/** Which part a rule reads: one of the four, "any" (every part) or "structure" (the block's shape). */
export type RulePart = PartName | "any" | "structure";
export const RULE_PARTS: readonly RulePart[] = ["structure", "any", ...PART_ORDER];

/** What a rule is, as data: declared, never parsed from the id (a misspelt id must not make a rule read nothing). */
export interface RuleMeta {
  id: string;
  part: RulePart;
  /** Human name, shown in the settings beside the id. */
  name: string;
  /** The default; settings may override it per rule. */
  severity: Severity;
  /** Rules this one is more specific than: their findings overlapping one of its own are the same problem, reported once. */
  supersedes?: readonly string[];
}

export interface Rule extends RuleMeta, Partial<RuleDocs> {
  check(ctx: RuleContext): void;
}

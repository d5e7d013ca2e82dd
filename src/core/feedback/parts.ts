// Recognising part names in sub-headings and inline labels, and feedback titles.
import { PART_ORDER, type PartName } from "./types";

/** Part names and aliases as regex alternations (lowercase): the handbook's step names first ("State facts", "Own your feelings and thoughts", "Propose options", "Make a request"); DESIGN.md "Feedback blocks". */
const PART_ALIASES: Readonly<Record<PartName, string>> = {
  facts: "(?:state )?(?:the )?facts?|situation|observations?|what happened|behaviou?r",
  feelings: "(?:own )?(?:your |my )?(?:feelings?|thoughts)(?: and (?:feelings|thoughts))?|impact|my perspective|how (?:it|this) (?:landed|felt)|how i felt",
  options: "(?:propose )?(?:the |some |your )?options?|ideas?|suggestions?|questions?|needs?|values?",
  request: "(?:make )?(?:a |the |your |my )?requests?|next steps?|agreements?|actions?|follow[- ]?ups?|asks?",
};

/** Each part's regex: its name or alias, then `tail`. */
const partRegexes = (tail: string) => PART_ORDER.map((p) => [p, new RegExp(`^(?:${PART_ALIASES[p]})${tail}`)] as const);
/** Headings may go on after a separator: "Facts (what happened)", "Request: by Friday". */
const HEADING_PARTS = partRegexes("(?:$|[ \\-–—:(,&/])");
const LABEL_PARTS = partRegexes("$");

function normalise(s: string): string {
  return s
    .replace(/[*_`]/g, "")
    .replace(/^\s*(?:step\s+)?\d{1,2}\s*[.):-]?\s+/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[:.]$/, "")
    .trim()
    .toLowerCase();
}

function partIn(regexes: typeof LABEL_PARTS, s: string): PartName | null {
  const name = normalise(s);
  return regexes.find(([, re]) => re.test(name))?.[0] ?? null;
}

/** The part a sub-heading names ("Facts", "2. Situation (what happened)"), or null. */
export function headingPart(heading: string): PartName | null {
  return partIn(HEADING_PARTS, heading);
}

/** "Feedback" alone, or then a separator, a number or for/to/on/about/from ("Feedback for Sam", "Feedback: the launch", "Feedback — Q3"); not "Feedback loops". */
export function isFeedbackTitle(heading: string): boolean {
  return /^feedback(?:$|\s*[:\-–—|(,/#[]|\s+(?:\d|(?:for|to|on|about|from|received)\b))/i.test(normalise(heading));
}

/** Feedback the user received is not theirs to fix: "Feedback from Sam", "Feedback received". */
export function isReceivedTitle(title: string): boolean {
  return /^(?:feedback\s+)?(?:from|received|i received|given to me)(?![a-z])/i.test(normalise(title));
}

export interface Label {
  part: PartName;
  /** Column where the label's markup starts (after the list marker) and where the body starts. */
  start: number;
  end: number;
  /** The label's markup with `{}` for the name: "**{}:** ", "{}: ". */
  template: string;
}

/** Indent, list marker, emphasis, a name, then a colon inside or outside the emphasis, a dash after it ("**Impact** — …", "Ask - …") or emphasis alone ending the line. */
const LABEL = /^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?(\*\*|__|\*|_)?([A-Za-z][A-Za-z &/'’-]{0,39}?)(\3:|:\3|\3 *[–—]|\3 +-(?= )|\3(?=[ \t]*$))([ \t]*)/;

/** Reads an inline label at column `from` of a line: `**Facts:** …`, `- Request: …`, `__Ask__: …`. */
export function readLabel(line: string, from: number): Label | null {
  const m = LABEL.exec(line.slice(from));
  // A plain word alone on its line is text, not a label.
  if (!m || m[5] === "") return null;
  const [all, indent, marker = "", opener = "", name, closing, space] = m;
  const part = partIn(LABEL_PARTS, name);
  if (!part) return null;
  return { part, start: from + indent.length + marker.length, end: from + all.length, template: `${marker}${opener}{}${closing}${space ? " " : ""}` };
}

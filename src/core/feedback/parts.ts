// Recognising part names in sub-headings and inline labels, and feedback titles.
import { list } from "./match";
import type { PartName } from "./types";

/** Part names and aliases (lowercase, "|"-separated); DESIGN.md "Feedback blocks". */
const PART_ALIASES: Readonly<Record<PartName, string>> = {
  facts: "facts|fact|situation|observation|observations|what happened|behaviour|behavior",
  feelings: "feelings|feeling|feelings and thoughts|thoughts and feelings|thoughts|impact|my perspective",
  options: "options|ideas|suggestions|questions|needs|values",
  request: "request|requests|next steps|agreement|actions|follow-up|follow up|followup|ask|asks",
};

const ALIAS_TO_PART = new Map<string, PartName>();
for (const [part, aliases] of Object.entries(PART_ALIASES) as [PartName, string][]) {
  for (const a of list(aliases)) ALIAS_TO_PART.set(a, part);
}
/** Longest first, so "feelings and thoughts" wins over "feelings". */
const ALIASES_BY_LENGTH = [...ALIAS_TO_PART.keys()].sort((a, b) => b.length - a.length);
const SEPARATORS = " -–—:(,&/";

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

/** The part a sub-heading names ("Facts", "2. Situation (what happened)"), or null. */
export function headingPart(heading: string): PartName | null {
  const name = normalise(heading);
  const exact = ALIAS_TO_PART.get(name);
  if (exact) return exact;
  for (const alias of ALIASES_BY_LENGTH) {
    if (name.length > alias.length && name.startsWith(alias) && SEPARATORS.includes(name[alias.length])) {
      return ALIAS_TO_PART.get(alias) ?? null;
    }
  }
  return null;
}

/** The part an exact label names ("Next steps"), or null. */
export function labelPart(label: string): PartName | null {
  return ALIAS_TO_PART.get(normalise(label)) ?? null;
}

/** "Feedback", "Feedback for Sam", "Feedback: the launch". */
export function isFeedbackTitle(heading: string): boolean {
  return /^feedback(?![a-z])/i.test(normalise(heading));
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

/** Indent, list marker, emphasis, a name, then a colon inside or outside the emphasis (or emphasis alone ending the line). */
const LABEL = /^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?(\*\*|__|\*|_)?([A-Za-z][A-Za-z &/'’-]{0,39})(\3:|:\3|\3(?=[ \t]*$))([ \t]*)/;

/** Reads an inline label at column `from` of a line: `**Facts:** …`, `- Request: …`, `__Ask__: …`. */
export function readLabel(line: string, from: number): Label | null {
  const m = LABEL.exec(line.slice(from));
  // A plain word alone on its line is text, not a label.
  if (!m || m[5] === "") return null;
  const [all, indent, marker = "", opener = "", name, closing, space] = m;
  const part = labelPart(name);
  if (!part) return null;
  return { part, start: from + indent.length + marker.length, end: from + all.length, template: `${marker}${opener}{}${closing}${space ? " " : ""}` };
}

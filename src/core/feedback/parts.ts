// Recognising part names in sub-headings and inline labels, and feedback titles.
import type { PartName } from "./types";

/** Part names and aliases (lowercase); DESIGN.md "Feedback blocks". */
export const PART_ALIASES: Readonly<Record<PartName, readonly string[]>> = {
  facts: ["facts", "fact", "situation", "observation", "observations", "what happened", "behaviour", "behavior"],
  feelings: ["feelings", "feeling", "feelings and thoughts", "thoughts and feelings", "thoughts", "impact", "my perspective"],
  options: ["options", "ideas", "suggestions", "questions", "needs", "values"],
  request: ["request", "requests", "next steps", "agreement", "actions", "follow-up", "follow up", "followup", "ask", "asks"],
};

const ALIAS_TO_PART = new Map<string, PartName>();
for (const [part, aliases] of Object.entries(PART_ALIASES) as [PartName, readonly string[]][]) {
  for (const a of aliases) ALIAS_TO_PART.set(a, part);
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
  /** The label as written, without emphasis or colon. */
  name: string;
  /** Column where the label's markup starts (after the list marker) and where the body starts. */
  start: number;
  nameStart: number;
  end: number;
  /** The label's markup with `{}` for the name: "**{}:** ", "{}: ". */
  template: string;
}

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const EMPHASIS = /^(?:\*\*|__|\*|_)/;

/** Reads an inline label at column `from` of a line: `**Facts:** …`, `- Request: …`, `__Ask__: …`. */
export function readLabel(line: string, from: number): Label | null {
  let i = from;
  const marker = LIST_MARKER.exec(line.slice(i));
  const markerText = marker ? marker[0].trimStart() : "";
  if (marker) i += marker[0].length;
  else while (line[i] === " " || line[i] === "\t") i++;
  const start = i;
  const open = EMPHASIS.exec(line.slice(i));
  const opener = open ? open[0] : "";
  i += opener.length;
  const nameStart = i;
  const limit = Math.min(line.length, i + 40);
  let j = i;
  while (j < limit && /[A-Za-z &/'’-]/.test(line[j])) j++;
  const name = line.slice(nameStart, j).trim();
  if (!name || !/^[A-Za-z]/.test(name)) return null;
  const rest = line.slice(j);
  let closing: string;
  if (opener && rest.startsWith(opener + ":")) closing = opener + ":";
  else if (opener && rest.startsWith(":" + opener)) closing = ":" + opener;
  else if (!opener && rest.startsWith(":")) closing = ":";
  else if (opener && rest.startsWith(opener) && line.slice(j + opener.length).trim() === "") closing = opener;
  else return null;
  const part = labelPart(name);
  if (!part) return null;
  let end = j + closing.length;
  const afterSpace = /^[ \t]*/.exec(line.slice(end));
  const space = afterSpace ? afterSpace[0] : "";
  end += space.length;
  const template = `${markerText}${opener}{}${closing}${space ? " " : ""}`;
  return { part, name, start, nameStart, end, template };
}

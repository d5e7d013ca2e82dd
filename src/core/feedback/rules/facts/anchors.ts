// What counts as a when/where anchor in Facts (shared by the rule and its fix).
import { alternation } from "../../match";
import { EVENTS, MONTHS, RELATIVE_DAYS } from "../../words/anchors";

/** "May" alone is usually the verb, so bare month names need more than three letters. */
const FULL_MONTHS = MONTHS.filter((m) => m.length > 3);
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";

export const ANCHOR: RegExp = new RegExp(
  [
    "\\d{4}-\\d{2}-\\d{2}",
    "\\b\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?\\b",
    "\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b",
    "\\b\\d{1,2}:\\d{2}\\b",
    "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b",
    "\\b(?:mon|tue|tues|thu|thur|thurs|fri)\\b",
    `\\b(?:${alternation(FULL_MONTHS)})\\b`,
    `\\b(?:${alternation(MONTHS)})\\s+${DAY}\\b`,
    `\\b${DAY}\\s+(?:of\\s+)?(?:${alternation(MONTHS)})\\b`,
    `\\b(?:${alternation(RELATIVE_DAYS)})\\b`,
    `\\b(?:${alternation(EVENTS)})(?![A-Za-z])`,
    "\\[when\\]",
    "\\[\\[",
    "https?://",
    "#\\d+\\b",
  ].join("|"),
  "gi",
);

/** Ticket keys such as ABC-123 are case-sensitive. */
export const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d+\b/g;

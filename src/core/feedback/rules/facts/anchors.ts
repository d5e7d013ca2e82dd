// What counts as a when/where anchor in Facts (shared by the rule and its fix), and the date patterns Request shares.
import { alternation } from "../../match";
import { EVENTS, MONTHS, RELATIVE_DAYS, WEEKDAYS } from "../../words/anchors";

const MONTH = alternation(MONTHS);

/** A date, a weekday or a time written out: 2024-03-07, 7/3, 3pm, 15:30, 7th of March, March 7, Fri. */
export const DATE_OR_TIME: readonly string[] = [
  `\\b(?:${alternation(WEEKDAYS)})s?\\b`,
  "\\d{4}-\\d{2}-\\d{2}",
  "\\b\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?\\b",
  "\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b",
  "\\b\\d{1,2}:\\d{2}\\b",
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})\\b`,
  `\\b(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
];

export const ANCHOR: RegExp = new RegExp(
  [
    ...DATE_OR_TIME,
    // "May" alone is usually the verb, so a bare month name needs more than three letters.
    `\\b(?:${alternation(MONTHS.filter((m) => m.length > 3))})\\b`,
    `\\b(?:${alternation(RELATIVE_DAYS)})\\b`,
    `\\b(?:${alternation(EVENTS)})(?![A-Za-z])`,
    "\\[when\\]|\\[\\[|https?://|#\\d+\\b",
  ].join("|"),
  "gi",
);

/** Ticket keys such as ABC-123 are case-sensitive. */
export const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d+\b/g;

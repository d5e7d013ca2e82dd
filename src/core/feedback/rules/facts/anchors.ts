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

/** A month named alone: "May" is usually the verb, so it needs more than three letters. */
export const MONTH_NAME = `\\b(?:${alternation(MONTHS.filter((m) => m.length > 3))})\\b`;

/** A month after by/before/until/in: "by May" is a time frame, though "May" alone is usually the verb. */
export const MONTH_AFTER = `\\b(?:by|before|until|till|in)\\s+(?:early\\s+|mid-?|late\\s+)?(?:${MONTH})\\b`;

export const ANCHOR: RegExp = new RegExp(
  [
    ...DATE_OR_TIME,
    MONTH_NAME,
    `\\b(?:${alternation(RELATIVE_DAYS)})\\b`,
    "\\[when\\]|\\[\\[|https?://|#\\d+\\b",
  ].join("|"),
  "gi",
);

const EVENT = alternation(EVENTS);
/**
 * An event word after a preposition and up to three modifiers ("in Tuesday's standup", "at the retro", "during the incident call",
 * "in the review of PR #412"); group 1 is the event word, whose next word must show it is the head of its phrase.
 */
const OCCASION = new RegExp(
  `\\b(?:in|at|during|after|before|since|from|throughout|on|over|via|through|into|following)\\s+(?:(?!(?:to|you|i|we|they|he|she|it|and|or|but|that|which|was|were|is|are)\\b)[\\w'#:-]+\\s+){0,3}?(${EVENT})(?![A-Za-z])`,
  "gi",
);
/** Lowercase words that may follow the head of an occasion phrase: short function words, pronouns, time words, past verbs, adverbs. */
const AFTER_HEAD = new RegExp(
  `^(?:[a-z]{1,3}|with|about|from|after|before|during|when|where|while|that|which|your|they|their|them|because|since|until|last|yesterday|today|tonight|this|there|then|earlier|later|again|just|already|together|everyone|nobody|someone|people|[a-z]+(?:ed|ly)|${EVENT})(?![A-Za-z])`,
  "i",
);

/** True when the text after a noun shows the noun heads its phrase ("the review." or "the review on Friday", not "the review queue"). */
export function endsPhrase(rest: string): boolean {
  const next = /^\s*(\S?)(.*)/.exec(rest) ?? ["", "", ""];
  // The end, punctuation, a capital (a name) or a digit end the phrase; a lowercase word must be one that cannot be its head.
  return !/[a-z]/.test(next[1]) || AFTER_HEAD.test(next[1] + next[2]);
}

/** True when an event word in s names an occasion rather than modifying another noun ("demo slides", "review comments", "the retro board"). */
export function hasOccasion(s: string): boolean {
  OCCASION.lastIndex = 0;
  for (let m = OCCASION.exec(s); m; m = OCCASION.exec(s)) {
    if (endsPhrase(s.slice(m.index + m[0].length))) return true;
    OCCASION.lastIndex = m.index + 1;
  }
  return false;
}

/** Ticket keys such as ABC-123 are case-sensitive. */
export const TICKET = /\b[A-Z][A-Z0-9]{1,9}-\d+\b/g;

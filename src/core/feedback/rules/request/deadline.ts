// What counts as a time frame in a Request: a date, a relative deadline, a trigger or a cadence.
import { alternation } from "../../match";
import { MONTHS } from "../../words/anchors";
import { DEADLINE_PHRASES, NUMBER_WORDS, TIME_UNITS } from "../../words/requests";

const NEXT_ONE_ON_ONE_SOURCE = "\\bnext\\s+(?:1:1|1-1|1-on-1|one[- ]on[- ]one|one to one|meeting|check-in|sync)(?![A-Za-z0-9])";
const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri";
const AMOUNT = `(?:\\d+|${alternation(NUMBER_WORDS)})`;
const UNIT = alternation(TIME_UNITS);

export const DEADLINE: RegExp = new RegExp(
  [
    "\\d{4}-\\d{2}-\\d{2}",
    "📅|📆|🗓|⏳",
    "\\bdue::",
    "\\b\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?\\b",
    `\\b(?:by|before|until|till|on|this|next|from|starting|after)\\s+(?:the\\s+)?(?:next\\s+)?(?:${WEEKDAY})s?\\b`,
    `\\b(?:${WEEKDAY.split("|").filter((d) => d.length > 5).join("|")})\\b`,
    `\\b(?:${alternation(MONTHS.filter((m) => m !== "may"))})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${alternation(MONTHS)})\\b`,
    `\\b(?:in|within|for|over|after|every)\\s+(?:the\\s+)?(?:next\\s+)?(?:${AMOUNT}\\s+)?(?:${UNIT})\\b`,
    `\\b(?:by|before|until|till)\\s+(?:the\\s+)?(?:end|eod|eow|eom|eoq|next|tomorrow|tonight|today|noon|midnight|then|lunch|\\d)`,
    "\\b(?:next|this|every|each)\\s+(?:week|month|sprint|quarter|time|standup|stand-up|retro|release|review|morning|day|meeting|planning|pr|demo|sync)",
    "\\bend\\s+of\\s+(?:the\\s+)?(?:day|week|month|quarter|sprint|year)\\b",
    "\\bstarting\\s+(?:tomorrow|today|now|next|with|on|from|this)\\b",
    `\\b(?:${alternation(DEADLINE_PHRASES)})(?![A-Za-z])`,
    "\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b",
    "\\b\\d{1,2}:\\d{2}\\b",
    NEXT_ONE_ON_ONE_SOURCE,
  ].join("|"),
  "gi",
);

/** "next 1:1", "our next one-on-one": resolved with the 1:1 cadence rather than a calendar phrase. */
export const NEXT_ONE_ON_ONE = new RegExp(NEXT_ONE_ON_ONE_SOURCE, "i");

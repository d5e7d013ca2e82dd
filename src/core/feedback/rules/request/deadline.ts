// What counts as a time frame in a Request: a date or weekday, a relative deadline, a trigger or a cadence.
import { alternation } from "../../match";
import { DEADLINE_PHRASES, NUMBER_WORDS, TIME_UNITS } from "../../words/requests";
import { DATE_OR_TIME, MONTH_AFTER, MONTH_NAME } from "../facts/anchors";

const NEXT_ONE_ON_ONE_SOURCE = "\\bnext\\s+(?:1:1|1-1|1-on-1|one[- ]on[- ]one|one to one|meeting|check-in|sync)(?![A-Za-z0-9])";

export const DEADLINE: RegExp = new RegExp(
  [
    ...DATE_OR_TIME,
    "📅|📆|🗓|⏳|\\bdue::",
    `\\b(?:in|within|for|over|after|every)\\s+(?:the\\s+)?(?:next\\s+)?(?:(?:\\d+|${alternation(NUMBER_WORDS)})\\s+)?(?:${alternation(TIME_UNITS)})\\b`,
    "\\b(?:by|before|until|till)\\s+(?:the\\s+)?(?:end|next|noon|midnight|then|lunch|\\d)",
    MONTH_NAME,
    MONTH_AFTER,
    "\\b(?:next|this|every|each|per)\\s+(?:week|month|sprint|quarter|time|stand-?up|retro|release|review|morning|day|meeting|planning|pr|demo|sync)",
    "\\bend\\s+of\\s+(?:the\\s+)?(?:day|week|month|quarter|sprint|year)\\b",
    "\\b(?:starting|beginning)\\s+(?:now|next|with|on|from|this|in|at)\\b",
    `\\b(?:${alternation(DEADLINE_PHRASES)})(?![A-Za-z])`,
    NEXT_ONE_ON_ONE_SOURCE,
  ].join("|"),
  "gi",
);

/** "next 1:1", "our next one-on-one": resolved with the 1:1 cadence rather than a calendar phrase. */
export const NEXT_ONE_ON_ONE = new RegExp(NEXT_ONE_ON_ONE_SOURCE, "i");

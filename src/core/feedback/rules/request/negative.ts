// request/negative: asking for what to stop leaves open what to do.
import { alternation, wordBefore } from "../../match";
import { NEGATIVE_ASKS, NEGATIVE_EXCEPTIONS } from "../../words/requests";
import { matchRule, meta } from "../helpers";

const NEGATIVE = new RegExp(`\\b(?:(${alternation(NEGATIVE_EXCEPTIONS)})|${alternation(NEGATIVE_ASKS)})(?![A-Za-z])`, "gi");
/** "I don't …", "we never …" describe, they do not ask. */
const SUBJECTS = new Set("i we they he she it that which who people things this there what a the to non".split(" "));

export const negative = matchRule(
  meta("request", "negative", "Asks what not to do", "warning"),
  NEGATIVE, (m, unit) =>
  m.groups[0] ||
  SUBJECTS.has(wordBefore(unit.plain, m.index)) ||
  // "no more than three" sets a limit, it does not forbid.
  (/^no (?:more|longer)$/i.test(m.text) && /^\s+than\b/i.test(unit.plain.slice(m.index + m.text.length)))
    ? null
    : "says what not to do: ask for what to do.",
DOCS && {
  description: "Asks what not to do: stop, don't, never…",
  tags: ["action"],
  details: "A negative request: stop, don't, never, avoid, no more (but not \"don't hesitate\").",
  examples: {
    part: "request",
    fires: ["Stop merging untested code.", "Please don't push to main by Friday."],
    passes: ["Could you run the tests before each merge, starting today?", "Don't hesitate to ask me by Friday if you are stuck."],
  },
});

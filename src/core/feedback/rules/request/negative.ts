// request/negative: asking for what to stop leaves open what to do.
import { alternation, wordBefore } from "../../match";
import { NEGATIVE_ASKS, NEGATIVE_EXCEPTIONS } from "../../words/requests";
import { matchRule, meta } from "../helpers";

/** Group 2: a prohibition without a verb ("No deploys after 15:00"), where "no" opens the clause; "no later than", "no worries" are not. */
const NEGATIVE = new RegExp(`\\b(?:(${alternation(NEGATIVE_EXCEPTIONS)})|${alternation(NEGATIVE_ASKS)}|(no\\s+(?!(?:one|later|sooner|earlier|need|worries|problem|pressure|rush|matter|doubt)\\b)[a-z]+))(?![A-Za-z])`, "gi");
const OPENS = /(?:^|[:;,.!(—–]|\b(?:on|now|then|please|and|so|also)|[A-Z0-9][\w:']*)\s*$/;
/** "I don't …", "we never …" describe, they do not ask. */
const SUBJECTS = new Set("i we they he she it that which who people things this there what a the to non".split(" "));

export const negative = matchRule(
  meta("request", "negative", "Asks what not to do", "warning"),
  NEGATIVE, (m, unit) =>
  m.groups[0] ||
  SUBJECTS.has(wordBefore(unit.plain, m.index)) ||
  (m.groups[1] && !OPENS.test(unit.plain.slice(0, m.index))) ||
  // "no more than three" sets a limit, it does not forbid.
  (/^no (?:more|longer)$/i.test(m.text) && /^\s+than\b/i.test(unit.plain.slice(m.index + m.text.length)))
    ? null
    : "says what not to do: ask for what to do.",
DOCS && {
  description: "Asks what not to do: stop, don't, never…",
  tags: ["action"],
  details: "A negative request: stop, don't, never, avoid, no more, \"no\" opening a clause (\"No deploys after 15:00\"; but not \"don't hesitate\", \"no later than\").",
  examples: {
    part: "request",
    fires: ["Stop merging untested code.", "Please don't push to main by Friday.", "From now on, no deploys after 15:00."],
    passes: ["Could you run the tests before each merge, starting today?", "Don't hesitate to ask me by Friday if you are stuck.", "Could you ship it with no new warnings by Friday?"],
  },
});

// request/vague: asking for a trait or an attitude gives nothing concrete to do.
import { phraseRegex } from "../../match";
import { VAGUE_ASKS } from "../../words/requests";
import { matchRule, meta } from "../helpers";

// What it is about or how to do it makes the ask concrete: "focus more on the API tests", "be more visible by pinning it".
const VAGUE = new RegExp(
  `(?:\\bbe\\s+(?:a\\s+(?:little\\s+)?(?:bit|little|lot)\\s+|much\\s+|way\\s+)?(?:more|less)\\s+(?!(?:than|of|like|and|or|to|in|on|at|time|often)\\b)[a-z]{3,}|${phraseRegex(VAGUE_ASKS).source})\\b(?!\\s+(?:on|about)\\b|\\s+by\\s+[a-z]+ing\\b)`,
  "gi",
);
/** "I'd be more comfortable if…" says how the writer would feel: no ask of the other person. */
const CONDITIONAL = /\b(?:i|we|it|that|this)(?:'d|\u2019d|\s+would)\s+$/i;

const MESSAGE = "asks for an attitude: name an action.";

export const vague = matchRule(meta("request", "vague", "Vague request", "warning"), VAGUE, (m, unit) => (CONDITIONAL.test(unit.plain.slice(Math.max(0, m.index - 16), m.index)) ? null : MESSAGE), DOCS && {
  description: "Asks for an attitude: be more careful…",
  tags: ["specific", "action"],
  details: "A vague request for a trait or attitude: be more careful/professional/positive (be more or less + any quality), do better, communicate better, step up, take ownership.",
  examples: {
    part: "request",
    fires: ["Be more careful by Friday.", "Please step up and take ownership starting next sprint.", "Please be more transparent with the team from now on.", "Could you communicate better with ops, starting Monday?"],
    passes: [
      "Could you run the full test suite before each merge, starting today?",
      "I'd be more comfortable if you shared the plan with me by Friday.",
      "Could you focus more on the API tests this sprint, starting Monday?",
      "Please make the notes be more visible by pinning them in the channel today.",
    ],
  },
});

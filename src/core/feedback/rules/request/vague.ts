// request/vague: asking for a trait or an attitude gives nothing concrete to do.
import { phraseRegex } from "../../match";
import { VAGUE_ASKS } from "../../words/requests";
import { matchRule, meta } from "../helpers";

const VAGUE = new RegExp(
  `\\bbe\\s+(?:a\\s+(?:little\\s+)?(?:bit|little|lot)\\s+|much\\s+|way\\s+)?(?:more|less)\\s+(?!(?:than|of|like|and|or|to|in|on|at|time|often)\\b)[a-z]{3,}|${phraseRegex(VAGUE_ASKS).source}`,
  "gi",
);

export const vague = matchRule(meta("request", "vague", "Vague request", "warning"), VAGUE, "asks for an attitude: name an action.", DOCS && {
  description: "Asks for an attitude: be more careful…",
  tags: ["specific", "action"],
  details: "A vague request for a trait or attitude: be more careful/professional/positive (be more or less + any quality), do better, communicate better, step up, take ownership.",
  examples: {
    part: "request",
    fires: ["Be more careful by Friday.", "Please step up and take ownership starting next sprint.", "Please be more transparent with the team from now on.", "Could you communicate better with ops, starting Monday?"],
    passes: ["Could you run the full test suite before each merge, starting today?"],
  },
});

// request/vague: asking for a trait or an attitude gives nothing concrete to do.
import { alternation, phraseRegex } from "../../match";
import { VAGUE_ADJECTIVES, VAGUE_ASKS } from "../../words/requests";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const VAGUE = new RegExp(
  `\\bbe\\s+(?:a\\s+(?:bit|little|lot)\\s+|much\\s+|way\\s+|a\\s+little\\s+bit\\s+)?(?:more|less)\\s+(?:${alternation(VAGUE_ADJECTIVES)})(?![A-Za-z])|${phraseRegex(VAGUE_ASKS).source}`,
  "gi",
);

export const vague: Rule = {
  id: "request/vague",
  severity: "warning",
  description: "A vague request for a trait or attitude: be more careful/professional/positive, do better, step up, take ownership.",
  ...(DOCS && {
    examples: {
      part: "request",
      fires: ["Be more careful by Friday.", "Please step up and take ownership starting next sprint."],
      passes: ["Could you run the full test suite before each merge, starting today?"],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("request"), VAGUE, (m) => `${quoted(m.text)} asks for an attitude. Name the action you want to see (for example: run the tests before merging).`);
  },
};

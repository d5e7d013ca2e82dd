// facts/misplaced: an opinion or a request written inside Facts.
import { phraseRegex } from "../../match";
import { OPINION_MARKERS, REQUEST_MARKERS } from "../../words/hedges";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const OPINION = phraseRegex(OPINION_MARKERS);
const REQUEST = phraseRegex(REQUEST_MARKERS);

export const misplaced: Rule = {
  id: "facts/misplaced",
  severity: "info",
  description: "An opinion (I think, obviously, frankly) or a request (please, you should) inside Facts.",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["In Monday's standup you obviously had not prepared.", "On Friday you merged without tests, so please add them."],
      passes: ["In Monday's standup you said you had not prepared the numbers."],
    },
  }),
  check(ctx) {
    const parts = ctx.parts("facts");
    reportMatches(ctx, parts, OPINION, (m) => `${quoted(m.text)} is an opinion: keep Facts to what happened and move it to Feelings.`);
    reportMatches(ctx, parts, REQUEST, (m) => `${quoted(m.text)} asks for something: move it to Request.`);
  },
};

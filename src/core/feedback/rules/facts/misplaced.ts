// facts/misplaced: an opinion or a request written inside Facts.
import { phraseRegex } from "../../match";
import { OPINION_MARKERS, REQUEST_MARKERS } from "../../words/hedges";
import { matchRule, meta } from "../helpers";

/** An opinion marker (captured) or a request marker. */
const MISPLACED = new RegExp(`(${phraseRegex(OPINION_MARKERS).source})|${phraseRegex(REQUEST_MARKERS).source}`, "gi");

export const misplaced = matchRule(meta("facts", "misplaced", "Opinion or request in Facts", "info"), MISPLACED, (m) => (m.groups[0] ? "is an opinion: move it to Feelings." : "is a request: move it to Request."), DOCS && {
  description: "An opinion or a request inside Facts.",
  tags: ["structure"],
  details: "An opinion (I think, obviously, frankly) or a request (please, you should) inside Facts.",
  examples: {
    part: "facts",
    fires: ["In Monday's standup you obviously had not prepared.", "On Friday you merged without tests, so please add them."],
    passes: ["In Monday's standup you said you had not prepared the numbers."],
  },
});

// facts/hearsay: second-hand reports; feedback should rest on what the writer saw.
import { phraseRegex } from "../../match";
import { HEARSAY } from "../../words/intent";
import { matchRule, meta } from "../helpers";

export const hearsay = matchRule(
  meta("facts", "hearsay", "Hearsay", "warning"),
  phraseRegex(HEARSAY),
  // "I heard you say …" is a direct observation.
  (m, unit) => (/^i/i.test(m.text) && /^\s+you\b/i.test(unit.plain.slice(m.index + m.text.length)) ? null : "is hearsay: give what you saw yourself."),
  DOCS && {
    description: "Hearsay: people say, I heard, apparently…",
    tags: ["specific"],
    details: "Hearsay in Facts: people say, I heard, apparently, the team feels…",
    examples: {
      part: "facts",
      fires: ["People say you are hard to reach on Fridays.", "Apparently the demo on Monday went badly."],
      passes: ["On Friday I messaged you twice and got no answer until Monday.", "In Monday's demo I heard you say the API was not ready."],
    },
  },
);

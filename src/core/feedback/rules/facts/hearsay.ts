// facts/hearsay: second-hand reports; feedback should rest on what the writer saw.
import { phraseRegex } from "../../match";
import { HEARSAY } from "../../words/intent";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const HEARD = phraseRegex(HEARSAY);

export const hearsay: Rule = {
  id: "facts/hearsay",
  severity: "warning",
  description: "Hearsay in Facts: people say, I heard, apparently, the team feels…",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["People say you are hard to reach on Fridays.", "Apparently the demo on Monday went badly."],
      passes: ["On Friday I messaged you twice and got no answer until Monday.", "In Monday's demo I heard you say the API was not ready."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("facts"), HEARD, (m, unit) => {
      // "I heard you say …" is a direct observation.
      if (/^i/i.test(m.text) && /^\s+you\b/i.test(unit.plain.slice(m.index + m.text.length))) return null;
      return `${quoted(m.text)} is second-hand. Give feedback on what you saw yourself, or let those involved speak for themselves.`;
    });
  },
};

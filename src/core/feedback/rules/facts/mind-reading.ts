// facts/mind-reading: claims about intent or attitude that nobody can observe.
import { phraseRegex } from "../../match";
import { MIND_READING } from "../../words/intent";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const MIND = phraseRegex(MIND_READING);

export const mindReading: Rule = {
  id: "facts/mind-reading",
  severity: "warning",
  description: "A claim about intent or attitude in Facts: you don't care, on purpose, deliberately, you wanted to…",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["In the retro you don't respect juniors.", "On Friday you skipped the review on purpose."],
      passes: ["On Friday you merged without a review.", "In the retro you said you don't care about the old API."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("facts"), MIND, (m) => `${quoted(m.text)} claims to know their intent. Keep to what they did; ask about the why in Options.`);
  },
};

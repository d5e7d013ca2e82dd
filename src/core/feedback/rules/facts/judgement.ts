// facts/judgement: evaluative words judge instead of describing what was seen.
import { phraseRegex } from "../../match";
import { JUDGEMENTS } from "../../words/judgements";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const JUDGEMENT = phraseRegex(JUDGEMENTS);

export const judgement: Rule = {
  id: "facts/judgement",
  severity: "warning",
  description: "An evaluative word in Facts (sloppy, lazy, unacceptable, terrible…).",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["On Monday you pushed without review, which is frankly lazy.", "Your PR on Tuesday was sloppy."],
      passes: ["On Monday you pushed to main without a review.", "In Tuesday's standup you said the codebase was a mess."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("facts"), JUDGEMENT, (m) => `${quoted(m.text)} is a judgement. Say what you saw or heard instead.`);
  },
};

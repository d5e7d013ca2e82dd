// facts/generalization: "always", "never", "everyone" turn one situation into a verdict.
import { phraseRegex } from "../../match";
import { GENERALIZATIONS } from "../../words/generalizations";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const GENERAL = phraseRegex(GENERALIZATIONS);

export const generalization: Rule = {
  id: "facts/generalization",
  severity: "warning",
  description: "A generalization in Facts: always, never, constantly, every time, everyone, nobody, as usual…",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["You never test your code.", "In Monday's standup, as usual, you arrived late."],
      passes: ["The last two PRs you merged on Monday had no tests.", "In Monday's standup you arrived at 9:20."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("facts"), GENERAL, (m) => `${quoted(m.text)} generalizes. Describe the specific times it happened.`);
  },
};

// options/directive: "you should" in Options gives the answer instead of asking for theirs.
import { phraseRegex } from "../../match";
import { DIRECTIVES } from "../../words/requests";
import { inQuestion, quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const DIRECTIVE = phraseRegex(DIRECTIVES);

export const directive: Rule = {
  id: "options/directive",
  severity: "info",
  description: "A directive in Options: you should, you must, you need to, make sure.",
  ...(DOCS && {
    examples: {
      part: "options",
      fires: ["You should always announce restarts. What do you think?", "Make sure you test first. Any ideas?"],
      passes: ["What could make restarts less of a surprise?", "What do you need to feel ready before a demo?"],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("options"), DIRECTIVE, (m, unit) => inQuestion(m, unit) ? null : `${quoted(m.text)} gives them the answer. Ask for their ideas first: What could you try?`);
  },
};

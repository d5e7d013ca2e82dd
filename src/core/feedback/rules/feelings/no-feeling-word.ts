// feelings/no-feeling-word: Feelings names no feeling at all (anyone's feeling counts).
import { has, phraseRegex } from "../../match";
import { FEELING_FORMS, FEELINGS } from "../../words/feelings";
import { reportAbsent } from "../helpers";
import type { Rule } from "../../types";

const FEELING = phraseRegex([...FEELINGS, ...FEELING_FORMS]);

export const noFeelingWord: Rule = {
  id: "feelings/no-feeling-word",
  severity: "info",
  description: "Feelings names no feeling at all (anyone's feeling counts: \"Jeff looked distressed\").",
  ...(DOCS && {
    examples: {
      part: "feelings",
      fires: ["I need this fixed.", "I think the release plan was not realistic."],
      passes: ["I was worried about the release plan.", "I noticed Jeff looked distressed."],
    },
  }),
  check(ctx) {
    reportAbsent(ctx, "feelings", (u) => has(FEELING, u.text), "Name a feeling, yours or someone's: worried, frustrated, surprised, relieved…");
  },
};

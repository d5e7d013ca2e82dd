// feelings/no-i-statement: feelings and thoughts are owned by the writer: I, me, my.
import { has } from "../../match";
import { reportAbsent } from "../helpers";
import type { Rule } from "../../types";

const FIRST_PERSON = /\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b/gi;

export const noIStatement: Rule = {
  id: "feelings/no-i-statement",
  severity: "warning",
  description: "Feelings has no first person (I, me, my): nobody owns the feeling or the thought.",
  ...(DOCS && {
    examples: {
      part: "feelings",
      fires: ["That was embarrassing for everyone.", "The team was frustrated."],
      passes: ["I was embarrassed, and I think Ana was too.", "It worried me."],
    },
  }),
  check(ctx) {
    reportAbsent(ctx, "feelings", (u) => has(FIRST_PERSON, u.text), "Own it: say how it affected you (I felt…, I noticed…, my concern is…).");
  },
};

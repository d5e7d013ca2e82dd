// request/demand: "you must" is an order; a request can be answered.
import { phraseRegex } from "../../match";
import { DEMANDS } from "../../words/requests";
import { inQuestion, quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const DEMAND = phraseRegex(DEMANDS);

export const demand: Rule = {
  id: "request/demand",
  severity: "info",
  description: "A demand: you must / have to / need to, I expect you to.",
  ...(DOCS && {
    examples: {
      part: "request",
      fires: ["You must do this by Friday.", "I expect you to be on time from now on."],
      passes: ["Would you be willing to take this on by Friday?", "By Friday, what do you need to finish the draft?"],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("request"), DEMAND, (m, unit) => inQuestion(m, unit) ? null : `${quoted(m.text)} is a demand. Make it a request they can answer: "Would you…?", "Could we agree that…?"`);
  },
};

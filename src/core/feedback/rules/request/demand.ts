// request/demand: "you must" is an order; a request can be answered.
import { phraseRegex } from "../../match";
import { DEMANDS } from "../../words/requests";
import { inQuestion, matchRule, meta } from "../helpers";

export const demand = matchRule(meta("request", "demand", "Demand", "info"), phraseRegex(DEMANDS), (m, unit) => (inQuestion(m, unit) ? null : 'is a demand: ask "Would you…?"'), DOCS && {
  description: "Demands: you must, I expect you to…",
  tags: ["tone", "action"],
  details: "A demand: you must / have to / need to, I expect you to.",
  examples: {
    part: "request",
    fires: ["You must do this by Friday.", "I expect you to be on time from now on."],
    passes: ["Would you be willing to take this on by Friday?", "By Friday, what do you need to finish the draft?"],
  },
});

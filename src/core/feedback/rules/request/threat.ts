// request/threat: a threat turns a request into a demand backed by fear.
import { phraseRegex } from "../../match";
import { THREATS } from "../../words/requests";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const THREAT = phraseRegex(THREATS);

export const threat: Rule = {
  id: "request/threat",
  severity: "warning",
  description: "A threat: or else, otherwise I'll…, final warning, escalate.",
  ...(DOCS && {
    examples: {
      part: "request",
      fires: ["Please fix the flaky tests by Friday, otherwise I'll escalate it.", "This is your final warning: be on time by Monday."],
      passes: ["Could you fix the flaky tests by Friday? If you get stuck, escalate to me early."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("request"), THREAT, (m) => `${quoted(m.text)} makes it a threat. State the impact, ask, and agree on the next step together.`);
  },
};

// request/threat: a threat turns a request into a demand backed by fear.
import { phraseRegex } from "../../match";
import { THREATS } from "../../words/requests";
import { matchRule } from "../helpers";

export const threat = matchRule(
  { id: "request/threat", part: "request", name: "Threat", tags: ["tone"], severity: "warning", description: "Threats: or else, final warning…" },
  phraseRegex(THREATS), "is a threat: state the impact and agree on next steps.", DOCS && {
  details: "A threat: or else, otherwise I'll…, final warning, escalate.",
  examples: {
    part: "request",
    fires: ["Please fix the flaky tests by Friday, otherwise I'll escalate it.", "This is your final warning: be on time by Monday."],
    passes: ["Could you fix the flaky tests by Friday? If you get stuck, escalate to me early."],
  },
});

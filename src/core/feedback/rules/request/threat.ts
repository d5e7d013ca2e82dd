// request/threat: a threat turns a request into a demand backed by fear.
import { phraseRegex } from "../../match";
import { THREATS } from "../../words/requests";
import { matchRule, meta } from "../helpers";

export const threat = matchRule(meta("request", "threat", "Threat", "warning"), phraseRegex(THREATS), "is a threat: state the impact and agree on next steps.", DOCS && {
  description: "Threats: or else, final warning…",
  tags: ["tone"],
  details: "A threat: or else, otherwise I'll…, final warning, escalate.",
  examples: {
    part: "request",
    fires: ["Please fix the flaky tests by Friday, otherwise I'll escalate it.", "This is your final warning: be on time by Monday."],
    passes: ["Could you fix the flaky tests by Friday? If you get stuck, escalate to me early."],
  },
});

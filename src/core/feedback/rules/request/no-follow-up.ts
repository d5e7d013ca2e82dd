// request/no-follow-up: without a check-in the request is never reviewed.
import { has, phraseRegex } from "../../match";
import { FOLLOW_UPS } from "../../words/requests";
import { appendToPart, lineAround, reportAbsent } from "../helpers";
import { type FeedbackPart, type Fix, type Rule, type RuleContext } from "../../types";

const FOLLOW_UP = phraseRegex(FOLLOW_UPS);
const SENTENCE = "Let's check in on this at our next 1:1.";

export const noFollowUp: Rule = {
  id: "request/no-follow-up",
  severity: "info",
  description: "Request has no check-in: talk again, check in, follow up, next 1:1, review, revisit.",
  ...(DOCS && {
    examples: {
      part: "request",
      fires: ["Could you post your status in every standup, starting tomorrow?", "- Add tests to each PR by Friday\n- Pair with Ana on Monday"],
      passes: ["Could you post your status in every standup, starting tomorrow? Let's talk again in two weeks."],
    },
  }),
  check(ctx) {
    reportAbsent(ctx, "request", (u) => has(FOLLOW_UP, u.text), "Agree when you will check in: \"Let's talk again in two weeks.\"", (part) => followUpFix(ctx, part));
  },
};

/** A new list item after a list, or a sentence after prose. */
function followUpFix(ctx: RuleContext, part: FeedbackPart): Fix {
  const last = part.units[part.units.length - 1];
  if (last.kind !== "item") return appendToPart(part, "Add a check-in", { sentence: SENTENCE });
  const first = lineAround(ctx, last.from);
  const prefix = first.text.slice(0, last.from - first.start).replace(/\[.\][ \t]+$/, "");
  const line = lineAround(ctx, last.to);
  const at = line.start + line.text.length;
  return { title: "Add a check-in", edits: [{ from: at, to: at, insert: ctx.eol + prefix + SENTENCE }] };
}

// request/no-follow-up: without a check-in the request is never reviewed.
import { has, phraseRegex } from "../../match";
import { FOLLOW_UPS } from "../../words/requests";
import { absenceRule, appendToPart, lineAround, meta } from "../helpers";

const FOLLOW_UP = phraseRegex(FOLLOW_UPS);
const SENTENCE = "Let's check in on this at our next 1:1.";
const TITLE = "Add a check-in";

export const noFollowUp = absenceRule(
  meta("request", "no-follow-up", "No follow-up", "info"),
  (u) => has(FOLLOW_UP, u.text),
  "Agree when you will check in.",
  DOCS && {
    description: "No check-in agreed.",
    tags: ["action"],
    details: "Request has no check-in: talk again, check in, follow up, next 1:1, review, revisit.",
    examples: {
      part: "request",
      fires: ["Could you post your status in every standup, starting tomorrow?", "- Add tests to each PR by Friday\n- Pair with Ana on Monday"],
      passes: ["Could you post your status in every standup, starting tomorrow? Let's talk again in two weeks."],
    },
  },
  // A new list item after a list, or a sentence after prose.
  (part, ctx) => {
    const last = part.units[part.units.length - 1];
    if (last.kind !== "item") return appendToPart(part, TITLE, " " + SENTENCE);
    const first = lineAround(ctx, last.from);
    const line = lineAround(ctx, last.to);
    const at = line.start + line.text.length;
    return { title: TITLE, edits: [{ from: at, to: at, insert: ctx.eol + first.text.slice(0, last.from - first.start).replace(/\[.\][ \t]+$/, "") + SENTENCE }] };
  },
);

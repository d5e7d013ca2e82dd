// facts/no-anchor: a fact without when or where is a pattern claim the listener cannot recall.
import { has } from "../../match";
import { reportAbsent } from "../helpers";
import { ANCHOR, TICKET } from "./anchors";
import { type Rule, type Unit } from "../../types";

const ANCHOR_PREFIX = "On [when], in [where], ";
const LOWERCASE_STARTERS = /^(?:You|Your|The|We|It|There|This|That|My|Our|A|An|When|During|After|Before|While|Everyone|Nobody|Someone)\b/;

export const noAnchor: Rule = {
  id: "facts/no-anchor",
  severity: "warning",
  description: "Facts name no when or where: no date, weekday, relative day, time, event (standup, retro, 1:1, review, demo, PR…), ticket or link.",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["You interrupt people.", "The tests were skipped and the build went out broken."],
      passes: ["In Tuesday's standup you interrupted Ana twice.", "In PROJ-142 the tests were skipped.", "Yesterday at 3pm the deploy went out without tests."],
    },
  }),
  check(ctx) {
    reportAbsent(ctx, "facts", anchored, "Anchor the situation: when and where did it happen (a day, a meeting, a PR)?", (part) => {
      const first = part.units[0];
      // "You interrupted…" becomes "On [when], in [where], you interrupted…".
      const lower = LOWERCASE_STARTERS.test(first.text);
      return { title: "Insert when and where", edits: [{ from: first.from, to: first.from + (lower ? 1 : 0), insert: ANCHOR_PREFIX + (lower ? first.text[0].toLowerCase() : "") }] };
    });
  },
};

function anchored(u: Unit): boolean {
  return has(ANCHOR, u.text) || has(TICKET, u.text);
}

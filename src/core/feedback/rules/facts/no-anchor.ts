// facts/no-anchor: a fact without when or where is a pattern claim the listener cannot recall.
import { has } from "../../match";
import { absenceRule, meta } from "../helpers";
import { CLAUSE_START } from "../feelings/feel-that";
import { ANCHOR, TICKET, hasOccasion } from "./anchors";

/** Sentence starts that go lower case after the inserted "On [when], in [where], ". */
const LOWERCASE_STARTERS = new RegExp(`^(?:${CLAUSE_START}|that|my|an?|when|during|after|before|while)\\b`, "i");

export const noAnchor = absenceRule(
  meta("facts", "no-anchor", "Facts without when or where", "warning"),
  (u) => has(ANCHOR, u.text) || has(TICKET, u.text) || hasOccasion(u.text),
  "Anchor the situation: when and where did it happen?",
  DOCS && {
    description: "Facts name no when or where.",
    tags: ["specific"],
    details:
      "Facts name no when or where: no date, weekday, relative day, time, occasion, ticket or link. An event word (standup, retro, 1:1, review, demo, PR…) anchors when it names an occasion (\"in Tuesday's standup\", \"at the retro\", \"during the incident call\", \"in the review of PR #412\"), not when it modifies another noun (\"demo slides\", \"review comments\", \"standup notes\").",
    examples: {
      part: "facts",
      fires: ["You interrupt people.", "The tests were skipped and the build went out broken.", "Your demo slides are confusing and you ignore the retro board.", "Your review comments were rude."],
      passes: ["In Tuesday's standup you interrupted Ana twice.", "In PROJ-142 the tests were skipped.", "Yesterday at 3pm the deploy went out without tests.", "At the retro you left the board empty.", "During the incident call you restarted the broker.", "In the review of PR 88 you asked for a rewrite."],
    },
  },
  ({ units: [{ from, text }] }) => {
    const lower = LOWERCASE_STARTERS.test(text);
    return { title: "Insert when and where", edits: [{ from, to: from + (lower ? 1 : 0), insert: "On [when], in [where], " + (lower ? text[0].toLowerCase() : "") }] };
  },
);

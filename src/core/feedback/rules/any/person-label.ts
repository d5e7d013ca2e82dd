// any/person-label: "you are careless" labels the person instead of describing the behaviour.
import { alternation } from "../../match";
import { TRAITS } from "../../words/judgements";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const LINK = "you(?:'re| are| were|'ve been| have been| seem(?: to be)?| seemed(?: to be)?| come across as| came across as| sound| sounded| look| looked| act like| acted like| behave like| behaved like|'re being| are being| were being)";
const INTENSIFIERS = "so|very|really|too|such|an|a|kind of|sort of|quite|always|just|pretty|extremely|incredibly|totally|completely|a bit|a little|overly|rather|the most|often|sometimes|generally|usually|basically|simply|actually|being|being so";
const PERSON_LABEL = new RegExp(`\\b${LINK}\\s+(?:(?:${INTENSIFIERS})\\s+)*(?:${alternation(TRAITS)})(?![A-Za-z-])`, "gi");

export const personLabel: Rule = {
  id: "any/person-label",
  severity: "error",
  description: "A label for the person (\"you are / you're / you seem / you come across as\" + a trait) instead of the behaviour.",
  ...(DOCS && {
    examples: {
      part: "feelings",
      fires: ["You are always so careless.", "Honestly, you're lazy about reviews and I am frustrated.", "You come across as arrogant, and I was uneasy."],
      passes: ["I was frustrated when the review waited three days.", "You are not reaching people, and I am worried."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts(), PERSON_LABEL, (m) => `${quoted(m.text)} labels the person. Describe what they did and its effect instead.`);
  },
};

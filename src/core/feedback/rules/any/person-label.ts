// any/person-label: "you are careless" labels the person instead of describing the behaviour.
import { alternation } from "../../match";
import { TRAITS } from "../../words/judgements";
import { DEGREE, matchRule, meta } from "../helpers";

/** You are (being), have been, seem(ed) (to be), come across as, act(ed) like…; then a trait ("such a" may come before it). */
const LINK = "you(?:(?:'re| are| were)(?: being)?|(?:'ve| have) been| (?:seem|sound|look)(?:ed)?(?: to be)?| c[oa]me across as| (?:act(?:ed)?|behaved?) like)";
// Labels are listed, not any noun after "such a": "you've been such a help" is praise.
const PERSON_LABEL = new RegExp(`\\b${LINK}\\s+(?:(?:${DEGREE}|an?|such|being)\\s+)*(?:${alternation(TRAITS)})(?![A-Za-z-])`, "gi");

export const personLabel = matchRule(meta("any", "person-label", "Label for the person", "error", ["facts/judgement"]), PERSON_LABEL, "labels the person: describe what they did.", DOCS && {
  description: "A label for the person instead of the behaviour.",
  tags: ["person", "judgement"],
  details: "A label for the person (\"you are / you're / you seem / you come across as\" + a trait or a label such as \"a slacker\") instead of the behaviour.",
  examples: {
    part: "feelings",
    fires: ["You are always so careless.", "Honestly, you're lazy about reviews and I am frustrated.", "You come across as arrogant, and I was uneasy.", "You're such a perfectionist, and I was tired."],
    passes: ["I was frustrated when the review waited three days.", "You are not reaching people, and I am worried.", "You've been such a help this quarter, and I was relieved.", "You're such a great mentor to Jun."],
  },
});

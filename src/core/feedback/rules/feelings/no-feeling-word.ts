// feelings/no-feeling-word: Feelings names no feeling at all (anyone's feeling counts).
import { has, phraseRegex } from "../../match";
import { FEELING_FORMS, FEELINGS } from "../../words/feelings";
import { absenceRule, meta } from "../helpers";

const FEELING = phraseRegex([...FEELINGS, ...FEELING_FORMS]);

export const noFeelingWord = absenceRule(meta("feelings", "no-feeling-word", "No feeling named", "info"), (u) => has(FEELING, u.text), "Name a feeling: worried, frustrated, relieved…", DOCS && {
  description: "Feelings names no feeling.",
  tags: ["ownership"],
  details: "Feelings names no feeling at all (anyone's feeling counts: \"Jeff looked distressed\").",
  examples: {
    part: "feelings",
    fires: ["I need this fixed.", "I think the release plan was not realistic."],
    passes: ["I was worried about the release plan.", "I noticed Jeff looked distressed."],
  },
});

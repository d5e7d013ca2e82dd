// feelings/no-feeling-word: Feelings names no feeling at all (anyone's feeling counts).
import { has, phraseRegex } from "../../match";
import { FEELING_FORMS, FEELINGS } from "../../words/feelings";
import { absenceRule } from "../helpers";

const FEELING = phraseRegex([...FEELINGS, ...FEELING_FORMS]);

export const noFeelingWord = absenceRule(
  { id: "feelings/no-feeling-word", part: "feelings", name: "No feeling named", tags: ["ownership"], severity: "info", description: "Feelings names no feeling." },
  (u) => has(FEELING, u.text), "Name a feeling: worried, frustrated, relieved…", DOCS && {
  details: "Feelings names no feeling at all (anyone's feeling counts: \"Jeff looked distressed\").",
  examples: {
    part: "feelings",
    fires: ["I need this fixed.", "I think the release plan was not realistic."],
    passes: ["I was worried about the release plan.", "I noticed Jeff looked distressed."],
  },
});

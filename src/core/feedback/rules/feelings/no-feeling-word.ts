// feelings/no-feeling-word: Feelings names no feeling at all (anyone's feeling counts).
import { has, phraseRegex } from "../../match";
import { FEELING_FORMS, FEELINGS } from "../../words/feelings";
import { DEGREE, absenceRule, meta } from "../helpers";
import { CLAUSE_START } from "./feel-that";
import { FEEL, PSEUDO_WORDS } from "./pseudo-feeling";

/** A listed feeling, or any word after "I feel / felt" that opens no clause, is no adverb and no pseudo-feeling ("I felt mortified", not "I feel that…", "I feel strongly", "I feel ignored"). */
const FEELING = new RegExp(`${phraseRegex([...FEELINGS, ...FEELING_FORMS]).source}|\\b(?:${FEEL})\\s+(?:(?:${DEGREE})\\s+)*(?!(?:that|like|as|${CLAUSE_START}|${PSEUDO_WORDS})\\b|[a-z]+ly\\b)[a-z]{3,}`, "gi");

export const noFeelingWord = absenceRule(meta("feelings", "no-feeling-word", "No feeling named", "info"), (u) => has(FEELING, u.text), "Name a feeling: worried, frustrated, relieved…", DOCS && {
  description: "Feelings names no feeling.",
  tags: ["ownership"],
  details: "Feelings names no feeling at all (anyone's feeling counts: \"Jeff looked distressed\").",
  examples: {
    part: "feelings",
    fires: ["I need this fixed.", "I think the release plan was not realistic."],
    passes: ["I was worried about the release plan.", "I noticed Jeff looked distressed.", "I felt small in front of the client."],
  },
});

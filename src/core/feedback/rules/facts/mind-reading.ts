// facts/mind-reading: claims about intent or attitude that nobody can observe.
import { phraseRegex } from "../../match";
import { MIND_READING } from "../../words/intent";
import { matchRule, meta } from "../helpers";

export const mindReading = matchRule(meta("facts", "mind-reading", "Guessing intent", "warning"), phraseRegex(MIND_READING), "guesses intent: say what they did; ask why in Options.", DOCS && {
  description: "Claims about intent: on purpose, you don't care…",
  tags: ["judgement"],
  details: "A claim about intent or attitude in Facts: you don't care, on purpose, deliberately, you wanted to…",
  examples: {
    part: "facts",
    fires: ["In the retro you don't respect juniors.", "On Friday you skipped the review on purpose."],
    passes: ["On Friday you merged without a review.", "In the retro you said you don't care about the old API."],
  },
});

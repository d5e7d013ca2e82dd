// feelings/no-i-statement: feelings and thoughts are owned by the writer: I, me, my.
import { has } from "../../match";
import { absenceRule, meta } from "../helpers";

/** "I'm", "I've"… match too: the apostrophe ends the word. */
const FIRST_PERSON = /\b(?:i|me|my(?:self)?|mine)\b/gi;

export const noIStatement = absenceRule(meta("feelings", "no-i-statement", "Feelings without I", "warning"), (u) => has(FIRST_PERSON, u.text), "Speak for yourself: I felt…, I noticed…", DOCS && {
  description: "Feelings has no I, me or my.",
  tags: ["ownership"],
  details: "Feelings has no first person (I, me, my): nobody owns the feeling or the thought.",
  examples: {
    part: "feelings",
    fires: ["That was embarrassing for everyone.", "The team was frustrated."],
    passes: ["I was embarrassed, and I think Ana was too.", "It worried me."],
  },
});

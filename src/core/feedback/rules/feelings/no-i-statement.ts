// feelings/no-i-statement: feelings and thoughts are owned by the writer: I, me, my.
import { has } from "../../match";
import { absenceRule } from "../helpers";

/** "I'm", "I've"… match too: the apostrophe ends the word. */
const FIRST_PERSON = /\b(?:i|me|my(?:self)?|mine)\b/gi;

export const noIStatement = absenceRule(
  { id: "feelings/no-i-statement", part: "feelings", name: "Feelings without I", tags: ["ownership"], severity: "warning", description: "Feelings has no I, me or my." },
  (u) => has(FIRST_PERSON, u.text), "Speak for yourself: I felt…, I noticed…", DOCS && {
  details: "Feelings has no first person (I, me, my): nobody owns the feeling or the thought.",
  examples: {
    part: "feelings",
    fires: ["That was embarrassing for everyone.", "The team was frustrated."],
    passes: ["I was embarrassed, and I think Ana was too.", "It worried me."],
  },
});

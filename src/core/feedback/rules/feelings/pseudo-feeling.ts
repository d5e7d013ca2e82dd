// feelings/pseudo-feeling: "I feel ignored" names what the other did, not what the writer felt.
import { alternation } from "../../match";
import { PSEUDO_FEELINGS } from "../../words/pseudo-feelings";
import { DEGREE, matchRule, meta } from "../helpers";

/** I feel, felt, still feel, have felt, am (still) feeling, have been feeling… */
export const FEEL = "i(?:'m| am| was| have been|'ve been)?(?: still)? feeling|i(?: still| have|'ve)? fe(?:el|lt)".replace(/ /g, "\\s+");
export const PSEUDO_WORDS = alternation(Object.keys(PSEUDO_FEELINGS));
const PSEUDO = new RegExp(`\\b(?:${FEEL})\\s+(?:(?:${DEGREE})\\s+)*(${PSEUDO_WORDS})(?![A-Za-z])`, "gi");

export const pseudoFeeling = matchRule(
  meta("feelings", "pseudo-feeling", "Judgement dressed as a feeling", "warning", ["feelings/no-feeling-word"]),
  PSEUDO, (m, _unit, matchFrom) => {
  const word = m.groups[0];
  const to = matchFrom + m.text.length;
  const from = to - word.length;
  const real = PSEUDO_FEELINGS[word.toLowerCase().replace(/[\s-]+/g, " ")] ?? [];
  return {
    from,
    to,
    message: `says what they did: name your feeling (${real.join(", ")}).`,
    suggestions: real.map((r) => ({ title: `Say "${r}"`, edits: [{ from, to, insert: r }] })),
  };
}, DOCS && {
  description: "A judgement dressed as a feeling (\"I feel ignored\").",
  tags: ["ownership", "judgement"],
  details: "\"I feel/felt\" + a judgement dressed as a feeling (ignored, disrespected, manipulated, attacked, unappreciated…).",
  examples: {
    part: "feelings",
    fires: ["I feel ignored.", "I felt really disrespected when the plan changed."],
    passes: ["I felt lonely when my messages went unanswered.", "I was frustrated that the plan changed."],
  },
});

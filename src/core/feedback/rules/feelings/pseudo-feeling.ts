// feelings/pseudo-feeling: "I feel ignored" names what the other did, not what the writer felt.
import { alternation } from "../../match";
import { PSEUDO_FEELINGS } from "../../words/pseudo-feelings";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const FEEL = "i(?:\\s+(?:feel|felt|am feeling|was feeling|have been feeling|have felt|'ve felt|'ve been feeling|still feel)|'m\\s+feeling|'m\\s+still\\s+feeling)";
const DEGREE = "so|very|really|a bit|a little|kind of|sort of|quite|totally|completely|rather|somewhat|pretty|extremely|deeply|often|sometimes|a little bit|even more|more|constantly|always";
const PSEUDO = new RegExp(`\\b${FEEL}\\s+(?:(?:${DEGREE})\\s+)*(${alternation(Object.keys(PSEUDO_FEELINGS))})(?![A-Za-z])`, "gi");

export const pseudoFeeling: Rule = {
  id: "feelings/pseudo-feeling",
  severity: "warning",
  description: "\"I feel/felt\" + a judgement dressed as a feeling (ignored, disrespected, manipulated, attacked, unappreciated…).",
  ...(DOCS && {
    examples: {
      part: "feelings",
      fires: ["I feel ignored.", "I felt really disrespected when the plan changed."],
      passes: ["I felt lonely when my messages went unanswered.", "I was frustrated that the plan changed."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("feelings"), PSEUDO, (m, _unit, matchFrom) => {
      const word = m.groups[0];
      const from = matchFrom + m.text.length - word.length;
      const to = from + word.length;
      const real = PSEUDO_FEELINGS[word.toLowerCase().replace(/\s+/g, " ")] ?? [];
      return {
        from,
        to,
        message: `${quoted(word)} says what you think they did, not how you felt. Name the feeling: ${real.join(", ")}?`,
        suggestions: real.map((r) => ({ title: `Replace with "${r}"`, edits: [{ from, to, insert: r }] })),
      };
    });
  },
};

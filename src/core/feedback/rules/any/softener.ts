// any/softener: "no offence, but…" announces criticism and puts the listener on guard.
import { alternation } from "../../match";
import { SOFTENERS } from "../../words/hedges";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const SOFTENER = new RegExp(`\\b(?:${alternation(SOFTENERS)})(?![A-Za-z])(?:[ ,;:.!—–-]*(?:but|though)\\b)?[ ,;:.!—–-]*`, "gi");

export const softener: Rule = {
  id: "any/softener",
  severity: "hint",
  description: "A softener such as \"no offence\", \"don't take this personally\" or \"I'm sorry but\" before the criticism.",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["No offence, but in Tuesday's standup you cut Ana off.", "With all due respect, the PR you merged on Monday had no tests."],
      passes: ["In Tuesday's standup you cut Ana off.", "I was sorry to miss the demo on Monday, where you presented the new flow."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts(), SOFTENER, (m, unit, from) => {
      const end = from + m.text.length;
      const next = unit.text[m.index + m.text.length];
      // At the start of a sentence the next word takes the capital.
      const capitalise = unit.plain.slice(0, m.index).trim() === "" && next !== undefined && /[a-z]/.test(next);
      return {
        message: `Drop ${quoted(m.text.replace(/[ ,;:.!—–-]+$/, ""))}: it signals criticism before you say anything. Start with what happened.`,
        fix: { title: "Delete the softener", edits: [{ from, to: capitalise ? end + 1 : end, insert: capitalise ? next.toUpperCase() : "" }] },
      };
    });
  },
};

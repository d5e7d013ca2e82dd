// any/profanity: insults and profanity end the conversation.
import { PROFANITY } from "../../words/profanity";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const PROFANE = new RegExp(
  `\\b(?:${PROFANITY.map((w) => (w.endsWith("*") ? `${escape(w.slice(0, -1))}[a-z]*` : escape(w))).join("|")})(?![A-Za-z])`,
  "gi",
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

export const profanity: Rule = {
  id: "any/profanity",
  severity: "error",
  description: "Insults and profanity.",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["In Tuesday's demo you shipped a crappy build.", "In the retro you called Ana an idiot."],
      passes: ["In Tuesday's demo the build failed twice.", "In the retro you said \"this is crap\" about the board."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts(), PROFANE, (m) => `Leave out ${quoted(m.text)}: insults and profanity make it about the person and end the conversation.`);
  },
};

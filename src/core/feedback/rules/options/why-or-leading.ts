// options/why-or-leading: "why did you…?" sounds like an accusation; "don't you think…?" holds the answer.
import { list, phraseRegex, type Match } from "../../match";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const WHY = phraseRegex(list("did|didn't|do|don't|would|wouldn't|are|aren't|were|weren't|can't|couldn't|won't|is|isn't|haven't|hadn't|have|has"), "why\\s+(", ")\\s+you");
const LEADING = phraseRegex(list("don't you think|do you not think|wouldn't it|isn't it|shouldn't you|can't you|don't you agree|surely you|aren't you|didn't you think|wouldn't you say|wouldn't you agree|don't you see"));

/** Rewrites of "why … you" as open questions (DESIGN: What made it hard to…? What led you to…?). */
const REWRITES: Readonly<Record<string, string>> = {
  "didn't": "what made it hard to",
  did: "what led you to",
  do: "what leads you to",
  "don't": "would you be willing to",
};

/** The rewrite with the first letter's case of what it replaces. */
function rewriteFor(m: Match): string | undefined {
  const rewrite = REWRITES[m.groups[0].toLowerCase().replace(/\s+not$/, "n't")];
  return rewrite && (/^[A-Z]/.test(m.text) ? rewrite[0].toUpperCase() + rewrite.slice(1) : rewrite);
}

export const whyOrLeading: Rule = {
  id: "options/why-or-leading",
  severity: "warning",
  description: "A \"why\" question or a leading question: \"Why did/didn't you…?\", \"Don't you think…?\", \"Wouldn't it…?\"",
  ...(DOCS && {
    examples: {
      part: "options",
      fires: ["Why didn't you tell anyone?", "Don't you think a checklist would help?"],
      passes: ["What made it hard to tell anyone?", "What would help you remember the checklist?"],
    },
  }),
  check(ctx) {
    const parts = ctx.parts("options");
    reportMatches(ctx, parts, WHY, (m, _unit, from) => {
      const rewrite = rewriteFor(m);
      return {
        message: `${quoted(m.text)} can sound like an accusation. Ask an open question: What led you to…? What made it hard to…?`,
        fix: rewrite ? { title: `Ask "${rewrite}…?"`, edits: [{ from, to: from + m.text.length, insert: rewrite }] } : undefined,
      };
    });
    reportMatches(ctx, parts, LEADING, (m) => `${quoted(m.text)} is a leading question: it already holds your answer. Ask for theirs: What do you think would help?`);
  },
};

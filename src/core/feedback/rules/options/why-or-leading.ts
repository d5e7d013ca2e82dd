// options/why-or-leading: "why did you…?" sounds like an accusation; "don't you think…?" holds the answer.
import { allMatches } from "../../match";
import { matchCase, quoted } from "../helpers";
import { type Fix, type Rule, NO_EXAMPLES } from "../../types";

const WHY = /\bwhy\s+(did not|didn't|did|do not|don't|do|would|wouldn't|are|aren't|were|weren't|can't|couldn't|won't|is|isn't|haven't|hadn't|have|has)\s+you\b/gi;
const LEADING = /\b(?:don't you think|do you not think|wouldn't it be|wouldn't it|isn't it|shouldn't you|can't you|wouldn't you agree|don't you agree|surely you|aren't you|didn't you think|wouldn't you say|don't you see)\b/gi;

/** Rewrites of "why … you" as open questions (DESIGN: What made it hard to…? What led you to…?). */
const REWRITES: Readonly<Record<string, string>> = {
  "did not": "what made it hard to",
  "didn't": "what made it hard to",
  did: "what led you to",
  do: "what leads you to",
  "do not": "would you be willing to",
  "don't": "would you be willing to",
};

export const whyOrLeading: Rule = {
  id: "options/why-or-leading",
  defaultSeverity: "warning",
  description: "A \"why\" question or a leading question: \"Why did/didn't you…?\", \"Don't you think…?\", \"Wouldn't it…?\"",
  examples: DOCS
    ? {
        part: "options",
        fires: ["Why didn't you tell anyone?", "Don't you think a checklist would help?"],
        passes: ["What made it hard to tell anyone?", "What would help you remember the checklist?"],
      }
    : NO_EXAMPLES,
  check(ctx) {
    for (const part of ctx.parts("options")) {
      for (const unit of part.units) {
        for (const m of allMatches(WHY, unit.plain)) {
          const from = unit.from + m.index;
          const to = from + m.text.length;
          const rewrite = REWRITES[m.groups[0].toLowerCase().replace(/\s+/g, " ").replace("’", "'")];
          const fix: Fix | undefined = rewrite ? { title: `Ask "${matchCase(m.text, rewrite)}…?"`, edits: [{ from, to, insert: matchCase(m.text, rewrite) }] } : undefined;
          ctx.report({ from, to, part: part.name, message: `${quoted(m.text)} can sound like an accusation. Ask an open question: What led you to…? What made it hard to…?`, fix });
        }
        for (const m of allMatches(LEADING, unit.plain)) {
          const from = unit.from + m.index;
          ctx.report({ from, to: from + m.text.length, part: part.name, message: `${quoted(m.text)} is a leading question: it already holds your answer. Ask for theirs: What do you think would help?` });
        }
      }
    }
  },
};

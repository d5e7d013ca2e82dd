// options/why-or-leading: "why did you…?" sounds like an accusation; "don't you think…?" holds the answer.
import { list, phraseRegex } from "../../match";
import { matchRule, meta } from "../helpers";

const WHY = phraseRegex(list("{did,do,would,are,were,is,have}{,n't}|can't|couldn't|won't|hadn't|has"), "why\\s+(", ")\\s+you").source;
const LEADING = phraseRegex(list("don't you {think,agree,see}|do you not think|didn't you think|wouldn't {it,you say,you agree}|isn't it|shouldn't you|can't you|surely you|aren't you")).source;

/** Rewrites of "why … you" as open questions (DESIGN: What made it hard to…? What led you to…?). */
const REWRITES: Readonly<Record<string, string>> = {
  "didn't": "what made it hard to",
  did: "what led you to",
  do: "what leads you to",
  "don't": "would you be willing to",
};

export const whyOrLeading = matchRule(
  meta("options", "why-or-leading", "Why or leading question", "warning"),
  new RegExp(`${WHY}|(${LEADING})`, "gi"), (m, _unit, from) => {
  if (m.groups[1]) return "is leading: ask what they think.";
  const rewrite = REWRITES[m.groups[0].toLowerCase().replace(/\s+not$/, "n't")];
  // Each rewrite starts with a "w", which keeps the case of the "W" of "Why".
  const text = rewrite && m.text[0] + rewrite.slice(1);
  return { message: "sounds accusing: ask an open question.", fix: text ? { title: `Ask "${text}…?"`, edits: [{ from, to: from + m.text.length, insert: text }] } : undefined };
}, DOCS && {
  description: "Why questions and leading questions.",
  tags: ["dialogue", "tone"],
  details: "A \"why\" question or a leading question: \"Why did/didn't you…?\", \"Don't you think…?\", \"Wouldn't it…?\"",
  examples: {
    part: "options",
    fires: ["Why didn't you tell anyone?", "Don't you think a checklist would help?"],
    passes: ["What made it hard to tell anyone?", "What would help you remember the checklist?"],
  },
});

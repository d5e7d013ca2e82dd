// any/softener: "no offence, but…" announces criticism and puts the listener on guard.
import { phraseRegex } from "../../match";
import { SOFTENERS } from "../../words/hedges";
import { matchRule, meta } from "../helpers";

const SOFTENER = new RegExp(`${phraseRegex(SOFTENERS).source}(?:[ ,;:.!—–-]*(?:but|though)\\b)?[ ,;:.!—–-]*`, "gi");

export const softener = matchRule(
  meta("any", "softener", "Softener before criticism", "hint"),
  SOFTENER, (m, unit, from) => {
  const rest = unit.text.slice(m.index + m.text.length);
  // At the start of a sentence the next word takes the capital.
  const capital = !unit.plain.slice(0, m.index).trim() && /^[a-z]/.test(rest) ? rest[0].toUpperCase() : "";
  return {
    message: "signals criticism: start with what happened.",
    fix: { title: "Delete the softener", edits: [{ from, to: from + m.text.length + capital.length, insert: capital }] },
  };
}, DOCS && {
  description: "A softener before criticism (\"no offence, but\").",
  tags: ["tone"],
  details: "A softener such as \"no offence\", \"don't take this personally\" or \"I'm sorry but\" before the criticism.",
  examples: {
    part: "facts",
    fires: ["No offence, but in Tuesday's standup you cut Ana off.", "With all due respect, the PR you merged on Monday had no tests."],
    passes: ["In Tuesday's standup you cut Ana off.", "I was sorry to miss the demo on Monday, where you presented the new flow."],
  },
});

// facts/generalization: "always", "never", "everyone" turn one situation into a verdict.
import { phraseRegex } from "../../match";
import { GENERALIZATIONS } from "../../words/generalizations";
import { matchRule } from "../helpers";

export const generalization = matchRule(
  { id: "facts/generalization", part: "facts", name: "Generalization", tags: ["specific", "judgement"], severity: "warning", description: "Generalizations: always, never, everyone…" },
  phraseRegex(GENERALIZATIONS), "generalizes: name the specific times.", DOCS && {
  details: "A generalization in Facts: always, never, constantly, every time, everyone, nobody, as usual…",
  examples: {
    part: "facts",
    fires: ["You never test your code.", "In Monday's standup, as usual, you arrived late."],
    passes: ["The last two PRs you merged on Monday had no tests.", "In Monday's standup you arrived at 9:20."],
  },
});

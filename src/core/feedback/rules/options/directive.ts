// options/directive: "you should" in Options gives the answer instead of asking for theirs.
import { phraseRegex } from "../../match";
import { DIRECTIVES } from "../../words/requests";
import { inQuestion, matchRule, meta } from "../helpers";

export const directive = matchRule(meta("options", "directive", "Directive instead of a question", "info"), phraseRegex(DIRECTIVES), (m, unit) => (inQuestion(m, unit) ? null : "gives the answer: ask for their ideas first."), DOCS && {
  description: "Directives: you should, make sure…",
  tags: ["dialogue"],
  details: "A directive in Options: you should, you must, you need to, make sure.",
  examples: {
    part: "options",
    fires: ["You should always announce restarts. What do you think?", "Make sure you test first. Any ideas?"],
    passes: ["What could make restarts less of a surprise?", "What do you need to feel ready before a demo?"],
  },
});

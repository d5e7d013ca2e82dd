// request/negative: asking for what to stop leaves open what to do.
import { alternation } from "../../match";
import { NEGATIVE_ASKS, NEGATIVE_EXCEPTIONS } from "../../words/requests";
import { quoted, reportMatches } from "../helpers";
import { wordBefore } from "../../match";
import type { Rule } from "../../types";

const NEGATIVE = new RegExp(`\\b(?:(${alternation(NEGATIVE_EXCEPTIONS)})|(${alternation(NEGATIVE_ASKS)}))(?![A-Za-z])`, "gi");
/** "I don't …", "we never …" describe, they do not ask. */
const SUBJECTS = new Set(["i", "we", "they", "he", "she", "it", "that", "which", "who", "people", "things", "this", "there", "what", "a", "the", "to", "non"]);

export const negative: Rule = {
  id: "request/negative",
  severity: "warning",
  description: "A negative request: stop, don't, never, avoid, no more (but not \"don't hesitate\").",
  ...(DOCS && {
    examples: {
      part: "request",
      fires: ["Stop merging untested code.", "Please don't push to main by Friday."],
      passes: ["Could you run the tests before each merge, starting today?", "Don't hesitate to ask me by Friday if you are stuck."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("request"), NEGATIVE, (m, unit) => {
      if (m.groups[0] || SUBJECTS.has(wordBefore(unit.plain, m.index))) return null;
      // "no more than three" sets a limit, it does not forbid.
      if (/^no (?:more|longer)$/i.test(m.text) && /^\s+than\b/i.test(unit.plain.slice(m.index + m.text.length))) return null;
      return `${quoted(m.text)} says what not to do. Ask for what to do instead.`;
    });
  },
};

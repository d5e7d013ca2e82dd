// actions/vague: "look into it" or a one-word item is a topic, not a commitment: no fix, only a nudge.
import type { ActionRule } from "../types";
import { NON_COMMITTAL } from "../words";
import { countWords } from "../word-count";

const START = new RegExp(`^(?:${NON_COMMITTAL.map((w) => w.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "iu");

/** Words that say what is done: tags aside. */
const wordsDone = (s: string) => countWords(s.replace(/(^|\s)#\S+/g, " "));

export const vague: ActionRule = {
  id: "actions/vague",
  name: "Vague action",
  severity: "hint",
  check: ({ words }) => {
    const start = START.exec(words);
    if (start) return { message: `"${start[0]}" is not a commitment: say what will be done (decide, send, write…).` };
    const n = wordsDone(words);
    return n > 0 && n <= 2 ? { message: "Too short to follow up: say what will be done, and what counts as done." } : null;
  },
  ...(DOCS && {
    description: "A non-committal item (\"look into\", \"think about\", \"maybe\") or one of one or two words.",
    details: "The words (after a leading \"Name to\") start with look into, look at, think about, think through, consider, try to, try and, maybe, perhaps, possibly, see if or see whether; or there are only one or two words (words of Chinese, Japanese or Thai as the platform's word segmenter finds them, not spaces). A hint, with no quick fix: only the writer knows what was agreed.",
    examples: {
      fires: ["- [ ] Sam to look into the flaky tests @Sam 📅 2024-03-14", "- [ ] Maybe move the retro @me 📅 2024-03-14", "- [ ] Onboarding doc @me 📅 2024-03-14"],
      passes: ["- [ ] Sam to list the five flakiest tests in #eng-quality 📅 2024-03-14", "- [ ] Move the retro to Thursdays @me 📅 2024-03-14"],
    },
  }),
};

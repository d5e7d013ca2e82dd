// feelings/feel-that: "I feel that you…" states a thought, not a feeling.
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const CLAUSE_START = "you|he|she|they|it|it's|this|the|everyone|everybody|nobody|no one|people|your|his|her|their|there|we|our|someone";
const FEEL_THAT = new RegExp(`\\bi\\s+(feel|felt)\\s+(?:(that|like|as if|as though)(?=\\s+(?!way\\b)[a-z])|(?=(?:${CLAUSE_START})\\b))`, "gi");

export const feelThat: Rule = {
  id: "feelings/feel-that",
  severity: "warning",
  description: "\"I feel that / like / as if / you…\": a thought dressed as a feeling.",
  ...(DOCS && {
    examples: {
      part: "feelings",
      fires: ["I feel that you don't value my input.", "I felt like nobody read the doc.", "I feel you rushed it."],
      passes: ["I think that you don't value my input, and I feel hurt.", "I felt that way too, and I was worried."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("feelings"), FEEL_THAT, (m, _unit, matchFrom) => {
      const [verb, connector] = [m.groups[0], m.groups[1].toLowerCase()];
      const from = matchFrom + m.text.toLowerCase().lastIndexOf(verb.toLowerCase());
      const to = connector ? matchFrom + m.text.length : from + verb.length;
      const think = verb.toLowerCase() === "felt" ? "thought" : "think";
      return {
        from,
        to,
        message: `${quoted(ctx.text.slice(from, to))} introduces a thought, not a feeling. Say "I ${think}" for the thought, and name the feeling itself (worried, hurt, frustrated…).`,
        fix: { title: `Say "I ${think}"`, edits: [{ from, to, insert: connector === "that" ? `${think} that` : think }] },
      };
    });
  },
};

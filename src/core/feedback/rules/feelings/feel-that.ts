// feelings/feel-that: "I feel that you…" states a thought, not a feeling.
import { allMatches } from "../../match";
import { quoted } from "../helpers";
import { NO_EXAMPLES, type Rule } from "../../types";

const CLAUSE_START = "you|he|she|they|it|it's|this|the|everyone|everybody|nobody|no one|people|your|his|her|their|there|we|our|someone";
const FEEL_THAT = new RegExp(`\\bi\\s+(feel|felt)\\s+(?:(that|like|as if|as though)(?=\\s+(?!way\\b)[a-z])|(?=(?:${CLAUSE_START})\\b))`, "gi");

export const feelThat: Rule = {
  id: "feelings/feel-that",
  defaultSeverity: "warning",
  description: "\"I feel that / like / as if / you…\": a thought dressed as a feeling.",
  examples: DOCS
    ? {
        part: "feelings",
        fires: ["I feel that you don't value my input.", "I felt like nobody read the doc.", "I feel you rushed it."],
        passes: ["I think that you don't value my input, and I feel hurt.", "I felt that way too, and I was worried."],
      }
    : NO_EXAMPLES,
  check(ctx) {
    for (const part of ctx.parts("feelings")) {
      for (const unit of part.units) {
        for (const m of allMatches(FEEL_THAT, unit.plain)) {
          const verb = m.groups[0];
          const connector = m.groups[1].toLowerCase();
          const verbFrom = unit.from + m.text.toLowerCase().lastIndexOf(verb.toLowerCase());
          const to = connector ? unit.from + m.index + m.text.length : verbFrom + verb.length;
          const past = verb.toLowerCase() === "felt";
          const think = past ? "thought" : "think";
          const insert = connector === "that" ? `${think} that` : think;
          const written = ctx.text.slice(verbFrom, to);
          ctx.report({
            from: verbFrom,
            to,
            part: part.name,
            message: `${quoted(written)} introduces a thought, not a feeling. Say "I ${think}" for the thought, and name the feeling itself (worried, hurt, frustrated…).`,
            fix: { title: `Say "I ${think}"`, edits: [{ from: verbFrom, to, insert }] },
          });
        }
      }
    }
  },
};

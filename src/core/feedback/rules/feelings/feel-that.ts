// feelings/feel-that: "I feel that you…" states a thought, not a feeling.
import { matchRule, meta } from "../helpers";

export const CLAUSE_START = "you|he|she|they|it|it's|this|the|everyone|everybody|nobody|no one|people|your|his|her|their|there|we|our|someone";
/** Captures what the fix rewords ("feel that", or "feel" before a clause), then the verb and the connector. */
const FEEL_THAT = new RegExp(`\\bi\\s+((feel|felt)(?:\\s+(that|like|as if|as though)(?=\\s+(?!way\\b)[a-z])|(?=\\s+(?:${CLAUSE_START})\\b)))`, "gi");

export const feelThat = matchRule(
  meta("feelings", "feel-that", "Thought dressed as a feeling", "warning"),
  FEEL_THAT, (m, _unit, matchFrom) => {
  const [span, verb, connector] = m.groups;
  const to = matchFrom + m.text.length;
  const from = to - span.length;
  const think = /^felt$/i.test(verb) ? "thought" : "think";
  return {
    from,
    to,
    message: `introduces a thought: say "I ${think}", then name a feeling.`,
    fix: { title: `Say "I ${think}"`, edits: [{ from, to, insert: /^that$/i.test(connector) ? `${think} that` : think }] },
  };
}, DOCS && {
  description: "\"I feel that…\": a thought, not a feeling.",
  tags: ["ownership"],
  details: "\"I feel that / like / as if / you…\": a thought dressed as a feeling.",
  examples: {
    part: "feelings",
    fires: ["I feel that you don't value my input.", "I felt like nobody read the doc.", "I feel you rushed it."],
    passes: ["I think that you don't value my input, and I feel hurt.", "I felt that way too, and I was worried."],
  },
});

// feelings/blame: "you made me feel" hands the writer's feeling to the other person.
import { list, phraseRegex } from "../../match";
import { quoted, reportMatches } from "../helpers";
import type { Rule } from "../../types";

const BLAME = phraseRegex(
  list(
    "you made me|you make me|you've made me|because of you|your fault|thanks to you|you caused me|you're the reason|" +
    "you ruined|you put me in|it's on you|you left me|you forced me|you drive me|you drove me|you're making me",
  ),
);

export const blame: Rule = {
  id: "feelings/blame",
  severity: "warning",
  description: "Blame in Feelings: you made me (feel), because of you, your fault.",
  ...(DOCS && {
    examples: {
      part: "feelings",
      fires: ["You made me feel uncomfortable in front of the client.", "I was stressed because of you."],
      passes: ["I felt uncomfortable in front of the client.", "I was stressed because the deadline moved."],
    },
  }),
  check(ctx) {
    reportMatches(ctx, ctx.parts("feelings"), BLAME, (m) => `${quoted(m.text)} puts your feeling on them. Own it: "I felt … when …".`);
  },
};

// options/no-invitation: Options should invite the other person's ideas or say what the writer values.
import { has, list, phraseRegex } from "../../match";
import { absenceRule, appendToPart } from "../helpers";

const VALUES = phraseRegex(
  list(
    "i value|i need|my need|it's important to me|matters to me|i care about|i want us|i hope|i wonder|how do you see|" +
    "i'm {looking for,open to,curious,happy to}|i'd {like,love,appreciate,be glad}|let's {brainstorm,explore,figure out,find}|" +
    "your {ideas,thoughts,suggestions,view,perspective,take,input}",
  ),
);
const ASK = "What do you suggest?";

export const noInvitation = absenceRule(
  { id: "options/no-invitation", part: "options", name: "No invitation to their ideas", tags: ["dialogue"], severity: "warning", description: "No open question and no stated value." },
  (u) => u.plain.includes("?") || has(VALUES, u.plain),
  "Invite their ideas: ask an open question or say what you value.",
  DOCS && {
    details: "Options has no open question and no statement of what the writer values.",
    examples: {
      part: "options",
      fires: ["You should announce restarts.", "Post in the channel before restarting."],
      passes: ["What do you suggest?", "I value hearing about restarts before they happen, and I'm open to other ways."],
    },
  },
  (part) => appendToPart(part, `Add "${ASK}"`, " " + ASK),
);

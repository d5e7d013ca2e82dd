// options/no-invitation: Options should invite the other person's ideas or say what the writer values.
import { has, list, phraseRegex } from "../../match";
import { appendToPart, reportAbsent } from "../helpers";
import { type Rule, type Unit } from "../../types";

const VALUES = phraseRegex(
  list(
    "i value|i need|what matters to me|it's important to me|matters to me|i care about|i'd like|i want us|" +
    "i'm looking for|my need|i hope|i'd love|i'd appreciate|what i need|i'm open to|let's brainstorm|let's explore|" +
    "let's figure out|let's find|your ideas|your thoughts|your suggestions|your view|your perspective|your take|" +
    "your input|how do you see|i wonder|i'm curious|i'd be glad|i'm happy to",
  ),
);

export const noInvitation: Rule = {
  id: "options/no-invitation",
  severity: "warning",
  description: "Options has no open question and no statement of what the writer values.",
  ...(DOCS && {
    examples: {
      part: "options",
      fires: ["You should announce restarts.", "Post in the channel before restarting."],
      passes: ["What do you suggest?", "I value hearing about restarts before they happen, and I'm open to other ways."],
    },
  }),
  check(ctx) {
    reportAbsent(ctx, "options", invites, "Invite their ideas: ask an open question (What do you suggest?) or say what you value.", (part) =>
      appendToPart(part, 'Add "What do you suggest?"', { sentence: "What do you suggest?" }),
    );
  },
};

function invites(u: Unit): boolean {
  return u.plain.includes("?") || has(VALUES, u.plain);
}

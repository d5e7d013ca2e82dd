// options/no-invitation: Options should invite the other person's ideas or say what the writer values.
import { has, phraseRegex } from "../../match";
import { appendSentence, bodyRange } from "../helpers";
import type { Rule, Unit } from "../../types";

const VALUES = phraseRegex([
  "i value", "i need", "what matters to me", "it's important to me", "it is important to me", "matters to me",
  "i care about", "i'd like", "i would like", "i want us", "i'm looking for", "i am looking for", "my need",
  "i hope", "i'd love", "i would love", "i'd appreciate", "i would appreciate", "what i need", "i'm open to",
  "i am open to", "let's brainstorm", "let's explore", "let's figure out", "let's find", "your ideas",
  "your thoughts", "your suggestions", "your view", "your perspective", "your take", "your input",
  "how do you see", "i wonder", "i'm curious", "i am curious", "i'd be glad", "i'm happy to", "i am happy to",
]);

export const noInvitation: Rule = {
  id: "options/no-invitation",
  defaultSeverity: "warning",
  description: "Options has no open question and no statement of what the writer values.",
  examplePart: "options",
  examples: {
    fires: ["You should announce restarts.", "Post in the channel before restarting."],
    passes: ["What do you suggest?", "I value hearing about restarts before they happen, and I'm open to other ways."],
  },
  check(ctx) {
    for (const part of ctx.parts("options")) {
      if (part.units.some(invites)) continue;
      ctx.report({
        ...bodyRange(part),
        part: part.name,
        message: "Invite their ideas: ask an open question (What do you suggest?) or say what you value.",
        fix: appendSentence(part, "What do you suggest?", "Add \"What do you suggest?\""),
      });
    }
  },
};

function invites(u: Unit): boolean {
  return u.plain.includes("?") || has(VALUES, u.plain);
}

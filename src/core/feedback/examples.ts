// The handbook's worked example, and how a rule's example is wrapped into a minimal block for docs and tests.
import { NO_EXAMPLES, PART_ORDER, PART_TITLES, type PartName, type Rule } from "./types";

/** DESIGN.md: the handbook's example, which must raise no diagnostic. */
export const HANDBOOK_EXAMPLE: Readonly<Record<PartName, string>> = {
  facts: "In the meeting last Thursday, you emphasized a couple of times that the existing codebase was a mess and that it is a pain to work with.",
  feelings: "I noticed a distressed look on Jeff's face, who wrote most of that code. So I don't think I am the only one who sees it that way. From what I can see, you are not reaching people.",
  options: "What do you suggest to avoid this in the future? Can you be more specific?",
  request: "Thanks for listening and for considering my points. Let's talk again in two weeks to discuss how things are going and if you notice any changes in your interactions with colleagues.",
};

/** A note with one heading-form block whose parts are the handbook's, `part` replaced by `body`. */
export function blockWith(part: PartName, body: string, title = "Feedback for Sam"): string {
  const lines = [`## ${title}`, ""];
  for (const p of PART_ORDER) lines.push(`### ${PART_TITLES[p]}`, "", p === part ? body : HANDBOOK_EXAMPLE[p], "");
  return lines.join("\n");
}

/** The note an example of a rule stands for: whole-note examples as they are, others wrapped in a block. */
export function exampleNote(rule: Rule, example: string): string {
  const part = (rule.examples ?? NO_EXAMPLES).part;
  return part === "note" ? example : blockWith(part, example);
}

// The four-part skeleton and the prompts shown in empty parts.
import { PART_ORDER, PART_TITLES, type PartName } from "./types";

/** Prompts written as comments, so an unfilled part still counts as empty. */
export const PART_PROMPTS: Readonly<Record<PartName, string>> = {
  facts: "What happened, when and where? Describe it as a camera would.",
  feelings: "How did it affect you or others? Speak for yourself: I felt…, I noticed…",
  options: "Ask for their ideas: what could be done differently?",
  request: "What exactly do you ask for, by when, and when will you check in?",
};

export function promptComment(part: PartName): string {
  return `%% ${PART_PROMPTS[part]} %%`;
}

/** An empty four-part feedback block: a level-2 heading, one sub-heading per part, a prompt in each. */
export function feedbackSkeleton({ title = "Feedback", eol = "\n" }: { title?: string; eol?: string } = {}): string {
  return [`## ${title}`, "", ...PART_ORDER.flatMap((p) => [`### ${PART_TITLES[p]}`, "", promptComment(p), ""])].join(eol);
}

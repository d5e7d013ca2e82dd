// structure/duplicate-part: the same part twice in one block.
import { PART_TITLES, type PartName, type Rule } from "../../types";

export const duplicatePart: Rule = {
  id: "structure/duplicate-part",
  defaultSeverity: "warning",
  description: "The same part appears twice in one block.",
  examplePart: "note",
  examples: {
    fires: ["## Feedback\n\n### Facts\n\nIn Tuesday's standup you said the release was blocked.\n\n### Observation\n\nOn Wednesday the board still showed it green.\n\n### Feelings\n\nI was surprised.\n\n### Options\n\nWhat would help?\n\n### Request\n\nCould you post blockers by 10:00 each day? Let's review it at our next 1:1.\n"],
    passes: ["## Feedback\n\n### Facts\n\nIn Tuesday's standup you said the release was blocked.\n\n### Feelings\n\nI was surprised.\n\n### Options\n\nWhat would help?\n\n### Request\n\nCould you post blockers by 10:00 each day? Let's review it at our next 1:1.\n"],
  },
  check(ctx) {
    const seen = new Set<PartName>();
    for (const part of ctx.block.parts) {
      if (seen.has(part.name)) {
        ctx.report({
          from: part.labelFrom,
          to: part.labelTo,
          part: part.name,
          message: `This is a second ${PART_TITLES[part.name]} part: merge it into the first one.`,
        });
      }
      seen.add(part.name);
    }
  },
};

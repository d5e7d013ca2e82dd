// structure/unknown-heading: a sub-heading that names no part; its section is not checked.
import type { Rule } from "../../types";
import { meta } from "../helpers";

export const unknownHeading: Rule = {
  ...meta("structure", "unknown-heading", "Sub-heading that names no part", "info"),
  ...(DOCS && {
    description: "A sub-heading that names no part (not checked).",
    tags: ["structure"],
    details:
      "A sub-heading in a feedback block names no part (for example \"Notes\"); its text is not checked. A block is never skipped in silence: when no sub-heading names a part, each is reported here and the missing parts by structure/missing-part.",
    examples: {
      part: "note",
      fires: ["## Feedback\n\n### Facts\n\nIn Tuesday's standup you said the release was blocked.\n\n### Feelings\n\nI was surprised.\n\n### Options\n\nWhat would help?\n\n### Request\n\nCould you post blockers by 10:00 each day? Let's review it at our next 1:1.\n\n### Notes\n\nAsk Ana about the board.\n"],
      passes: ["## Feedback\n\n### Facts\n\nIn Tuesday's standup you said the release was blocked.\n\n### Feelings\n\nI was surprised.\n\n### Options\n\nWhat would help?\n\n### Request\n\nCould you post blockers by 10:00 each day? Let's review it at our next 1:1.\n\n## Notes\n\nAsk Ana about the board.\n"],
    },
  }),
  check(ctx) {
    for (const h of ctx.block.unknownHeadings) {
      ctx.report({ from: h.from, to: h.to, message: `"${h.text}" is not a part, so it is not checked: rename or move it.` });
    }
  },
};

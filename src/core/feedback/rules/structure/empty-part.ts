// structure/empty-part: a part that is there but says nothing (or only TODO/TBD).
import { PART_PROMPTS } from "../../skeleton";
import { PART_TITLES, type Rule } from "../../types";
import { meta, reportAtLabel } from "../helpers";

export const emptyPart: Rule = {
  ...meta("structure", "empty-part", "Empty part", "error"),
  ...(DOCS && {
    description: "A part is empty or only TODO.",
    tags: ["structure"],
    details: "A part is empty or only a placeholder such as TODO or TBD while others are written (an unfilled template raises nothing).",
    examples: {
      part: "note",
      fires: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** TBD\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n", "> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** %% Ask for their ideas %%\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
      passes: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
    },
  }),
  check(ctx) {
    for (const part of ctx.block.parts) {
      if (part.empty) reportAtLabel(ctx, part, `Write the ${PART_TITLES[part.name]} part: ${PART_PROMPTS[part.name]}`);
    }
  },
};

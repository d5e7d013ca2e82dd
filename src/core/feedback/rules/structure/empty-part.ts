// structure/empty-part: a part that is there but says nothing (or only TODO/TBD).
import { PART_PROMPTS } from "../../skeleton";
import { PART_TITLES, type Rule } from "../../types";

export const emptyPart: Rule = {
  id: "structure/empty-part",
  severity: "error",
  description: "A part is empty or only a placeholder such as TODO or TBD while others are written (an unfilled template raises nothing).",
  ...(DOCS && {
    examples: {
      part: "note",
      fires: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** TBD\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n", "> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** %% Ask for their ideas %%\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
      passes: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
    },
  }),
  check(ctx) {
    for (const part of ctx.block.parts) {
      if (!part.empty) continue;
      ctx.report({
        from: part.labelFrom,
        to: part.labelTo,
        part: part.name,
        message: `Write the ${PART_TITLES[part.name]} part: ${PART_PROMPTS[part.name]}`,
      });
    }
  },
};

// structure/duplicate-part: the same part twice in one block.
import { PART_TITLES, type PartName, type Rule } from "../../types";
import { meta, reportAtLabel } from "../helpers";

export const duplicatePart: Rule = {
  ...meta("structure", "duplicate-part", "Part written twice", "warning"),
  ...(DOCS && {
    description: "A part written twice.",
    tags: ["structure"],
    details: "The same part appears twice in one block.",
    examples: {
      part: "note",
      fires: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Observation:** On Tuesday it failed again.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
      passes: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
    },
  }),
  check(ctx) {
    const seen = new Set<PartName>();
    for (const part of ctx.block.parts) {
      if (seen.has(part.name)) reportAtLabel(ctx, part, `Merge this ${PART_TITLES[part.name]} part into the first one.`);
      seen.add(part.name);
    }
  },
};

// structure/order: facts → feelings → options → request, reported once per block.
import { PART_ORDER, PART_TITLES, type FeedbackPart, type Fix, type Rule, type RuleContext } from "../../types";
import { lineAround, meta, reportAtLabel } from "../helpers";

export const order: Rule = {
  ...meta("structure", "order", "Parts out of order", "warning"),
  ...(DOCS && {
    description: "Parts out of order.",
    tags: ["structure"],
    details: "The parts are out of order: facts, then feelings, then options, then request.",
    examples: {
      part: "note",
      fires: ["> [!feedback]\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n"],
      passes: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
    },
  }),
  check(ctx) {
    let highest = -1;
    for (const part of ctx.block.parts) {
      const rank = PART_ORDER.indexOf(part.name);
      if (rank < highest) {
        reportAtLabel(ctx, part, `Move ${PART_TITLES[part.name]} before ${PART_TITLES[PART_ORDER[highest]]}.`, reorder(ctx));
        return;
      }
      highest = rank;
    }
  },
};

/** Rewrites the parts' lines in canonical order; undefined when the block is too irregular to move safely. */
function reorder(ctx: RuleContext): Fix | undefined {
  const { block, lineStarts } = ctx;
  const parts = block.parts;
  // A part twice, or anything between parts (an unknown heading, loose text), makes the block irregular.
  if (new Set(parts.map((p) => p.name)).size < parts.length || parts.some((p, i) => i > 0 && p.line !== parts[i - 1].endLine)) return undefined;
  const line = (i: number) => lineAround(ctx, lineStarts[i]);
  // Each section without its trailing blank lines; parts that were spaced apart stay spaced apart.
  const section = (p: FeedbackPart) => {
    const lines: string[] = [];
    for (let i = p.line; i < p.endLine; i++) lines.push(line(i).text);
    while (lines.length > 1 && /^[\s>]*$/.test(lines[lines.length - 1])) lines.pop();
    return lines;
  };
  const [first] = parts;
  const last = parts[parts.length - 1];
  const spaced = section(first).length < first.endLine - first.line;
  const sorted = [...parts].sort((a, b) => PART_ORDER.indexOf(a.name) - PART_ORDER.indexOf(b.name));
  const end = line(last.line + section(last).length - 1);
  const insert = sorted.flatMap((p, i) => (i > 0 && spaced ? [block.quotePrefix.trimEnd(), ...section(p)] : section(p))).join(ctx.eol);
  return { title: "Put the parts in order", edits: [{ from: lineStarts[first.line], to: end.start + end.text.length, insert }] };
}

// structure/order: facts → feelings → options → request, reported once per block.
import { PART_ORDER, PART_TITLES, type Fix, type Rule, type RuleContext } from "../../types";
import { lineAround } from "../helpers";

export const order: Rule = {
  id: "structure/order",
  severity: "warning",
  description: "The parts are out of order: facts, then feelings, then options, then request.",
  ...(DOCS && {
    examples: {
      part: "note",
      fires: ["> [!feedback]\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n"],
      passes: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
    },
  }),
  check(ctx) {
    const parts = ctx.block.parts;
    let highest = -1;
    for (const part of parts) {
      const rank = PART_ORDER.indexOf(part.name);
      if (rank < highest) {
        const after = PART_TITLES[PART_ORDER[highest]];
        ctx.report({
          from: part.labelFrom,
          to: part.labelTo,
          part: part.name,
          message: `Move ${PART_TITLES[part.name]} before ${after}: facts, then feelings, options and request.`,
          fix: reorder(ctx),
        });
        return;
      }
      highest = Math.max(highest, rank);
    }
  },
};

/** Rewrites the parts' lines in canonical order; undefined when the block is too irregular to move safely. */
function reorder(ctx: RuleContext): Fix | undefined {
  const { block } = ctx;
  const parts = block.parts;
  const first = parts[0].startLine;
  const end = parts[parts.length - 1].endLine;
  const irregular =
    new Set(parts.map((p) => p.name)).size !== parts.length ||
    block.unknownHeadings.some((h) => h.line >= first && h.line < end) ||
    parts.some((p, i) => i > 0 && p.startLine !== parts[i - 1].endLine);
  if (irregular) return undefined;
  const line = (i: number) => lineAround(ctx, ctx.lineStarts[i]).text;
  // Each section without its trailing blank lines; parts that were spaced apart stay spaced apart.
  const sections = parts.map((p) => {
    const lines: string[] = [];
    for (let i = p.startLine; i < p.endLine; i++) lines.push(line(i));
    while (lines.length > 1 && /^[\s>]*$/.test(lines[lines.length - 1])) lines.pop();
    return lines;
  });
  const spaced = parts[0].endLine - first > sections[0].length;
  const sorted = PART_ORDER.flatMap((name) => sections.filter((_, i) => parts[i].name === name));
  const out = sorted.flatMap((lines, i) => (i > 0 && spaced ? [block.quotePrefix.trimEnd(), ...lines] : lines));
  const lastLine = parts[parts.length - 1].startLine + sections[sections.length - 1].length - 1;
  const from = ctx.lineStarts[first];
  return { title: "Put the parts in order", edits: [{ from, to: ctx.lineStarts[lastLine] + line(lastLine).length, insert: out.join(ctx.eol) }] };
}

// structure/order: facts → feelings → options → request, reported once per block.
import { PART_ORDER, PART_TITLES, type FeedbackPart, type Fix, type Rule, type RuleContext, NO_EXAMPLES } from "../../types";

export const order: Rule = {
  id: "structure/order",
  defaultSeverity: "warning",
  description: "The parts are out of order: facts, then feelings, then options, then request.",
  examples: DOCS
    ? {
        part: "note",
        fires: ["> [!feedback]\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n"],
        passes: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
      }
    : NO_EXAMPLES,
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
  const { block, text, lineStarts, eol } = ctx;
  const parts = block.parts;
  const names = new Set(parts.map((p) => p.name));
  if (names.size !== parts.length) return undefined;
  const first = parts[0].startLine;
  const last = parts[parts.length - 1].endLine;
  if (block.unknownHeadings.some((h) => h.line >= first && h.line < last)) return undefined;
  for (let i = 1; i < parts.length; i++) if (parts[i].startLine !== parts[i - 1].endLine) return undefined;
  const lineText = (i: number) => {
    const start = lineStarts[i];
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
    return text.slice(start, end);
  };
  const isBlank = (s: string) => /^[\s>]*$/.test(s);
  const section = (p: FeedbackPart) => {
    const lines: string[] = [];
    for (let i = p.startLine; i < p.endLine; i++) lines.push(lineText(i));
    while (lines.length > 1 && isBlank(lines[lines.length - 1])) lines.pop();
    return lines;
  };
  const sections = parts.map(section);
  const spaced = parts[0].endLine - parts[0].startLine > sections[0].length;
  const sorted = [...parts].sort((a, b) => PART_ORDER.indexOf(a.name) - PART_ORDER.indexOf(b.name));
  const separator = spaced ? [block.quotePrefix.trimEnd()] : [];
  const out: string[] = [];
  sorted.forEach((p, i) => {
    if (i > 0) out.push(...separator);
    out.push(...sections[parts.indexOf(p)]);
  });
  const lastSection = sections[sections.length - 1];
  const endLine = parts[parts.length - 1].startLine + lastSection.length - 1;
  const from = lineStarts[first];
  const to = lineStarts[endLine] + lineText(endLine).length;
  return { title: "Put the parts in order", edits: [{ from, to, insert: out.join(eol) }] };
}

// structure/missing-part: each of the four parts must be there; reported once per block, listing every missing part.
import { quotePrefix } from "../../../markdown/scanner";
import { PART_PROMPTS, promptComment } from "../../skeleton";
import { PART_ORDER, PART_TITLES, type PartName, type Rule, type RuleContext, type TextEdit } from "../../types";
import { lineAround, meta } from "../helpers";

export const missingPart: Rule = {
  ...meta("structure", "missing-part", "Missing part", "error"),
  ...(DOCS && {
    description: "A part is missing.",
    tags: ["structure"],
    details: "One of the four parts (facts, feelings, options, request) is absent; reported once per block, listing every missing part.",
    examples: {
      part: "note",
      fires: [
        "> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n",
        "---\ntype: one-on-one\n---\n## Feedback\n\nYou were late again and it has to stop.\n",
        "## Feedback\n\n### 1. What went wrong\n\nYou were rude to the vendor.\n",
      ],
      passes: [
        "> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n",
        "## Feedback\n\n### Facts\n\n### Feelings\n\n%% How did it affect you? %%\n\n## Next topics\n",
      ],
    },
  }),
  check(ctx) {
    const missing = PART_ORDER.filter((name) => !ctx.block.parts.some((p) => p.name === name));
    if (missing.length === 0) return;
    const only = missing.length === 1 ? missing[0] : null;
    const title = only ? `Add the ${PART_TITLES[only]} part` : "Add the missing parts";
    ctx.report({
      from: ctx.block.titleFrom,
      to: ctx.block.titleTo,
      part: only,
      message: `${title}: ${only ? PART_PROMPTS[only] : missing.map((n) => PART_TITLES[n]).join(", ") + "."}`,
      fix: { title, edits: insertParts(ctx, missing) },
    });
  },
};

/** Inserts the missing parts' headings or labels, each with a prompt, where the canonical order puts them. */
function insertParts(ctx: RuleContext, missing: readonly PartName[]): TextEdit[] {
  const { block, eol, lineStarts } = ctx;
  const headingPart = block.parts.find((p) => p.form === "heading");
  const labelPart = block.parts.find((p) => p.form === "label");
  const useLabel = !headingPart && (labelPart !== undefined || block.form === "callout");
  const beforeLabel = labelPart ? ctx.text.slice(lineStarts[labelPart.line], labelPart.labelFrom) : null;
  const prefix = beforeLabel === null ? block.quotePrefix : beforeLabel.slice(0, quotePrefix(beforeLabel).start);
  const blank = useLabel ? [] : [prefix.trimEnd()];
  const hashes = "#".repeat(Math.min(6, headingPart ? headingPart.headingLevel : block.headingLevel + 1));
  const lines = (name: PartName) =>
    useLabel
      ? [prefix + (labelPart ? labelPart.labelTemplate : "**{}:** ").replace("{}", PART_TITLES[name]) + promptComment(name)]
      : [`${prefix}${hashes} ${PART_TITLES[name]}`, ...blank, prefix + promptComment(name)];
  // Parts that go before the same existing part share one edit, so they land in order.
  const before = new Map<number, string[]>();
  const atEnd: string[] = [];
  for (const name of missing) {
    const later = block.parts.find((p) => PART_ORDER.indexOf(p.name) > PART_ORDER.indexOf(name));
    if (later) {
      const at = lineStarts[later.line];
      before.set(at, [...(before.get(at) ?? []), ...lines(name), ...blank]);
    } else atEnd.push(...blank, ...lines(name));
  }
  const edits = [...before].map(([at, text]): TextEdit => ({ from: at, to: at, insert: text.join(eol) + eol }));
  if (atEnd.length) {
    const at = lastContentEnd(ctx);
    edits.push({ from: at, to: at, insert: eol + atEnd.join(eol) });
  }
  return edits;
}
/** End of the last line of the block that has content beyond its quote prefix. */
function lastContentEnd(ctx: RuleContext): number {
  const { block } = ctx;
  for (let i = block.endLine - 1; i >= block.line; i--) {
    const line = lineAround(ctx, ctx.lineStarts[i]);
    if (/[^\s>]/.test(line.text)) return line.start + line.text.length;
  }
  return block.titleTo;
}

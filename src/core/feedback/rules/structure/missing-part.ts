// structure/missing-part: each of the four parts must be there.
import { lineIndexAt } from "../../positions";
import { promptComment } from "../../skeleton";
import { PART_ORDER, PART_TITLES, type FeedbackPart, type Fix, type PartName, type Rule, type RuleContext } from "../../types";

export const missingPart: Rule = {
  id: "structure/missing-part",
  defaultSeverity: "error",
  description: "One of the four parts (facts, feelings, options, request) is absent.",
  examplePart: "note",
  examples: {
    fires: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
    passes: ["> [!feedback]\n> **Facts:** In Monday's demo the build failed twice.\n> **Feelings:** I was worried.\n> **Options:** What would help?\n> **Request:** Could you run the demo script on Friday? Let's check in at our next 1:1.\n"],
  },
  check(ctx) {
    const present = new Set(ctx.block.parts.map((p) => p.name));
    for (const name of PART_ORDER) {
      if (present.has(name)) continue;
      ctx.report({
        from: ctx.block.titleFrom,
        to: ctx.block.titleTo,
        part: name,
        message: `Add the ${PART_TITLES[name]} part: ${hint(name)}`,
        fix: insertPart(ctx, name),
      });
    }
  },
};

function hint(name: PartName): string {
  return {
    facts: "what happened, when and where?",
    feelings: "how did it affect you?",
    options: "ask for their ideas.",
    request: "what do you ask for, and by when?",
  }[name];
}

/** Inserts the part's heading or label, with a prompt, where the canonical order puts it. */
function insertPart(ctx: RuleContext, name: PartName): Fix {
  const { block, eol } = ctx;
  const headingPart = block.parts.find((p) => p.form === "heading");
  const labelPart = block.parts.find((p) => p.form === "label");
  const useLabel = !headingPart && (labelPart !== undefined || block.form === "callout");
  const prefix = labelPart ? linePrefix(ctx, labelPart) : block.quotePrefix;
  const blankLine = prefix.trimEnd();
  const title = PART_TITLES[name];
  const later = block.parts.filter((p) => PART_ORDER.indexOf(p.name) > PART_ORDER.indexOf(name)).sort((a, b) => a.startLine - b.startLine)[0];
  let lines: string[];
  if (useLabel) {
    const template = labelPart ? labelPart.labelTemplate : "**{}:** ";
    lines = [prefix + template.replace("{}", title) + promptComment(name)];
  } else {
    const level = Math.min(6, headingPart ? headingPart.headingLevel : block.headingLevel + 1);
    lines = [`${prefix}${"#".repeat(level)} ${title}`, blankLine, prefix + promptComment(name)];
  }
  if (later) {
    const at = ctx.lineStarts[later.startLine];
    const body = useLabel ? lines : [...lines, blankLine];
    return { title: `Add the ${title} part`, edits: [{ from: at, to: at, insert: body.join(eol) + eol }] };
  }
  const at = lastContentEnd(ctx);
  const lead = useLabel ? [""] : ["", blankLine];
  return { title: `Add the ${title} part`, edits: [{ from: at, to: at, insert: [...lead, ...lines].join(eol) }] };
}

function linePrefix(ctx: RuleContext, part: FeedbackPart): string {
  const start = ctx.lineStarts[part.line];
  const raw = ctx.text.slice(start, part.labelFrom);
  const m = /^(?:[ \t]{0,3}>[ \t]?)*/.exec(raw);
  return m ? m[0] : "";
}

/** End of the last line of the block that has content beyond its quote prefix. */
function lastContentEnd(ctx: RuleContext): number {
  const { block, text, lineStarts } = ctx;
  for (let i = block.endLine - 1; i >= block.line; i--) {
    const start = lineStarts[i];
    const next = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    let end = next;
    while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
    if (/[^\s>]/.test(text.slice(start, end))) return end;
  }
  const i = lineIndexAt(lineStarts, block.titleTo);
  return Math.max(block.titleTo, lineStarts[i]);
}

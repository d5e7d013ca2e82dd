// applyFix and the structural fixes (insert a missing part, reorder parts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyFix, lint } from "../../../src/core/feedback/lint";
import { findBlocks } from "../../../src/core/feedback/blocks";
import { feedbackSkeleton } from "../../../src/core/feedback/skeleton";
import { HANDBOOK_EXAMPLE as H } from "../../../src/core/feedback/examples";

const partsOf = (t: string) => findBlocks(t).blocks[0].parts.map((p) => p.name);
const fixesOf = (t: string, id: string) => lint(t, { noteDate: "2024-03-07" }).filter((d) => d.ruleId === id);

describe("applyFix", () => {
  it("applies several edits against the original offsets", () => {
    expect(applyFix("abcdef", { title: "t", edits: [{ from: 0, to: 1, insert: "X" }, { from: 4, to: 6, insert: "" }, { from: 2, to: 2, insert: "-" }] })).toBe("Xb-cd");
  });

  it("never throws and changes only the edited range (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(40), fc.nat(40), fc.string({ maxLength: 5 }), (text, a, b, insert) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const out = applyFix(text, { title: "t", edits: [{ from: a, to: b, insert }] });
        expect(out).toBe(text.slice(0, from) + insert + text.slice(to));
      }),
    );
  });
});

describe("structure fixes", () => {
  it("inserts every missing part in order with one fix, in the heading form, at the block's sub-heading level", () => {
    const note = `## Feedback\n\n#### Options\n\n${H.options}\n\nclosing words\n`;
    const [d, ...more] = fixesOf(note, "structure/missing-part");
    expect(more).toEqual([]);
    expect(d.part).toBeNull();
    expect(d.message).toBe("Add the missing parts: Facts, Feelings, Request.");
    const fixed = applyFix(note, d.fix!);
    expect(partsOf(fixed)).toEqual(["facts", "feelings", "options", "request"]);
    expect(fixed).toContain("#### Facts\n\n%% ");
    expect(fixesOf(fixed, "structure/missing-part")).toEqual([]);
    expect(fixesOf(fixed, "structure/empty-part").map((x) => x.part)).toEqual(["facts", "feelings", "request"]);
  });

  it("inserts missing parts as labels in a callout, with the label style and quote prefix in use", () => {
    const note = `> [!feedback]\n> - Feelings: ${H.feelings}\n\nafter\n`;
    const fixed = applyFix(note, fixesOf(note, "structure/missing-part")[0].fix!);
    expect(partsOf(fixed)).toEqual(["facts", "feelings", "options", "request"]);
    expect(fixed).toMatch(/^> \[!feedback\]\n> - Facts: %% .* %%\n> - Feelings: /);
    expect(fixed).toMatch(/> - Options: %% .* %%\n> - Request: %% .* %%\n\nafter\n$/);
  });

  it("names the one missing part, and reports a block of prose without parts once", () => {
    const one = `## Feedback\n\n### Facts\n\n${H.facts}\n\n### Feelings\n\n${H.feelings}\n\n### Request\n\n${H.request}\n`;
    expect(fixesOf(one, "structure/missing-part").map((d) => [d.part, d.message, d.fix?.title])).toEqual([["options", "Add the Options part: Ask for their ideas: what could be done differently?", "Add the Options part"]]);
    // In a 1:1 note the prose-only section is the template's feedback section (elsewhere it is not a block: blocks.test.ts).
    const prose = "---\ntype: one-on-one\n---\n# 1:1\n\n## Feedback\n\nYou were late to the standup again.\n\n## Next\n";
    expect(lint(prose).map((d) => `${d.ruleId}@${d.line}`)).toEqual(["structure/missing-part@6"]);
    const fixed = applyFix(prose, fixesOf(prose, "structure/missing-part")[0].fix!);
    expect(partsOf(fixed)).toEqual(["facts", "feelings", "options", "request"]);
    expect(fixed.endsWith("%%\n\n## Next\n")).toBe(true);
  });

  it("one fix inserts whatever parts are missing, in canonical order, in both forms (property)", () => {
    const bodies = { facts: H.facts, feelings: H.feelings, options: H.options, request: H.request };
    const names = ["facts", "feelings", "options", "request"] as const;
    fc.assert(
      fc.property(fc.subarray([...names]), fc.boolean(), fc.constantFrom("\n", "\r\n"), (present, callout, eol) => {
        const shuffled = [...present].sort((a, b) => names.indexOf(a) - names.indexOf(b));
        const lines = callout
          ? ["> [!feedback]", ...shuffled.map((p) => `> **${p[0].toUpperCase()}${p.slice(1)}:** ${bodies[p]}`), "", "after"]
          : ["---", "type: one-on-one", "---", "## Feedback", "", ...(present.length ? [] : ["Some prose."]), ...shuffled.flatMap((p) => [`### ${p[0].toUpperCase()}${p.slice(1)}`, "", bodies[p], ""]), "## After"];
        const note = lines.join(eol) + eol;
        const ds = fixesOf(note, "structure/missing-part");
        if (callout && present.length === 0) return; // an empty callout is an unfilled template
        expect(ds).toHaveLength(present.length === 4 ? 0 : 1);
        if (present.length === 4) return;
        const fixed = applyFix(note, ds[0].fix!);
        expect(partsOf(fixed)).toEqual([...names]);
        expect(fixesOf(fixed, "structure/missing-part")).toEqual([]);
        if (eol === "\r\n") expect(fixed.replace(/\r\n/g, "")).not.toContain("\n");
      }),
    );
  });

  it("reorders heading sections and label lines", () => {
    const headings = `## Feedback\n\n### Request\n\n${H.request}\n\n### Facts\n\n${H.facts}\n\n### Options\n\n${H.options}\n\n### Feelings\n\n${H.feelings}\n\n## Next\n`;
    const fixed = applyFix(headings, fixesOf(headings, "structure/order")[0].fix!);
    expect(partsOf(fixed)).toEqual(["facts", "feelings", "options", "request"]);
    expect(lint(fixed)).toEqual([]);
    expect(fixed.endsWith(`${H.request}\n\n## Next\n`)).toBe(true);
    const callout = `> [!feedback]\n> Request: ${H.request}\n> Facts: ${H.facts}\n> Feelings: ${H.feelings}\n> Options: ${H.options}\n`;
    const fixedCallout = applyFix(callout, fixesOf(callout, "structure/order")[0].fix!);
    expect(fixedCallout).toBe(`> [!feedback]\n> Facts: ${H.facts}\n> Feelings: ${H.feelings}\n> Options: ${H.options}\n> Request: ${H.request}\n`);
  });

  it("the skeleton has the four parts; unfilled it raises nothing, once written in the empty parts are flagged", () => {
    const s = feedbackSkeleton({ title: "Feedback for Sam" });
    expect(partsOf(s)).toEqual(["facts", "feelings", "options", "request"]);
    expect(lint(s)).toEqual([]);
    const started = s.replace(/(### Facts\n\n)%%.*%%/, `$1${H.facts}`);
    expect(lint(started).map((d) => `${d.ruleId}:${d.part}`)).toEqual(["structure/empty-part:feelings", "structure/empty-part:options", "structure/empty-part:request"]);
    expect(feedbackSkeleton({ eol: "\r\n" }).replace(/\r\n/g, "")).not.toContain("\n");
  });
});

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
  it("inserts missing parts in order in the heading form, with the block's sub-heading level", () => {
    let note = `## Feedback\n\n#### Options\n\n${H.options}\n\nclosing words\n`;
    for (let i = 0; i < 3; i++) note = applyFix(note, fixesOf(note, "structure/missing-part")[0].fix!);
    expect(partsOf(note)).toEqual(["facts", "feelings", "options", "request"]);
    expect(note).toContain("#### Facts\n\n%% ");
    expect(fixesOf(note, "structure/missing-part")).toEqual([]);
    expect(fixesOf(note, "structure/empty-part").map((d) => d.part)).toEqual(["facts", "feelings", "request"]);
  });

  it("inserts missing parts as labels in a callout, with the label style and quote prefix in use", () => {
    let note = `> [!feedback]\n> - Feelings: ${H.feelings}\n\nafter\n`;
    for (let i = 0; i < 3; i++) note = applyFix(note, fixesOf(note, "structure/missing-part")[0].fix!);
    expect(partsOf(note)).toEqual(["facts", "feelings", "options", "request"]);
    expect(note).toMatch(/^> \[!feedback\]\n> - Facts: %% .* %%\n> - Feelings: /);
    expect(note).toMatch(/> - Request: %% .* %%\n\nafter\n$/);
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

  it("the skeleton has the four parts, each flagged as empty until written", () => {
    const s = feedbackSkeleton({ title: "Feedback for Sam" });
    expect(partsOf(s)).toEqual(["facts", "feelings", "options", "request"]);
    expect(lint(s).map((d) => d.ruleId)).toEqual(Array(4).fill("structure/empty-part"));
    expect(feedbackSkeleton({ eol: "\r\n" }).replace(/\r\n/g, "")).not.toContain("\n");
  });
});

// Finding feedback blocks and their parts, in both forms, with aliases, skips and suppression.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBlocks, mayHoldBlocks } from "../../../src/core/feedback/blocks";

const names = (text: string) => findBlocks(text).blocks.map((b) => ({ title: b.title, parts: b.parts.map((p) => p.name) }));

describe("findBlocks", () => {
  it("reads the heading form: sub-headings are parts, the block ends at a heading of the same level", () => {
    const note = "# 1:1\n\n## Feedback for Sam\n\n### Facts\nA\n### Feelings\nB\n#### Detail\nC\n## Notes\n### Facts\nnot a part\n";
    const { blocks } = findBlocks(note);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].title).toBe("Feedback for Sam");
    expect(blocks[0].parts.map((p) => [p.name, p.form, p.line])).toEqual([["facts", "heading", 4], ["feelings", "heading", 6]]);
    // A deeper unknown heading stays inside its part, and is neither text nor a new section.
    expect(blocks[0].parts[1].units.map((u) => u.text)).toEqual(["B", "C"]);
    expect(blocks[0].unknownHeadings).toEqual([]);
  });

  it("reads the callout form with inline labels in every common style", () => {
    const note = "> [!feedback] Launch\n> **Facts:** a\n> __Feelings__: b\n> - Options: c\n> *Request:* d\n\nafter";
    expect(names(note)).toEqual([{ title: "Launch", parts: ["facts", "feelings", "options", "request"] }]);
    const facts = findBlocks(note).blocks[0].parts[0];
    expect(note.slice(facts.units[0].from, facts.units[0].to)).toBe("a");
    expect(facts.labelTemplate).toBe("**{}:** ");
  });

  it("accepts aliases case-insensitively, in headings and labels", () => {
    const note = "## Feedback\n### SITUATION\nx\n### Feelings and thoughts\nx\n### 3. Questions\nx\n### Next steps:\nx\n";
    expect(names(note)[0].parts).toEqual(["facts", "feelings", "options", "request"]);
    const labels = "## Feedback\nobservation: x\nMY PERSPECTIVE: x\nneeds: x\nfollow-up: x\n";
    expect(names(labels)[0].parts).toEqual(["facts", "feelings", "options", "request"]);
  });

  it("reports sub-headings that name no part and ignores their text", () => {
    const { blocks } = findBlocks("## Feedback\n### Facts\nx\n### Notes\nA label: Request: nope\nRequest: not read either\n");
    expect(blocks[0].unknownHeadings.map((h) => h.text)).toEqual(["Notes"]);
    expect(blocks[0].parts.map((p) => p.name)).toEqual(["facts"]);
  });

  it("takes only feedback titles: Feedback alone, or with a separator, a number or for/to/on/about (issue 10, item 6)", () => {
    const sub = "\n### Facts\nx\n";
    const titles = ["Feedback", "Feedback: the launch", "Feedback for Sam", "feedback to Ana", "Feedback — Q3", "Feedback - Q3", "Feedback (Sam)", "Feedback 2", "**Feedback** on the demo", "1. Feedback"];
    for (const t of titles) expect(names(`## ${t}${sub}`), t).toHaveLength(1);
    for (const t of ["Feedback loops", "Feedback and grading", "Feedbacks", "Feedback welcome", "Feedback is a gift"]) expect(names(`## ${t}${sub}`), t).toEqual([]);
  });

  it("outside 1:1 notes a feedback section of prose only is not a block; in a 1:1 note, or with a sub-heading or label, it is", () => {
    const readme = "# Tool\n\n## Feedback\n\nFound a bug? Open an issue; we never reply on weekends.\n";
    expect(names(readme)).toEqual([]);
    expect(names(`---\ntype: one-on-one\n---\n${readme}`)).toEqual([{ title: "Feedback", parts: [] }]);
    expect(names("## Feedback\n\n### 1. What went wrong\n\nx\n")).toEqual([{ title: "Feedback", parts: [] }]);
    expect(names("## Feedback\n\nFacts: x\n")).toEqual([{ title: "Feedback", parts: ["facts"] }]);
    expect(names("> [!feedback]\n> Some prose.\n")).toEqual([{ title: "Feedback", parts: [] }]);
  });

  it("reads the handbook's step names as part names (issue 11, cause 1)", () => {
    const note = "## Feedback\n### State facts\nx\n### Own your feelings and thoughts\nx\n### Propose options\nx\n### Make a request\nx\n";
    expect(names(note)[0].parts).toEqual(["facts", "feelings", "options", "request"]);
    const variants = "## Feedback\n### Step 1: State the facts\nx\n### 2. OWN YOUR FEELINGS\nx\n### Propose some options\nx\n### Ask\nx\n";
    expect(names(variants)[0].parts).toEqual(["facts", "feelings", "options", "request"]);
    const labels = "> [!feedback]\n> **State facts:** x\n> - Own your thoughts: x\n> Propose options: x\n> __Make the request__: x\n";
    expect(names(labels)[0].parts).toEqual(["facts", "feelings", "options", "request"]);
  });

  it("skips feedback the user received", () => {
    expect(names("## Feedback from Sam\n### Facts\nx\n## Feedback received\n### Facts\nx\n> [!feedback] From my manager\n> Facts: x\n")).toEqual([]);
  });

  it("does not read headings or labels inside code, comments or frontmatter", () => {
    const note = "---\ntitle: Feedback\n---\n```\n## Feedback\n```\n%%\n## Feedback\n%%\n<!--\n## Feedback\n-->\n";
    expect(names(note)).toEqual([]);
    const inside = findBlocks("## Feedback\n### Facts\n```\nRequest: no\n```\nyes\n").blocks[0];
    expect(inside.parts.map((p) => p.name)).toEqual(["facts"]);
    expect(inside.parts[0].units.map((u) => u.text)).toEqual(["yes"]);
  });

  it("collects suppression comments per block and for the whole note", () => {
    const note = "%% feedback-lint-disable request/too-many %%\n## Feedback\n%% feedback-lint-disable facts/no-anchor, facts/judgement %%\n### Facts\n## Feedback 2\n### Facts\n<!-- feedback-lint-disable -->\n";
    const r = findBlocks(note);
    expect([...r.noteDisabled]).toEqual(["request/too-many"]);
    expect([...r.blocks[0].disabled].sort()).toEqual(["facts/judgement", "facts/no-anchor"]);
    expect([...r.blocks[1].disabled]).toEqual(["*"]);
    expect(r.suppressed).toEqual([]);
  });

  it("turns disable-next-line into a one-line range and a disable closed by an enable into a range, not a block-wide switch", () => {
    const note = [
      "## Feedback", // 0
      "### Facts", // 1
      "%% feedback-lint-disable-next-line facts/judgement facts/no-anchor %%", // 2
      "x", // 3
      "%% feedback-lint-disable facts/hearsay %%", // 4
      "y", // 5
      "<!-- feedback-lint-enable facts/hearsay -->", // 6
      "%% feedback-lint-disable %%", // 7
      "%% feedback-lint-enable %%", // 8
      "%% feedback-lint-disable facts/misplaced %%", // 9: never closed, so block-wide as before
    ].join("\n");
    const r = findBlocks(note);
    expect(r.suppressed).toEqual([
      ["facts/judgement", 3, 4],
      ["facts/no-anchor", 3, 4],
      ["facts/hearsay", 4, 6],
      ["*", 7, 8],
    ]);
    expect([...r.blocks[0].disabled]).toEqual(["facts/misplaced"]);
    expect(r.noteDisabled.size).toBe(0);
  });

  it("reads feedback-lint: off and the note date from the frontmatter", () => {
    expect(findBlocks("---\nfeedback-lint: off\ndate: 2024-03-07\n---\n").settings).toEqual({ off: true, date: "2024-03-07", oneOnOne: false });
    expect(findBlocks("---\nfeedback-lint: false\n---\n").settings.off).toBe(true);
    expect(findBlocks("---\ndate: 2024-03-07\ntype: one-on-one\n---\n").settings).toEqual({ off: false, date: "2024-03-07", oneOnOne: true });
    // Broken YAML elsewhere still lets the opt-out through.
    expect(findBlocks("---\nfeedback-lint: off\nbad: [unclosed\n---\n").settings.off).toBe(true);
  });

  it("ends a callout block where the quote ends, and keeps its quote prefix", () => {
    const r = findBlocks("> [!feedback]\n> Facts: a\n>\n> more\nplain: Request: no\n");
    expect(r.blocks[0].endLine).toBe(4);
    expect(r.blocks[0].quotePrefix).toBe("> ");
    expect(r.blocks[0].parts[0].units.map((u) => u.text)).toEqual(["a", "more"]);
  });

  it("leaves out only notes without a block: the word in any case, with emphasis or code marks between its letters", () => {
    for (const note of ["## FEEDBACK\n### Facts\na\n", "## F**ee**d_back_\n### Facts\na\n", "> [!FeedBack]\n> Facts: a\n", "## Feedbac\u212A for Sam\n### Facts\na\n"]) {
      expect(findBlocks(note).blocks).toHaveLength(1);
      expect(mayHoldBlocks(note)).toBe(true);
    }
    expect(mayHoldBlocks("# Notes\n\n- [ ] Send the draft\n> [!note] Feed the back log\n")).toBe(false);
  });

  it("never leaves out a note that holds a block (property)", () => {
    // "feedback" in mixed case, with emphasis or code marks between letters, its k sometimes the Kelvin sign (which lowercases to k).
    const word = fc
      .array(fc.tuple(fc.boolean(), fc.constantFrom("", "", "*", "_", "`", "**")), { minLength: 8, maxLength: 8 })
      .chain((xs) => fc.boolean().map((kelvin) => xs.map(([upper, mark], i) => (kelvin && i === 7 ? "\u212A" : (upper ? "FEEDBACK" : "feedback")[i]) + mark).join("")));
    const opening = fc.tuple(fc.constantFrom("## ", "### ", "# ", "> [!", ">> [!", "- "), word, fc.constantFrom("", "]", "] Launch", ": the launch", " for Sam", " loops")).map((xs) => xs.join(""));
    const line = fc.oneof(
      opening,
      fc.constantFrom("### Facts", "Request: by Friday", "> **Facts:** you", "---", "type: one-on-one", "```", "%%", "<!--", "-->", "", "You never test."),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const text = lines.join(eol);
        if (findBlocks(text).blocks.length > 0) expect(mayHoldBlocks(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

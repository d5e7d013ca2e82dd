// lint(): the diagnostic shape, severities, suppression, the note date, and never throwing.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyFix, lint } from "../../../src/core/feedback/lint";
import { findBlocks } from "../../../src/core/feedback/blocks";
import { blockWith } from "../../../src/core/feedback/examples";

const BAD_FACTS = blockWith("facts", "You never test your code.");

describe("lint", () => {
  it("reports the diagnostic shape with block, part, 1-based line and offsets", () => {
    const d = lint(BAD_FACTS).find((x) => x.ruleId === "facts/generalization");
    expect(d).toMatchObject({ severity: "warning", block: "Feedback for Sam", part: "facts", line: 5 });
    expect(BAD_FACTS.slice(d!.from, d!.to)).toBe("never");
    expect(d!.message).toMatch(/specific/);
  });

  it("suggests real feelings for a hyphenated pseudo-feeling as for the spaced one", () => {
    for (const written of ["taken for granted", "taken-for-granted", "left-out"]) {
      const d = lint(blockWith("feelings", `I feel ${written}.`)).find((x) => x.ruleId === "feelings/pseudo-feeling");
      expect(d?.suggestions?.length, written).toBeGreaterThan(0);
    }
  });

  it("turns a rule off for the next line only with disable-next-line", () => {
    const facts = "You never test your code.\n\nYou never review either.";
    const note = blockWith("facts", `%% feedback-lint-disable-next-line facts/generalization %%\n${facts}`);
    const lines = lint(note).filter((d) => d.ruleId === "facts/generalization").map((d) => d.line);
    expect(lines).toEqual([8]);
    // Without an id: every rule on that line.
    const all = lint(blockWith("facts", `<!-- feedback-lint-disable-next-line -->\n${facts}`));
    expect(all.filter((d) => d.line === 6)).toEqual([]);
    expect(all.some((d) => d.line === 8)).toBe(true);
  });

  it("turns a rule off between a disable and the enable that closes it", () => {
    const body = "You never test.\n%% feedback-lint-disable facts/generalization %%\nYou never review.\n%% feedback-lint-enable facts/generalization %%\nYou never ask.";
    const hits = lint(blockWith("facts", body)).filter((d) => d.ruleId === "facts/generalization").map((d) => d.line);
    expect(hits).toEqual([5, 9]);
    // A bare enable closes a disable of every rule.
    const bare = lint(blockWith("facts", body.replace("disable facts/generalization", "disable").replace("enable facts/generalization", "enable")));
    expect(bare.filter((d) => d.line === 7)).toEqual([]);
    expect(bare.filter((d) => d.ruleId === "facts/generalization").map((d) => d.line)).toEqual([5, 9]);
  });

  it("reports one finding per problem: the more specific rule wins where both flag the same words", () => {
    const label = blockWith("facts", "On Monday you merged the hotfix without a review. You are so careless.");
    expect(lint(label).map((d) => d.ruleId)).toEqual(["any/person-label"]);
    // With the specific rule off, the general one still reports.
    expect(lint(label, { severities: { "any/person-label": "off" } }).map((d) => d.ruleId)).toEqual(["facts/judgement"]);
    // Elsewhere in the part the general rule still fires.
    expect(lint(blockWith("facts", "On Monday your sloppy hotfix went out. You are so careless.")).map((d) => d.ruleId)).toEqual(["facts/judgement", "any/person-label"]);
    const pseudo = blockWith("feelings", "I feel ignored.");
    expect(lint(pseudo).map((d) => d.ruleId)).toEqual(["feelings/pseudo-feeling"]);
    expect(lint(pseudo, { severities: { "feelings/pseudo-feeling": "off" } }).map((d) => d.ruleId)).toEqual(["feelings/no-feeling-word"]);
  });

  it("applies severity overrides and turns rules off", () => {
    const ids = (sev: Record<string, "error" | "off">) => lint(BAD_FACTS, { severities: sev }).map((d) => `${d.ruleId}:${d.severity}`);
    expect(ids({ "facts/generalization": "error" })).toContain("facts/generalization:error");
    expect(ids({ "facts/generalization": "off" }).some((x) => x.startsWith("facts/generalization"))).toBe(false);
  });

  it("honours block and note suppression", () => {
    expect(lint(BAD_FACTS.replace("### Facts", "%% feedback-lint-disable facts/generalization %%\n### Facts")).map((d) => d.ruleId)).not.toContain("facts/generalization");
    expect(lint("%% feedback-lint-disable %%\n" + BAD_FACTS)).toEqual([]);
    expect(lint("---\nfeedback-lint: off\n---\n" + BAD_FACTS)).toEqual([]);
    expect(lint(BAD_FACTS.replace("## Feedback for Sam", "## Feedback for Sam\n<!-- feedback-lint-disable -->"))).toEqual([]);
  });

  it("uses the frontmatter date before the date passed in for the deadline fix", () => {
    const note = blockWith("request", "Could you write the notes? Let's review them together.");
    const fixOf = (text: string, noteDate?: string) => lint(text, { noteDate }).find((d) => d.ruleId === "request/no-deadline")?.fix;
    expect(fixOf(note)).toBeUndefined();
    expect(applyFix(note, fixOf(note, "2024-03-07")!)).toContain("Could you write the notes? Let's review them together by 2024-03-14.");
    const dated = `---\ndate: 2024-12-28\n---\n${note}`;
    expect(applyFix(dated, fixOf(dated, "2024-03-07")!)).toContain("together by 2025-01-04.");
  });

  it("marks a thought dressed as a feeling where it stands in the sentence, and its fix rewords only that", () => {
    const note = blockWith("feelings", "When the plan changed, I feel that nobody read the doc.");
    const d = lint(note).find((x) => x.ruleId === "feelings/feel-that")!;
    expect(note.slice(d.from, d.to)).toBe("feel that");
    expect(applyFix(note, d.fix!)).toContain("When the plan changed, I think that nobody read the doc.");
  });

  it("only reports inside feedback blocks", () => {
    const note = `# Notes\n\nYou never test. Stop it.\n\n${BAD_FACTS}\n## After\n\nYou are lazy.\n`;
    const blocks = findBlocks(note).blocks;
    const lines = note.split("\n");
    for (const d of lint(note)) {
      expect(d.line - 1).toBeGreaterThanOrEqual(blocks[0].line);
      expect(d.line - 1).toBeLessThan(blocks[0].endLine);
      expect(lines[d.line - 1].length).toBeGreaterThanOrEqual(0);
    }
  });

  it("never throws and keeps every diagnostic inside the text (property)", () => {
    const piece = fc.constantFrom(
      "## Feedback\n", "### Facts\n", "### Request\n", "> [!feedback]\n", "> **Facts:** ", "- Request: ", "```\n", "%%", "<!--", "-->",
      "---\n", "date: 2024-02-30\n", "feedback-lint: off\n", "You never test. ", "I feel ignored. ", "Why didn't you? ", "\"quoted", "`",
      "\r\n", "\n", "> ", "- ", "by Friday", "No offence, but ", "\uFEFF", "# ", "[[", "]]", "\u2019", "%% feedback-lint-disable %%",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.option(fc.constantFrom("2024-03-07", "2024-02-30", "junk")), (pieces, date) => {
        const text = pieces.join("");
        const ds = lint(text, { noteDate: date ?? undefined });
        for (const d of ds) {
          expect(d.from).toBeGreaterThanOrEqual(0);
          expect(d.to).toBeLessThanOrEqual(text.length);
          expect(d.from).toBeLessThanOrEqual(d.to);
          expect(d.line).toBeGreaterThanOrEqual(1);
          if (d.fix) expect(typeof applyFix(text, d.fix)).toBe("string");
        }
      }),
      { numRuns: 400 },
    );
  });
});

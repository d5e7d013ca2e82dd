import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { askedThisRound, parseQuestionBank, pickQuestions, questionsIn } from "../../../src/core/templates/questions";
import { DEFAULT_QUESTION_BANK } from "../../../src/core/templates/defaults";

const BANK_NOTE = `---
type: question-bank
---
# Questions

Intro text is not a question.

## Openers
- What was the best part of your week?
- What's taking up most of your head space?
* Where are you stuck?
1. How can I support you?
- [ ] A task-looking question still counts?

\`\`\`
- not a question (code)
\`\`\`
%% - not a question (comment) %%
- what was the best part of your WEEK?
`;

describe("parseQuestionBank", () => {
  it("takes list items outside code and comments, each once", () => {
    expect(parseQuestionBank(BANK_NOTE)).toEqual([
      "What was the best part of your week?",
      "What's taking up most of your head space?",
      "Where are you stuck?",
      "How can I support you?",
      "A task-looking question still counts?",
    ]);
  });
  it("the built-in bank follows the handbook's starter questions", () => {
    const bank = parseQuestionBank(DEFAULT_QUESTION_BANK);
    expect(bank.length).toBeGreaterThanOrEqual(15);
    for (const topic of [/OKR/, /stuck/, /support/, /KPI/, /community/, /time split/, /team/]) expect(bank.some((q) => topic.test(q))).toBe(true);
  });
});

describe("questionsIn", () => {
  const bank = ["Where are you stuck?", "Where are you stuck with the migration?", "How can I support you?"];
  it("finds questions at the start of lines (list, heading, quote), the longest match, each once", () => {
    const note = "## How they are\n- Where are you stuck with the migration? Nowhere.\n### How can I support you?\n> - where are you   stuck? (asked twice)\n- where are you stuck?";
    expect(questionsIn(note, bank)).toEqual(["Where are you stuck with the migration?", "How can I support you?", "Where are you stuck?"]);
  });
  it("ignores questions only mentioned mid-line or in code, and counts those in comments", () => {
    expect(questionsIn("I asked: Where are you stuck?\n```\n- How can I support you?\n```", bank)).toEqual([]);
    expect(questionsIn("%%\n- How can I support you?\n%%\n%% Where are you stuck? %%", bank)).toEqual(["How can I support you?", "Where are you stuck?"]);
  });
});

describe("pickQuestions", () => {
  const bank = ["Q one?", "Q two?", "Q three?", "Q four?", "Q five?"];
  it("skips questions already asked with this person, derived from their notes", () => {
    const notes = [{ path: "1-1s/A/1.md", date: "2024-01-01", text: "- Q one?\n- Q three?" }];
    const picked = pickQuestions(bank, notes, "Alex", 3);
    expect(picked).toHaveLength(3);
    expect(picked).not.toContain("Q one?");
    expect(picked).not.toContain("Q three?");
  });
  it("starts a new round when the bank is used up, without repeating inside one note", () => {
    const notes = [{ path: "n.md", date: "2024-01-01", text: bank.slice(0, 4).map((q) => `- ${q}`).join("\n") }];
    const picked = pickQuestions(bank, notes, "Alex", 3);
    expect(picked[0]).toBe("Q five?");
    expect(new Set(picked).size).toBe(3);
    expect(askedThisRound(bank, [...notes, { path: "m.md", date: "2024-01-08", text: picked.map((q) => `- ${q}`).join("\n") }]).size).toBe(2);
  });
  it("asks for no more than the bank holds, and nothing from an empty bank", () => {
    expect(pickQuestions(bank, [], "Alex", 9)).toHaveLength(5);
    expect(pickQuestions([], [], "Alex", 2)).toEqual([]);
    expect(pickQuestions(bank, [], "Alex", 0)).toEqual([]);
  });
  it("different people may start at different questions", () => {
    const firsts = new Set(["Alex", "Sam", "Mei", "Jordan", "Priya", "Kai", "Noor"].map((p) => pickQuestions(bank, [], p, 1)[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });
  it("never repeats a question with a person until the whole bank was asked (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 15 }),
        fc.string({ maxLength: 12 }),
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }),
        (size, counts, person, noise) => {
          const bank = Array.from({ length: size }, (_, i) => `Question number ${i + 1} for you?`);
          const notes: { path: string; date: string; text: string }[] = [];
          const asked: string[] = [];
          counts.forEach((n, k) => {
            const picked = pickQuestions(bank, notes, person, n);
            expect(picked).toHaveLength(Math.min(n, size));
            asked.push(...picked);
            const date = `2024-01-${String(k + 1).padStart(2, "0")}`;
            // The note holds the picked questions among other text, as a real 1:1 note would.
            const text = [`# 1:1 ${date}`, ...noise.map((s) => s.replace(/question|[`~]/gi, "")), ...picked.map((q) => `- ${q}`), "## Notes", "- talked"].join("\n");
            notes.push({ path: `1-1s/P/${date}.md`, date, text });
          });
          // Cut the sequence of asked questions into rounds of the bank's size: each round asks every question once.
          for (let r = 0; r < asked.length; r += size) {
            const round = asked.slice(r, r + size);
            expect(new Set(round).size).toBe(round.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

// DESIGN.md: the handbook's worked example must raise no diagnostic, in every block form.
import { describe, expect, it } from "vitest";
import { lint } from "../../../src/core/feedback/lint";
import { HANDBOOK_EXAMPLE } from "../../../src/core/feedback/examples";
import { RULES } from "../../../src/core/feedback/rules";

const { facts, feelings, options, request } = HANDBOOK_EXAMPLE;
const everyRuleOn = Object.fromEntries(RULES.map((r) => [r.id, "hint" as const]));

describe("the handbook example", () => {
  const forms: Record<string, string> = {
    headings: `## Feedback for Dana\n\n### Facts\n\n${facts}\n\n### Feelings\n\n${feelings}\n\n### Options\n\n${options}\n\n### Request\n\n${request}\n`,
    callout: `> [!feedback] For Dana\n> **Facts:** ${facts}\n> **Feelings:** ${feelings}\n> **Options:** ${options}\n> **Request:** ${request}\n`,
    "labels under a heading": `### Feedback\n\n- Facts: ${facts}\n- Feelings and thoughts: ${feelings}\n- Questions: ${options}\n- Next steps: ${request}\n`,
    "aliases as sub-headings": `## Feedback\n\n### Situation\n${facts}\n### Impact\n${feelings}\n### Ideas\n${options}\n### Follow-up\n${request}\n`,
  };
  for (const [name, note] of Object.entries(forms)) {
    it(`raises nothing as ${name}`, () => {
      expect(lint(note, { noteDate: "2024-03-07", severities: everyRuleOn })).toEqual([]);
    });
  }

  it("is really checked: the same block with a bad Facts part is flagged", () => {
    const bad = forms.headings.replace(facts, "You are always so careless.");
    expect(lint(bad).map((d) => d.ruleId)).toEqual(expect.arrayContaining(["any/person-label", "facts/no-anchor", "facts/generalization"]));
  });
});

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
    "the handbook's own step names": `## Feedback\n\n### State facts\n\n${facts}\n\n### Own your feelings and thoughts\n\n${feelings}\n\n### Propose options\n\n${options}\n\n### Make a request\n\n${request}\n`,
    "numbered step names, any case": `## Feedback\n\n### Step 1: STATE THE FACTS\n\n${facts}\n\n### 2. own your feelings\n\n${feelings}\n\n### 3) Propose some options\n\n${options}\n\n### Step 4 - Make the request\n\n${request}\n`,
    "step names as callout labels": `> [!feedback]\n> **State facts:** ${facts}\n> **Own your feelings and thoughts:** ${feelings}\n> **Propose options:** ${options}\n> **Ask:** ${request}\n`,
  };
  for (const [name, note] of Object.entries(forms)) {
    it(`raises nothing as ${name}`, () => {
      expect(lint(note, { noteDate: "2024-03-07", severities: everyRuleOn })).toEqual([]);
    });
  }

  for (const name of ["headings", "the handbook's own step names", "numbered step names, any case", "step names as callout labels"]) {
    it(`is really checked as ${name}: the same block with a bad Facts part is flagged`, () => {
      const bad = forms[name].replace(facts, "You are always so careless.");
      expect(lint(bad).map((d) => d.ruleId)).toEqual(expect.arrayContaining(["any/person-label", "facts/no-anchor", "facts/generalization"]));
    });
  }
});

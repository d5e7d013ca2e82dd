import { describe, expect, it } from "vitest";
import moment from "moment";
import { planOneOnOne, pastNotesOf, type PlanInput } from "../../../src/core/templates/plan";
import { notesModel } from "../../../src/core/followups/notes-model";
import { DEFAULT_ONE_ON_ONE_TEMPLATE, DEFAULT_QUESTION_BANK } from "../../../src/core/templates/defaults";
import { parseQuestionBank } from "../../../src/core/templates/questions";
import { readTopics, removeTopics } from "../../../src/core/people/topics";
import { ALEX_NOTE, TODAY, VAULT, settings } from "./fixture-vault";

function input(vault: Record<string, string>, name: string, over: Partial<PlanInput> = {}, s = settings()): PlanInput {
  const model = notesModel(Object.entries(vault).map(([path, text]) => ({ path, text })), s, TODAY);
  const person = model.directory.get(name)!;
  return {
    person,
    date: TODAY,
    now: "10:30",
    notes: pastNotesOf(model.history.notesWith(person.name), (p) => vault[p]),
    personNoteText: vault[person.path] ?? null,
    template: DEFAULT_ONE_ON_ONE_TEMPLATE,
    bank: DEFAULT_QUESTION_BANK,
    items: model.items,
    settings: s,
    exists: (p) => p in vault,
    moment,
    ...over,
  };
}

/** The note the default template gives for Alex on 2024-05-08, questions aside (checked on their own below). */
const EXPECTED_ALEX = `---
type: one-on-one
person: "[[Alex Kim]]"
date: 2024-05-08
previous: "[[1-1s/Alex Kim/2024-05-01|2024-05-01]]"
---
# 1:1 with Alex Kim, Wednesday 8 May 2024

## Agenda
%% Share it beforehand with "Copy agenda for sharing": a conversation, not a status update. %%
- Promo packet timeline
- Runbook for the ledger consumer:
  give it a date or hand it to Jordan

## How they are
%% Instead of "how are you?", start with one of these. %%
QUESTIONS

## Follow-ups from last time
%% Open items with Alex Kim, live: tick them here. When things don't move, reconnect on priorities. %%
\`\`\`one-on-one
person: [[Alex Kim]]
show: open
\`\`\`

## Topics

## Feedback

### Facts
%% A concrete situation: when and where, what was said or done. %%

### Feelings
%% Own your feelings and thoughts; critique the behaviour, not the person. %%

### Options
%% Ask for their suggestions: it is their scenario to resolve. %%

### Request
%% Concrete actions, by when, and when you will talk again. %%

## Action items
%% One line each, with an owner and a due date: - [ ] @[[Alex Kim]] send the draft 📅 2024-05-15 %%

## Notes

> [!private] Private notes
> Left out when the agenda is copied for sharing (still in the file).
`;

describe("planOneOnOne with the default template", () => {
  const plan = planOneOnOne(input(VAULT, "AK"));
  if (plan.kind !== "create") throw new Error("expected a new note");

  it("puts the note at the pattern's path and fills every variable", () => {
    expect(plan.path).toBe("1-1s/Alex Kim/2024-05-08.md");
    expect(plan.unknownVariables).toEqual([]);
    const questions = /## How they are\n%%.*%%\n((?:- .*\n)*)/.exec(plan.content)![1];
    expect(plan.content.replace(questions, "QUESTIONS\n")).toBe(EXPECTED_ALEX);
  });

  it("picks two bank questions, none already asked with Alex", () => {
    const lines = /## How they are\n%%.*%%\n((?:- .*\n)*)/.exec(plan.content)![1].trim().split("\n");
    expect(lines).toHaveLength(2);
    const bank = parseQuestionBank(DEFAULT_QUESTION_BANK);
    for (const l of lines) expect(bank).toContain(l.slice(2));
    expect(lines).not.toContain("- What was the best part of your week, and the worst?");
  });

  it("moves the queued topics out of the person note, keeping every other byte", () => {
    expect(plan.personNoteEdit?.path).toBe("People/Alex Kim.md");
    expect(plan.personNoteEdit?.topics.map((t) => t.text)).toEqual(["Promo packet timeline", "Runbook for the ledger consumer:"]);
    const after = removeTopics(ALEX_NOTE, plan.personNoteEdit!.topics);
    expect(after).toBe(ALEX_NOTE.replace("- Promo packet timeline\n- Runbook for the ledger consumer:\n  give it a date or hand it to Jordan\n", ""));
    expect(readTopics(after!)).toEqual([]);
  });

  it("adds no action item: the open items of the vault are the same before and after", () => {
    const key = (i: { text: string; isOpen: boolean; person: string | null }) => `${i.text}|${i.person}`;
    const before = notesModel(Object.entries(VAULT).map(([path, text]) => ({ path, text })), settings(), TODAY).items.filter((i) => i.isOpen).map(key);
    const vaultAfter = { ...VAULT, [plan.path]: plan.content, "People/Alex Kim.md": removeTopics(ALEX_NOTE, plan.personNoteEdit!.topics)! };
    const after = notesModel(Object.entries(vaultAfter).map(([path, text]) => ({ path, text })), settings(), TODAY);
    expect(after.items.filter((i) => i.isOpen).map(key)).toEqual(before);
    // …and the new note is a 1:1 with Alex, found by its frontmatter.
    expect(after.history.notesWith("Alex Kim").map((n) => n.date)).toEqual(["2024-04-24", "2024-05-01", "2024-05-08"]);
  });

  it("the next plan for Alex does not repeat this note's questions", () => {
    const vaultAfter = { ...VAULT, [plan.path]: plan.content };
    const next = planOneOnOne(input(vaultAfter, "Alex Kim", { date: "2024-05-15" }));
    if (next.kind !== "create") throw new Error("expected a new note");
    const asked = (c: string) => /## How they are\n%%.*%%\n((?:- .*\n)*)/.exec(c)![1].trim().split("\n");
    for (const q of asked(next.content)) expect(asked(plan.content)).not.toContain(q);
    expect(next.content).toContain('previous: "[[1-1s/Alex Kim/2024-05-08|2024-05-08]]"');
  });
});

describe("planOneOnOne: existing notes and other templates", () => {
  it("opens the note of that day instead of writing, found by frontmatter even after a rename", () => {
    const vault = { ...VAULT, "Archive/renamed.md": "---\ntype: one-on-one\nperson: \"[[Alex]]\"\ndate: 2024-05-08\n---\n" };
    expect(planOneOnOne(input(vault, "Alex Kim"))).toEqual({ kind: "exists", path: "Archive/renamed.md", unknownVariables: [] });
  });
  it("never overwrites whatever sits at the path", () => {
    const vault = { ...VAULT, "1-1s/Alex Kim/2024-05-08.md": "a note someone wrote by hand\n" };
    expect(planOneOnOne(input(vault, "Alex Kim")).kind).toBe("exists");
  });
  it("makes a second note the same day with a suffix when allowed", () => {
    const vault = { ...VAULT, "1-1s/Alex Kim/2024-05-08.md": "---\ntype: one-on-one\nperson: \"[[Alex Kim]]\"\ndate: 2024-05-08\n---\n" };
    const plan = planOneOnOne(input(vault, "Alex Kim", {}, settings({ allowSameDayNote: true })));
    expect(plan.kind === "create" && plan.path).toBe("1-1s/Alex Kim/2024-05-08 (2).md");
  });
  it("adds the 1:1 frontmatter a user template leaves out and reports unknown variables", () => {
    const plan = planOneOnOne(input(VAULT, "Sam", { template: "# {{title}} with {{person}} ({{mood}})\n{{followups_snapshot}}\n" }));
    expect(plan).toEqual({
      kind: "create",
      path: "1-1s/Sam O'Brien/2024-05-08.md",
      content:
        '---\ntype: one-on-one\nperson: "[[Sam O\'Brien]]"\ndate: 2024-05-08\n---\n# 2024-05-08 with Sam O\'Brien ({{mood}})\n' +
        "- Sam O'Brien: Sam to write up the incident · overdue since 2024-04-20 · [[1-1s/Sam O'Brien/2024-04-10|2024-04-10]]\n",
      personNoteEdit: null,
      unknownVariables: ["{{mood}}"],
      frontmatterError: null,
    });
  });
  it("completes a template's partial frontmatter without duplicating keys", () => {
    const plan = planOneOnOne(input(VAULT, "Mei Chen", { template: "---\ntags: [1-1]\nperson:\n---\nBody\n" }));
    expect(plan.kind === "create" && plan.content).toBe('---\ntype: one-on-one\nperson: "[[Mei Chen]]"\ndate: 2024-05-08\ntags: [1-1]\n---\nBody\n');
  });
  it("the snapshot lists open items with links and no checkboxes; topics stay when the template has no {{agenda}}", () => {
    const plan = planOneOnOne(input(VAULT, "Alex Kim", { template: "---\ntype: one-on-one\nperson: \"{{person_link}}\"\ndate: {{date}}\n---\n{{followups_snapshot}}\n{{questions:1}}\n{{questions:1}}\n" }));
    if (plan.kind !== "create") throw new Error("expected a new note");
    expect(plan.personNoteEdit).toBeNull();
    const lines = plan.content.split("\n").slice(5);
    expect(lines.slice(0, 4)).toEqual([
      "- Alex Kim: Send the Q3 numbers · overdue since 2024-05-01 · carried 1× · [[1-1s/Alex Kim/2024-04-24#^q3|2024-04-24]]",
      "- Unassigned: Ask [[Alex Kim]] about consumer lag · due today · [[Projects/Ledger|Ledger]]",
      "- Dana Reyes: Review the retry-budget RFC · due 2024-05-10 · [[1-1s/Alex Kim/2024-05-01|2024-05-01]]",
      "- Alex Kim: Draft the runbook outline · [[1-1s/Alex Kim/2024-05-01|2024-05-01]]",
    ]);
    // Two {{questions:1}} in one template continue the rotation rather than repeat.
    expect(lines[4]).not.toBe(lines[5]);
  });
});

describe("the default template's action item example", () => {
  it("round-trips: the owner written for a person of two words is that person, and the text is the rest", () => {
    const plan = planOneOnOne(input(VAULT, "Alex Kim"));
    if (plan.kind !== "create") throw new Error(plan.kind);
    const example = /%% One line each, with an owner and a due date: (- \[ \] .*) %%/.exec(plan.content)![1];
    const m = notesModel([...Object.entries(VAULT).map(([path, text]) => ({ path, text })), { path: "x.md", text: example + "\n" }], settings(), TODAY, moment);
    const item = m.items.find((i) => i.path === "x.md")!;
    expect([item.owner, item.text, item.due]).toEqual(["Alex Kim", "send the draft", "2024-05-15"]);
  });
});

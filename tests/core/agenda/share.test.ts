import { describe, expect, it } from "vitest";
import { agendaForSharing, plainLinks } from "../../../src/core/agenda/share";
import { agendaCursor } from "../../../src/core/agenda/cursor";
import { notesModel } from "../../../src/core/followups/notes-model";
import { VAULT, settings } from "../templates/fixture-vault";

const NOTE = `---
type: one-on-one
person: "[[Alex Kim]]"
date: 2024-05-08
---
# 1:1 with Alex Kim

## Agenda
%% shared beforehand %%
- Promo packet timeline
- Runbook: see [[Projects/Ledger|the ledger note]] %% my aside %%
> [!private] Why I want to raise it
> He sounded tired last week.
>> nested, still private
- Offsite dates

> [!note] Shared callout
> Bring the budget.

## How they are
- not shared

## Topics
- Hiring plan
  > [!PRIVATE]- collapsed private
  > salary numbers

\`\`\`one-on-one
person: [[Alex Kim]]
show: open
\`\`\`

## Feedback
### Facts
- not shared
`;

const m = notesModel(Object.entries(VAULT).map(([path, text]) => ({ path, text })), settings(), "2024-05-08");

describe("agendaForSharing", () => {
  it("copies agenda, topics and open follow-ups, leaving private callouts, comments and the live block out", () => {
    expect(agendaForSharing({ text: NOTE, person: "Alex Kim", date: "2024-05-08", items: m.items, today: "2024-05-08", myName: "Dana Reyes" })).toBe(`# 1:1 with Alex Kim, 2024-05-08

## Agenda
- Promo packet timeline
- Runbook: see the ledger note
- Offsite dates

> [!note] Shared callout
> Bring the budget.

## Topics
- Hiring plan

## Open follow-ups
- Alex Kim: Send the Q3 numbers (overdue since 2024-05-01)
- Unassigned: Ask Alex Kim about consumer lag (due 2024-05-08)
- Dana Reyes: Review the retry-budget RFC (due 2024-05-10)
- Alex Kim: Draft the runbook outline
`);
  });
  it("leaves out open follow-ups written inside a private callout, however deeply nested", () => {
    const vault = {
      ...VAULT,
      "1-1s/Alex Kim/2024-05-02.md": `---
type: one-on-one
person: "[[Alex Kim]]"
date: 2024-05-02
---
## Action items
- [ ] Share the offsite plan @me
> [!private] Mine
> - [ ] Ask HR about the salary band @me
>> [!note] Numbers
>> - [ ] Check the retention numbers @me

> [!note] Shared
> - [ ] Send the slides @me
`,
    };
    const items = notesModel(Object.entries(vault).map(([path, text]) => ({ path, text })), settings(), "2024-05-08").items;
    // Still followed up everywhere else: only sharing leaves them out.
    expect(items.filter((i) => i.path === "1-1s/Alex Kim/2024-05-02.md").map((i) => [i.text, i.callouts])).toEqual([
      ["Share the offsite plan", []],
      ["Ask HR about the salary band", ["private"]],
      ["Check the retention numbers", ["private", "note"]],
      ["Send the slides", ["note"]],
    ]);
    const out = agendaForSharing({ text: NOTE, person: "Alex Kim", date: "2024-05-08", items, today: "2024-05-08", myName: "Dana Reyes" });
    expect(out).toContain("- Dana Reyes: Share the offsite plan\n");
    expect(out).toContain("- Dana Reyes: Send the slides\n");
    expect(out).not.toContain("salary band");
    expect(out).not.toContain("retention");
  });
  it("works on a note without those sections or person", () => {
    expect(agendaForSharing({ text: "# Just notes\n", person: null, date: null, items: [], today: "2024-05-08", myName: "" })).toBe("# 1:1\n");
    expect(agendaForSharing({ text: "## Agenda\n\n## Topics\n", person: "Sam", date: null, items: [], today: "2024-05-08", myName: "" })).toBe(
      "# 1:1 with Sam\n\n## Agenda\n- (nothing yet)\n\n## Topics\n- (nothing yet)\n\n## Open follow-ups\n- Nothing open.\n",
    );
  });
  it("turns wikilinks into their text", () => {
    expect(plainLinks("[[a/b|Label]], [[a/Note#Head]], ![[img.png]], [[x|]]")).toBe("Label, Note, img.png, x");
  });
});

describe("agendaCursor", () => {
  it("goes after the last agenda item", () => {
    expect(agendaCursor(NOTE)).toEqual({ line: 17, ch: "> Bring the budget.".length });
  });
  it("goes to the empty line under the heading and its comment when the agenda is empty", () => {
    expect(agendaCursor("# T\n\n## Agenda\n%% hint %%\n\n\n## Next\n")).toEqual({ line: 4, ch: 0 });
    expect(agendaCursor("## Agenda\n## Next")).toEqual({ line: 0, ch: 9 });
    expect(agendaCursor("no agenda")).toBeNull();
  });
});

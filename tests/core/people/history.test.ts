import { describe, expect, it } from "vitest";
import { dueList, dueOnOrBefore, personDue } from "../../../src/core/people/history";
import { notesModel } from "../../../src/core/followups/notes-model";
import { VAULT, settings } from "../templates/fixture-vault";

function model(vault: Record<string, string>, today: string) {
  return notesModel(Object.entries(vault).map(([path, text]) => ({ path, text })), settings(), today);
}

const oneOnOne = (person: string, date: string) => `---\ntype: one-on-one\nperson: "[[${person}]]"\ndate: ${date}\n---\n`;

describe("personDue", () => {
  it("weekly Alex, last met 2024-05-01: due 2024-05-08, one day overdue on the 9th", () => {
    const m = model(VAULT, "2024-05-09");
    const d = personDue(m.directory.get("Alex Kim")!, m.history, "2024-05-09")!;
    expect(d).toMatchObject({ person: "Alex Kim", cadence: "weekly", next: "2024-05-08", overdueDays: 1, scheduled: false });
    expect(d.last).toEqual({ path: "1-1s/Alex Kim/2024-05-01.md", date: "2024-05-01" });
  });
  it("a note dated today moves the next date a cadence on", () => {
    const m = model({ ...VAULT, "x/today.md": oneOnOne("AK", "2024-05-08") }, "2024-05-08");
    expect(personDue(m.directory.get("Alex Kim")!, m.history, "2024-05-08")).toMatchObject({ next: "2024-05-15", overdueDays: 0 });
  });
  it("a note already written for a later day is the next 1:1", () => {
    const m = model({ ...VAULT, "x/later.md": oneOnOne("Alex Kim", "2024-05-20") }, "2024-05-12");
    expect(personDue(m.directory.get("Alex Kim")!, m.history, "2024-05-12")).toMatchObject({ next: "2024-05-20", overdueDays: 0, scheduled: true });
  });
  it("someone never met is due today; someone without cadence is not listed", () => {
    const m = model(VAULT, "2024-05-08");
    expect(personDue(m.directory.get("Mei Chen")!, m.history, "2024-05-08")).toMatchObject({ last: null, next: "2024-05-08", overdueDays: 0, cadence: "every 10 days" });
    expect(personDue(m.directory.get("Jordan Lee")!, m.history, "2024-05-08")).toBeNull();
  });
});

describe("dueList", () => {
  it("lists people with a cadence, earliest next date first", () => {
    const m = model(VAULT, "2024-05-08");
    const list = dueList(m.directory, m.history, "2024-05-08");
    // Sam (biweekly) last met 2024-04-10 → due 2024-04-24, 14 days overdue.
    expect(list.map((d) => [d.person, d.next, d.overdueDays])).toEqual([
      ["Sam O'Brien", "2024-04-24", 14],
      ["Alex Kim", "2024-05-08", 0],
      ["Mei Chen", "2024-05-08", 0],
    ]);
    expect(dueOnOrBefore(list, "2024-05-07").map((d) => d.person)).toEqual(["Sam O'Brien"]);
  });
});

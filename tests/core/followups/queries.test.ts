import { describe, expect, it } from "vitest";
import { isKnownPerson, queryItems } from "../../../src/core/followups/follow-ups";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { followUpIndex } from "./follow-up-vault";

// tests/core/people/follow-up-vault.ts, on 2024-05-30 with due-soon = 7 days:
//   Alex Kim:  "Pick a cross-team project" (@Alex, due 05-20: overdue), "Draft the review" (due 05-31, created 04-01: stale),
//              "Send Alex the promo packet" (@me), "Share the plan" (linked from a project note)
//   Sam:       "Ask @Sam about the on-call rota" (due 06-03), "Review [[Sam O'Brien]]'s RFC" (@me)
//   nobody:    "Loose end" (scratch note in the 1:1 folder), "Call @Jordan" (unknown owner), "Nobody's item"
//   closed:    "Book the room" (done); the template's item is in an excluded folder.
const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes", dueSoonDays: 7 };
const TODAY = "2024-05-30";
const firstWords = (items: readonly { text: string }[]) => items.map((i) => i.text.split(" ")[0]);

describe("queryItems", () => {
  const index = followUpIndex();
  const model = queryItems(index, TODAY, settings);

  it("counts open items by state and direction", () => {
    expect(model.counts).toEqual({ total: 9, open: 9, overdue: 1, dueSoon: 2, stale: 1, iOwe: 2, theyOwe: 3, unassigned: 4 });
  });

  it("groups by person in name order, nobody last, overdue first then by due date, note and line", () => {
    expect(model.groups.map((g) => [g.person, g.items.map((i) => i.text)])).toEqual([
      ["Alex Kim", ["Pick a cross-team project", "Draft the review for [[Alex Kim]]", "Send Alex the promo packet", "Share the plan with [[Alex Kim]]"]],
      ["Sam O'Brien", ["Ask about the on-call rota", "Review [[Sam O'Brien]]'s RFC"]],
      [null, ["Loose end from a scratch note", "Call about the offsite", "Nobody's item"]],
    ]);
    expect(model.groups[0].counts).toMatchObject({ open: 4, overdue: 1, dueSoon: 1, stale: 1 });
    expect(model.items[0].text).toBe("Pick a cross-team project");
  });

  it("filters by person (name or alias), direction and urgency", () => {
    expect(queryItems(index, TODAY, settings, { person: "AK" }).items).toHaveLength(4);
    expect(queryItems(index, TODAY, settings, { person: null }).items).toHaveLength(3);
    expect(firstWords(queryItems(index, TODAY, settings, { direction: "i-owe" }).items)).toEqual(["Send", "Review"]);
    const overdue = queryItems(index, TODAY, settings, { only: "overdue" });
    expect(overdue.items.map((i) => i.text)).toEqual(["Pick a cross-team project"]);
    expect(overdue.counts.open).toBe(9); // counts cover the selection before `only`
    expect(queryItems(index, TODAY, settings, { only: "due-soon" }).items.map((i) => i.due)).toEqual(["2024-05-31", "2024-06-03"]);
    expect(queryItems(index, TODAY, settings, { only: "stale" }).items).toHaveLength(1);
  });

  it("shows closed items with show: all", () => {
    const all = queryItems(index, TODAY, settings, { show: "all" });
    expect(all.counts.total).toBe(10);
    expect(all.items.find((i) => i.state === "done")!.text).toBe("Book the room");
  });

  it("returns the same model until the index, today or settings change", () => {
    expect(queryItems(index, TODAY, settings)).toBe(model);
    expect(queryItems(index, "2024-05-31", settings)).not.toBe(model);
    index.update("Projects/Plan.md", "# Plan\n");
    const after = queryItems(index, TODAY, settings);
    expect(after.counts.open).toBe(7);
    expect(after.revision).toBe(index.revision);
  });

  it("knows people from person notes and from items", () => {
    expect(isKnownPerson(index, "sam", TODAY, settings)).toBe(true);
    expect(isKnownPerson(index, "Jordan", TODAY, settings)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { cancelItem, completeItem, forwardItem, rescheduleItem, uncompleteItem, type EditResult } from "../../../src/core/actions/edits";
import { parseActions } from "../../../src/core/actions/parse";

const TODAY = "2024-05-06";

const note = `---
type: one-on-one
person: "[[Alex Kim]]"
---
# 1:1 with Alex Kim

## Action items
- [ ] @alex send the deck 📅 2024-05-10 ^deck
- [x] @me book the room ✅ 2024-05-01
- [ ] draft the plan [due:: 2024-05-20T09:00] [completion:: 2024-05-02]
- [ ] no dates at all
- [-] dropped ❌ 2024-05-03
- [ ] shared line
- [ ] shared line

\`\`\`
- [ ] looks like a task in code
\`\`\`
`;

/** The item on a line, as the dashboard would hold it. */
function at(text: string, line: number): { line: number; original: string } {
  const item = parseActions("n.md", text).find((i) => i.line === line);
  if (!item) throw new Error(`no item on line ${line}`);
  return { line: item.line, original: item.original };
}

function lineOf(r: EditResult): string {
  if (!r.ok) throw new Error(r.reason);
  return r.text.split(/\r\n|\n|\r/)[r.line - 1];
}

describe("completeItem", () => {
  it("writes [x] and a done date before the block id", () => {
    const r = completeItem(note, at(note, 8), TODAY);
    expect(r).toMatchObject({ ok: true, line: 8 });
    expect(lineOf(r)).toBe("- [x] @alex send the deck 📅 2024-05-10 ✅ 2024-05-06 ^deck");
  });
  it("writes the Dataview form or no date when asked", () => {
    expect(lineOf(completeItem(note, at(note, 11), TODAY, { doneDate: "dataview" }))).toBe("- [x] no dates at all [completion:: 2024-05-06]");
    expect(lineOf(completeItem(note, at(note, 11), TODAY, { doneDate: "none" }))).toBe("- [x] no dates at all");
  });
  it("does not add a second done date", () => {
    expect(lineOf(completeItem(note, at(note, 10), TODAY))).toBe("- [x] draft the plan [due:: 2024-05-20T09:00] [completion:: 2024-05-02]");
    expect(lineOf(completeItem(note, at(note, 9), TODAY))).toBe("- [x] @me book the room ✅ 2024-05-01");
  });
  it("keeps every other byte: CRLF, BOM and a missing final newline", () => {
    const text = "\uFEFF# Notes\r\n- [ ] one\r\n- [ ] two  \r\nend";
    const r = completeItem(text, at(text, 3), TODAY);
    expect(r).toEqual({ ok: true, line: 3, text: "\uFEFF# Notes\r\n- [ ] one\r\n- [x] two ✅ 2024-05-06  \r\nend" });
  });
  it("replaces a status written with an emoji (two UTF-16 units)", () => {
    const text = "- [😀] celebrate ^party";
    expect(lineOf(completeItem(text, at(text, 1), TODAY))).toBe("- [x] celebrate ✅ 2024-05-06 ^party");
  });
  it("completes an empty task and one inside a callout", () => {
    const text = "- [ ]\n> [!todo]\n> - [ ] quoted";
    expect(lineOf(completeItem(text, at(text, 1), TODAY))).toBe("- [x] ✅ 2024-05-06");
    expect(lineOf(completeItem(text, at(text, 3), TODAY))).toBe("> - [x] quoted ✅ 2024-05-06");
  });
});

describe("uncompleteItem", () => {
  it("writes [ ] and removes the done date in either form, keeping the block id", () => {
    const text = "- [x] a ✅ 2024-05-01 ^id\n- [x] b [completion:: 2024-05-02] c\n- [X] ✅ 2024-05-03 d";
    expect(lineOf(uncompleteItem(text, at(text, 1), TODAY))).toBe("- [ ] a ^id");
    expect(lineOf(uncompleteItem(text, at(text, 2), TODAY))).toBe("- [ ] b c");
    expect(lineOf(uncompleteItem(text, at(text, 3), TODAY))).toBe("- [ ] d");
  });
});

describe("cancelItem", () => {
  it("writes [-] and a cancelled date, unless one is there or the option is off", () => {
    expect(lineOf(cancelItem(note, at(note, 8), TODAY))).toBe("- [-] @alex send the deck 📅 2024-05-10 ❌ 2024-05-06 ^deck");
    expect(lineOf(cancelItem(note, at(note, 8), TODAY, { cancelledDate: false }))).toBe("- [-] @alex send the deck 📅 2024-05-10 ^deck");
    expect(lineOf(cancelItem(note, at(note, 12), TODAY))).toBe("- [-] dropped ❌ 2024-05-03");
  });
});

describe("rescheduleItem", () => {
  it("replaces the leftmost due date in place, keeping its form", () => {
    expect(lineOf(rescheduleItem(note, at(note, 8), TODAY, "2024-06-01"))).toBe("- [ ] @alex send the deck 📅 2024-06-01 ^deck");
    expect(lineOf(rescheduleItem(note, at(note, 10), TODAY, "2024-06-02"))).toBe("- [ ] draft the plan [due:: 2024-06-02T09:00] [completion:: 2024-05-02]");
    const text = "- [ ] a 📆2024-02-30 then 📅 2024-03-01\n- [ ] b (due::  tomorrow )";
    expect(lineOf(rescheduleItem(text, at(text, 1), TODAY, "2024-03-05"))).toBe("- [ ] a 📆2024-03-05 then 📅 2024-03-01");
    expect(lineOf(rescheduleItem(text, at(text, 2), TODAY, "2024-03-06"))).toBe("- [ ] b (due::  2024-03-06 )");
  });
  it("appends a due date before the block id when there is none", () => {
    expect(lineOf(rescheduleItem(note, at(note, 11), TODAY, "2024-06-03"))).toBe("- [ ] no dates at all 📅 2024-06-03");
    const text = "- [ ] keep the id last   ^abc";
    expect(lineOf(rescheduleItem(text, at(text, 1), TODAY, "2024-06-04"))).toBe("- [ ] keep the id last 📅 2024-06-04   ^abc");
  });
  it("refuses a date that does not exist", () => {
    expect(rescheduleItem(note, at(note, 8), TODAY, "2024-02-30")).toEqual({ ok: false, reason: '"2024-02-30" is not a date (YYYY-MM-DD).' });
    expect(completeItem(note, at(note, 8), "tomorrow").ok).toBe(false);
  });
});

describe("forwardItem", () => {
  it("writes [>] and nothing else", () => {
    expect(lineOf(forwardItem(note, at(note, 11), TODAY))).toBe("- [>] no dates at all");
  });
});

describe("finding the line (DESIGN.md: writing back safely)", () => {
  it("follows the line when lines were added above it", () => {
    const target = at(note, 8);
    const moved = note.replace("## Action items\n", "## Action items\nA new paragraph.\n\n");
    const r = completeItem(moved, target, TODAY);
    expect(r).toMatchObject({ ok: true, line: 10 });
    expect(lineOf(r)).toContain("- [x] @alex send the deck");
  });
  it("refuses when the line changed", () => {
    const target = at(note, 8);
    const changed = note.replace("send the deck", "send the slides");
    expect(completeItem(changed, target, TODAY)).toEqual({ ok: false, reason: "The note changed: the item's line is no longer there." });
  });
  it("refuses when the line moved and now appears twice", () => {
    const target = at(note, 13);
    const moved = note.replace("## Action items\n", "## Action items\n\n");
    expect(completeItem(moved, target, TODAY)).toEqual({ ok: false, reason: "The note changed: the item's line now appears 2 times, so none was edited." });
    expect(completeItem(note, target, TODAY)).toMatchObject({ ok: true, line: 13 });
  });
  it("refuses a line that is not a task, even with the same text", () => {
    const original = "- [ ] looks like a task in code";
    expect(completeItem(note, { line: 17, original }, TODAY)).toEqual({ ok: false, reason: "Line 17 is not a task." });
    expect(completeItem(note, { line: 5, original: "# 1:1 with Alex Kim" }, TODAY)).toEqual({ ok: false, reason: "Line 5 is not a task." });
  });
  it("returns the text unchanged when there is nothing to do", () => {
    const text = "- [ ] open already";
    expect(uncompleteItem(text, at(text, 1), TODAY)).toEqual({ ok: true, text, line: 1 });
  });
});

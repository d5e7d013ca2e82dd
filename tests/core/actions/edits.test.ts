import { describe, expect, it } from "vitest";
import { cancelItem, completeItem, delegateItem, forwardItem, rescheduleItem, uncompleteItem, type EditResult } from "../../../src/core/actions/edits";
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
  it("keeps exactly one done date, today's: the one there gets today's date in place, in its form", () => {
    expect(lineOf(completeItem(note, at(note, 10), TODAY))).toBe("- [x] draft the plan [due:: 2024-05-20T09:00] [completion:: 2024-05-06]");
  });
  it("leaves an item already done with its done date as it is", () => {
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

// Edits that make sense (issue 9): each fixture line is what a note holds, the expectation what the edit leaves.
describe("status edits keep the dates consistent", () => {
  const cases: [name: string, edit: (text: string) => EditResult, before: string, after: string][] = [
    ["complete a cancelled item", (t) => completeItem(t, at(t, 1), TODAY), "- [-] book the offsite ❌ 2024-05-03 ^off", "- [x] book the offsite ✅ 2024-05-06 ^off"],
    ["complete a cancelled item (Dataview form)", (t) => completeItem(t, at(t, 1), TODAY), "- [-] book the offsite [cancelled:: 2024-05-03] later", "- [x] book the offsite later ✅ 2024-05-06"],
    ["complete an open item with two done dates", (t) => completeItem(t, at(t, 1), TODAY), "- [ ] ship it ✅ 2024-05-01 📅 2024-05-02 ✅ 2024-05-03", "- [x] ship it ✅ 2024-05-06 📅 2024-05-02"],
    ["complete a done item with two done dates: the first stays", (t) => completeItem(t, at(t, 1), TODAY), "- [X] ship it ✅ 2024-05-01 📅 2024-05-02 ✅ 2024-05-03", "- [X] ship it ✅ 2024-05-01 📅 2024-05-02"],
    ["complete with no date stamp, a done date already there", (t) => completeItem(t, at(t, 1), TODAY, { doneDate: "none" }), "- [ ] ship it ✅ 2024-05-01", "- [x] ship it ✅ 2024-05-06"],
    ["cancel a done item", (t) => cancelItem(t, at(t, 1), TODAY), "- [x] @me write the review ✅ 2024-05-01 ^rev", "- [-] @me write the review ❌ 2024-05-06 ^rev"],
    ["cancel a done item (Dataview form), date option off", (t) => cancelItem(t, at(t, 1), TODAY, { cancelledDate: false }), "- [x] write the review [completion:: 2024-05-01]", "- [-] write the review"],
    ["uncomplete a done item", (t) => uncompleteItem(t, at(t, 1), TODAY), "- [x] send notes ✅ 2024-05-01 📅 2024-05-02", "- [ ] send notes 📅 2024-05-02"],
    ["reopen a cancelled item", (t) => uncompleteItem(t, at(t, 1), TODAY), "> - [-] dropped ❌ 2024-05-03 (cancelled:: 2024-05-04)", "> - [ ] dropped"],
  ];
  for (const [name, edit, before, after] of cases) {
    it(name, () => {
      const r = edit(before);
      expect(lineOf(r)).toBe(after);
      const item = parseActions("n.md", after)[0];
      expect(item.done === null || item.done === TODAY || name.includes("done item with")).toBe(true);
      if (item.state === "done") expect(item.cancelled).toBeNull();
      if (item.state === "cancelled") expect(item.done).toBeNull();
    });
  }
});

describe("delegateItem", () => {
  const cases: [name: string, before: string, owner: string, after: string][] = [
    ["appends @Name before the block id", "- [ ] send the deck 📅 2024-05-10 ^deck", "Sam", "- [ ] send the deck 📅 2024-05-10 @Sam ^deck"],
    ["writes a name with a space as a link", "- [ ] send the deck", "Alex Kim", "- [ ] send the deck @[[Alex Kim]]"],
    ["replaces an @mention owner where it is written", "- [ ] @alex send the deck 📅 2024-05-10", "Sam O'Brien", "- [ ] @[[Sam O'Brien]] send the deck 📅 2024-05-10"],
    ["replaces an @[[link]] owner", "- [ ] review @[[Alex Kim]] today", "@me", "- [ ] review @me today"],
    ["replaces an owner field's value, keeping the link form", "- [ ] review [owner:: [[Alex Kim|AK]]] ^r", "Sam", "- [ ] review [owner:: [[Sam]]] ^r"],
    ["replaces a plain owner field's value", "- [ ] review (owner:: Mei) soon", "Jordan Lee", "- [ ] review (owner:: Jordan Lee) soon"],
    ["takes an owner as written", "- [ ] plan", "[owner:: [[Mei Chen]]]", "- [ ] plan @[[Mei Chen]]"],
    ["leaves links and other mentions alone", "- [ ] ask [[Sam]] about it", "Alex", "- [ ] ask [[Sam]] about it @Alex"],
  ];
  for (const [name, before, owner, after] of cases) {
    it(name, () => {
      const r = delegateItem(before, at(before, 1), TODAY, owner);
      expect(lineOf(r)).toBe(after);
    });
  }
  it("refuses names that would not read back as themselves", () => {
    const text = "- [ ] plan";
    expect(delegateItem(text, at(text, 1), TODAY, "  ")).toEqual({ ok: false, reason: "An owner needs a name." });
    for (const bad of ["Alex]]", "A|B", "Sam#1", "Team/Alex", "x\nsecond line", "(owner:: )"]) expect(delegateItem(text, at(text, 1), TODAY, bad).ok).toBe(false);
  });
  it("refuses a changed line like every edit", () => {
    const text = "- [ ] plan";
    expect(delegateItem("- [ ] plan it", { line: 1, original: "- [ ] plan" }, TODAY, "Sam").ok).toBe(false);
    expect(delegateItem(text, at(text, 1), TODAY, "Sam")).toEqual({ ok: true, line: 1, text: "- [ ] plan @Sam" });
  });
});

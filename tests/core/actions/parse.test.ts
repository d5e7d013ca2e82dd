import { describe, expect, it } from "vitest";
import { parseActions } from "../../../src/core/actions/parse";
import type { ActionItem } from "../../../src/core/actions/types";

const note = [
  "---",
  "type: one-on-one",
  'person: "[[Alex Kim]]"',
  "---",
  "## Action items",
  "- [ ] @alex draft the [[Q3 plan]] #okr 📅 2024-06-03 ⏳ 2024-05-30 🔼 ^plan",
  "    - [/] collect numbers from [[People/Sam Lee|Sam]] (owner:: [[Mei Chen]])",
].join("\n");

describe("parseActions", () => {
  it("reads every field of an item", () => {
    const [first] = parseActions("1-1s/Alex Kim/2024-05-27.md", note);
    const expected: ActionItem = {
      path: "1-1s/Alex Kim/2024-05-27.md",
      line: 6,
      original: "- [ ] @alex draft the [[Q3 plan]] #okr 📅 2024-06-03 ⏳ 2024-05-30 🔼 ^plan",
      status: " ",
      state: "open",
      isOpen: true,
      text: "draft the [[Q3 plan]] #okr",
      due: "2024-06-03",
      scheduled: "2024-05-30",
      start: null,
      created: null,
      done: null,
      cancelled: null,
      priority: "medium",
      recurrence: null,
      tags: ["okr"],
      blockId: "plan",
      ownerRaw: "@alex",
      mentions: ["Q3 plan"],
      heading: "Action items",
      parentLine: null,
      quoteDepth: 0,
      callouts: [],
      problems: [],
    };
    expect(first).toEqual(expected);
  });

  it("links a nested item to its parent and prefers the owner field over mentions", () => {
    const second = parseActions("n.md", note)[1];
    expect(second).toMatchObject({ line: 7, status: "/", state: "in-progress", parentLine: 6, ownerRaw: "(owner:: [[Mei Chen]])", mentions: ["Sam Lee"] });
    expect(second.text).toBe("collect numbers from [[People/Sam Lee|Sam]]");
  });

  it("does not carry fields from one line to the next", () => {
    const items = parseActions("n.md", "- [ ] @alex a 📅 2024-01-02 #t ^id\n- [ ] b\n- [ ] [owner:: Sam] c 📅 2024-01-02 📅 2024-01-03\n- [ ] d");
    expect(items[1]).toMatchObject({ text: "b", ownerRaw: null, due: null, tags: [], blockId: null, mentions: [], problems: [] });
    expect(items[3]).toMatchObject({ text: "d", ownerRaw: null, due: null, problems: [] });
  });

  it("returns results that do not share anything writable between parses", () => {
    const a = parseActions("n.md", note);
    a[0].tags.push("changed");
    expect(parseActions("n.md", note)[0].tags).toEqual(["okr"]);
    // Empty lists are one shared frozen array: writing to one fails loudly instead of changing every item.
    expect(Object.isFrozen(a[0].problems)).toBe(true);
    expect(() => a[0].problems.push("changed")).toThrow(TypeError);
    expect(parseActions("n.md", note)[0].problems).toEqual([]);
  });

  it("tells which callouts an item sits in, outermost first, closing them where the quote ends", () => {
    const text = [
      "> [!Private] Salary talk", //          1
      "> - [ ] Check the band @me", //        2
      ">> [!note]- Folded", //                3
      ">> - [ ] Nested note item", //         4
      "> - [ ] Back in the private one", //   5
      "> [!info] not a new callout", //       6
      "> - [ ] Still private", //             7
      "", //                                  8
      "- [ ] Outside", //                     9
      "> Plain quote", //                     10
      ">> [!todo]", //                        11
      ">> - [ ] Callout in a plain quote", // 12
      "> - [ ] Plain quote again", //         13
      "```", //                               14
      "> [!private]", //                      15
      "```", //                               16
      "- [ ] After a fence", //               17
    ].join("\n");
    const byLine = Object.fromEntries(parseActions("n.md", text).map((i) => [i.line, i.callouts]));
    expect(byLine).toEqual({
      2: ["private"], 4: ["private", "note"], 5: ["private"], 7: ["private"], 9: [], 12: ["todo"], 13: [], 17: [],
    });
  });

  it("numbers lines the way splitText does for mixed line endings", () => {
    const items = parseActions("n.md", "a\r\n- [ ] two\rb\n- [ ] four\r\n\r\n- [ ] six");
    expect(items.map((i) => [i.line, i.text])).toEqual([[2, "two"], [4, "four"], [6, "six"]]);
  });

  it("treats custom statuses as open unless listed as closed", () => {
    const text = "- [?] question\n- [!] important";
    expect(parseActions("n.md", text).map((i) => i.isOpen)).toEqual([true, true]);
    expect(parseActions("n.md", text, { statuses: { closed: "?!" } }).map((i) => i.isOpen)).toEqual([false, false]);
    expect(parseActions("n.md", "- [x] done\n- [>] moved", { statuses: { closed: "" } }).map((i) => i.isOpen)).toEqual([false, false]);
  });

  it("never throws on malformed lines", () => {
    const nasty = [
      "- [ ] [[[[", "- [ ] [due:: [[[", "- [ ] (due::", "- [ ] \ud83d", "- [\ud83d] lone surrogate", "- [ ] @", "- [ ] #", "- [ ] 📅",
      "- [ ] 🔁", "- [ ] ^", "- [ ] `", "- [ ] <!--", "- [ ] [constructor:: x] [__proto__:: y]", "- [ ] @[[", "- [ ] [[a]]]",
      `- [ ] ${"[".repeat(5000)}`, `- [ ] ${"(a:: ".repeat(500)}`, "- [ ] \\[due:: 2024-01-01\\]",
    ].join("\n");
    const items = parseActions("n.md", nasty);
    expect(items).toHaveLength(nasty.split("\n").length);
    expect(items[12]).toMatchObject({ text: "[constructor:: x] [__proto__:: y]", problems: [] });
  });

  it("reads each line on its own: unclosed brackets, comments and code spans do not make parsing quadratic", () => {
    const line = "- [ ] [[open link <!-- open comment `open code (due:: x [owner:: y";
    const text = Array.from({ length: 40000 }, () => line).join("\n");
    const t0 = performance.now();
    const items = parseActions("n.md", text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(items).toHaveLength(40000);
    expect(items[39999].text).toBe("[[open link <!-- open comment `open code (due:: x [owner:: y");
  });
});

import { ActionIndex } from "../../../src/core/vault/index-store";
import { describe, expect, it } from "vitest";
import { compareItems } from "../../../src/core/followups/compare";
import { queryItems, resolvedItems } from "../../../src/core/followups/follow-ups";
import { dashboardModel, matchesFilter, parseFilter, type DashboardInput } from "../../../src/core/followups/dashboard-model";
import { dueList } from "../../../src/core/people/history";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { followUpIndex } from "./follow-up-vault";

// tests/core/people/follow-up-vault.ts on 2024-05-30 (see tests/core/actions/queries.test.ts for its items):
// Sam (weekly, last 1:1 05-20) is due; Alex (biweekly) has a 1:1 note prepared for 06-12.
const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes" };
const TODAY = "2024-05-30";

function input(over: Partial<DashboardInput> = {}, today = TODAY): DashboardInput {
  const index = followUpIndex();
  const directory = index.directory({ name: settings.myName, aliases: [] });
  return {
    today,
    open: queryItems(index, today, settings).items,
    all: null,
    due: dueList(directory, index.history(directory), today),
    dueSoonDays: 7,
    filter: parseFilter(""),
    rowsPerGroup: 10,
    dueRows: 5,
    setup: { myName: settings.myName, people: directory.all().length, peopleFolder: "People" },
    ...over,
  };
}

const texts = (items: readonly { text: string }[]) => items.map((i) => i.text);

describe("dashboardModel", () => {
  const model = dashboardModel(input());
  const section = (id: string, m = model) => m.sections.find((s) => s.id === id);

  it("has the sections a manager reads in the morning, in order", () => {
    expect(model.sections.map((s) => [s.id, s.title, s.count])).toEqual([
      ["due-1-1s", "1:1s due", 1],
      ["overdue", "Overdue", 1],
      ["this-week", "Due this week", 2],
      ["by-person", "Open by person", 9],
      ["stale", "Stale", 1],
    ]);
    expect(section("due-1-1s")!.due!.map((d) => [d.person, d.last?.date, d.overdueDays])).toEqual([["Sam O'Brien", "2024-05-20", 3]]);
    expect(texts(section("overdue")!.groups[0].items)).toEqual(["Pick a cross-team project"]);
    expect(texts(section("this-week")!.groups[0].items)).toEqual(["Draft the review for [[Alex Kim]]", "Ask about the on-call rota"]);
    expect(texts(section("stale")!.groups[0].items)).toEqual(["Draft the review for [[Alex Kim]]"]);
    expect(model.overdue).toBe(1);
    expect(model.hints).toEqual([]);
    expect(model.empty).toBeNull();
  });

  it("groups open items by person with I owe / they owe counts, nobody last", () => {
    expect(section("by-person")!.groups.map((g) => [g.id, g.title, g.total, g.iOwe, g.theyOwe])).toEqual([
      ["person:Alex Kim", "Alex Kim", 4, 1, 1],
      ["person:Sam O'Brien", "Sam O'Brien", 2, 1, 1],
      ["person:", "No person", 3, 0, 1],
    ]);
  });

  it("keeps every list in compareItems order", () => {
    for (const s of model.sections)
      for (const g of s.groups) expect(g.items).toEqual([...g.items].sort((a, b) => compareItems(a, b, TODAY)));
  });

  it("bounds each group and says how many more there are; Show more widens one group", () => {
    const small = dashboardModel(input({ rowsPerGroup: 2 }));
    const alex = section("by-person", small)!.groups[0];
    expect([alex.items.length, alex.total, alex.more]).toEqual([2, 4, 2]);
    const wider = dashboardModel(input({ rowsPerGroup: 2, shown: new Map([["person:Alex Kim", 4]]) }));
    expect(section("by-person", wider)!.groups.map((g) => g.more)).toEqual([0, 0, 1]);
  });

  it("bounds 1:1s due to dueRows people, most overdue first, and says how many more; Show more lists them all", () => {
    const base = input().due[0];
    const due = ["Ana", "Ben", "Cai", "Dev", "Eli", "Fay", "Gus"].map((name, i) => ({ ...base, person: name, next: `2024-05-2${i}`, overdueDays: 9 - i }));
    const bounded = section("due-1-1s", dashboardModel(input({ due, dueRows: 5 })))!;
    expect([bounded.count, bounded.due!.map((d) => d.person), bounded.dueMore]).toEqual([7, ["Ana", "Ben", "Cai", "Dev", "Eli"], 2]);
    const all = section("due-1-1s", dashboardModel(input({ due, dueRows: 5, shown: new Map([["due-1-1s", 7]]) })))!;
    expect([all.count, all.due!.length, all.dueMore]).toEqual([7, 7, 0]);
    expect(section("due-1-1s")!.dueMore).toBe(0);
  });

  it("filters by words, @person and #tag; the status count ignores the filter", () => {
    const bySam = dashboardModel(input({ filter: parseFilter("@sam") }));
    expect(section("by-person", bySam)!.groups.map((g) => g.title)).toEqual(["Sam O'Brien"]);
    expect(section("due-1-1s", bySam)!.due).toHaveLength(1);
    const byWord = dashboardModel(input({ filter: parseFilter("review") }));
    expect(texts(section("by-person", byWord)!.groups.flatMap((g) => g.items))).toEqual(["Draft the review for [[Alex Kim]]", "Review [[Sam O'Brien]]'s RFC"]);
    expect(section("overdue", byWord)).toBeUndefined();
    expect(byWord.overdue).toBe(1);
    const none = dashboardModel(input({ filter: parseFilter("#nothing") }));
    expect(none.sections.map((s) => s.id)).toEqual(["due-1-1s"]);
    expect(none.empty).toBe("Nothing matches the filter.");
  });

  it("lists items done in the last 7 days when asked", () => {
    const index = followUpIndex();
    const on = dashboardModel(input({ all: resolvedItems(index, "2024-05-26", settings) }, "2024-05-26"));
    expect(texts(section("done", on)!.groups[0].items)).toEqual(["Book the room"]);
    expect(section("done", on)!.empty).toBeUndefined();
    // Nothing done that week: the section the user asked for says so (and why an item may be missing) instead of not appearing.
    const later = dashboardModel(input({ all: resolvedItems(index, TODAY, settings) }));
    expect(section("done", later)).toMatchObject({ count: 0, groups: [], empty: "Nothing done in the last 7 days. An item counts once its line has a done date (✅ 2024-05-30)." });
    const filtered = dashboardModel(input({ all: resolvedItems(index, TODAY, settings), filter: parseFilter("#nothing") }));
    expect(section("done", filtered)!.empty).toBe("Nothing done in the last 7 days matches the filter.");
    // An empty done section is no item: the filter's own empty state still shows.
    expect(filtered.empty).toBe("Nothing matches the filter.");
    expect(dashboardModel(input({ open: [], all: [], due: [] })).empty).toMatch(/^No open action items\./);
  });

  it("tells a new user what to do", () => {
    const fresh = dashboardModel(input({ open: [], due: [], setup: { myName: "", people: 0, peopleFolder: "Team" } }));
    expect(fresh.hints).toEqual([
      "Set your name in the plugin settings (My name): items you own then count as “I owe”, and @me always means you.",
      "Add a note per person in the “Team” folder (with cadence: weekly in its frontmatter) to group items by person and see whose 1:1 is due.",
    ]);
    expect(fresh.empty).toBe("No open action items. Any task line in the vault counts, for example: - [ ] @Alex send the design doc 📅 2024-06-06");
    const unowned = dashboardModel(input({ open: input().open.filter((i) => i.owner === null) }));
    expect(unowned.hints).toEqual(["Give an item an owner to see who owes what: @Name, [owner:: [[Name]]] or a line starting “Name to …”."]);
  });

  it("names a 1:1 note whose properties cannot be read, with the reader's reason", () => {
    const index = new ActionIndex({ peopleFolder: "People", excludedFolders: [] });
    const broken = '---\ntype: one-on-one\nperson: "[[Alex Kim]]"\ntags: [a\n---\n# 1:1\n';
    index.update("1-1s/Alex/2024-06-03.md", broken);
    index.update("1-1s/Alex/2024-06-10.md", broken.replace("date: 2024-06-03", "").replace("tags: [a", "x: 1\nx: 2"));
    const unreadable = index.unreadableOneOnOnes();
    expect(unreadable.map((u) => u.path)).toEqual(["1-1s/Alex/2024-06-03.md", "1-1s/Alex/2024-06-10.md"]);
    expect(unreadable[1].error).toMatch(/^line 5: duplicate key "x"/);
    const model = dashboardModel(input({ setup: { myName: "Dana", people: 1, peopleFolder: "People", unreadableOneOnOnes: unreadable } }));
    expect(model.hints).toEqual([
      `“1-1s/Alex/2024-06-03.md” (and 1 more) says type: one-on-one, but its properties cannot be read, so it is not counted as a 1:1: ${unreadable[0].error}. Obsidian's properties view shows the same problem.`,
    ]);
    // Fixed in the note: no longer named, and the index counts the change.
    const rev = index.revision;
    index.update("1-1s/Alex/2024-06-03.md", broken.replace("tags: [a", "tags: [a]"));
    expect(index.revision).toBeGreaterThan(rev);
    expect(index.unreadableOneOnOnes().map((u) => u.path)).toEqual(["1-1s/Alex/2024-06-10.md"]);
    expect(index.oneOnOneNotes().has("1-1s/Alex/2024-06-03.md")).toBe(true);
  });
});

describe("parseFilter", () => {
  it("reads words, @people (quoted for spaces) and #tags, lower case", () => {
    expect(parseFilter(' Review @"Alex Kim" #Promo  @sam ')).toEqual({ words: ["review"], people: ["alex kim", "sam"], tags: ["promo"] });
    expect(parseFilter("")).toEqual({ words: [], people: [], tags: [] });
  });

  it("matches nested tags by their parent", () => {
    const item = { text: "x", path: "a.md", person: null, owner: null, tags: ["promo/2026"] } as never;
    expect(matchesFilter(item, parseFilter("#promo"))).toBe(true);
    expect(matchesFilter(item, parseFilter("#pro"))).toBe(false);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareItems, comparePlace } from "../../../src/core/followups/compare";
import { followUpsOf, queryItems, resolvedItems } from "../../../src/core/followups/follow-ups";
import { isDueSoon, isOverdue, type ItemQuery } from "../../../src/core/followups/queries";
import type { FollowUpOptions, ResolvedItem } from "../../../src/core/followups/types";
import { nameKey } from "../../../src/core/people/directory";
import { ActionIndex } from "../../../src/core/vault/index-store";

const TODAY = "2024-06-10";
const options: FollowUpOptions = { myName: "Dana", myAliases: [], staleCarried: 3, staleDays: 30, dueSoonDays: 7 };

function itemsOf(notes: Record<string, string>, today = TODAY): readonly ResolvedItem[] {
  const index = new ActionIndex({ peopleFolder: "People", excludedFolders: [] });
  for (const [path, text] of Object.entries(notes)) index.update(path, text);
  return resolvedItems(index, today, options);
}

describe("compareItems", () => {
  // The expectation beside the note: the order a manager reads the list in.
  const items = itemsOf({
    "b.md": ["- [ ] undated b", "- [ ] due later 📅 2024-06-20", "- [ ] overdue most 📅 2024-05-01", "- [x] done, due long ago 📅 2024-05-02"].join("\n"),
    "a.md": ["- [ ] due today 📅 2024-06-10", "- [ ] undated a", "- [ ] overdue 📅 2024-06-09", "- [ ] due later too 📅 2024-06-20"].join("\n"),
  });
  const ordered = [...items].sort((x, y) => compareItems(x, y, TODAY)).map((i) => i.text);

  it("puts overdue first (oldest first), then by due date (a closed item is never overdue), then undated, ties by note and line", () => {
    expect(ordered).toEqual([
      "overdue most",
      "overdue",
      "done, due long ago",
      "due today",
      "due later too",
      "due later",
      "undated a",
      "undated b",
    ]);
  });

  it("falls back on vault order, which comparePlace states alone", () => {
    const [a, b] = items.filter((i) => i.due === null);
    expect(compareItems(a, b, TODAY)).toBe(comparePlace(a, b));
    expect([...items].sort(comparePlace).map((i) => `${i.path}:${i.line}`)).toEqual(["a.md:1", "a.md:2", "a.md:3", "a.md:4", "b.md:1", "b.md:2", "b.md:3", "b.md:4"]);
  });
});

// Random vaults: notes of task lines with random statuses, due dates, owners and mentions, a few people and 1:1s.
const day = fc.integer({ min: 1, max: 28 }).chain((d) => fc.constantFrom("05", "06").map((m) => `2024-${m}-${String(d).padStart(2, "0")}`));
const line = fc
  .record({
    status: fc.constantFrom(" ", " ", "x", "-", "/", ">", "?"),
    due: fc.option(day, { nil: null }),
    created: fc.option(day, { nil: null }),
    owner: fc.constantFrom("", "@me", "@Alex", "@Sam", "@Jordan", "[owner:: [[Sam]]]"),
    mention: fc.constantFrom("", "[[Sam]]", "[[Alex Kim]]", "@AK"),
    indent: fc.constantFrom("", "", "  "),
  })
  .map((l) => `${l.indent}- [${l.status}] do ${l.mention} thing ${l.owner}${l.due ? ` 📅 ${l.due}` : ""}${l.created ? ` ➕ ${l.created}` : ""}`);
const oneOnOne = fc.record({ person: fc.constantFrom("Alex Kim", "AK", "Sam"), date: day }).map((o) => `---\ntype: one-on-one\nperson: "[[${o.person}]]"\ndate: ${o.date}\n---\n`);
const note = fc.record({ front: fc.option(oneOnOne, { nil: "" }), lines: fc.array(line, { maxLength: 8 }) }).map((n) => n.front + n.lines.join("\n") + "\n");
const vault = fc.dictionary(fc.constantFrom("a.md", "b.md", "c/d.md", "c/e.md", "Daily/2024-06-01.md", "z.md"), note, { maxKeys: 6 });
const PEOPLE = { "People/Alex Kim.md": "---\naliases: [AK, Alex]\n---\n", "People/Sam.md": "" };
const query: fc.Arbitrary<ItemQuery> = fc.record(
  {
    show: fc.constantFrom("open" as const, "all" as const),
    person: fc.constantFrom<string | null>("Alex", "sam", "Jordan", null),
    direction: fc.constantFrom("i-owe" as const, "they-owe" as const, "unassigned" as const),
    only: fc.constantFrom("overdue" as const, "due-soon" as const, "stale" as const),
  },
  { requiredKeys: [] },
);

/** What a query means, said plainly: filter the resolved items, then sort them by compareItems. */
function reference(items: readonly ResolvedItem[], index: ActionIndex, today: string, q: ItemQuery): ResolvedItem[] {
  const person = typeof q.person === "string" ? nameKey(followUpsOf(index).personFilterName(q.person, options)) : q.person;
  return items
    .filter((i) => q.show === "all" || i.isOpen)
    .filter((i) => person === undefined || (person === null ? i.person === null : i.person !== null && nameKey(i.person) === person))
    .filter((i) => q.direction === undefined || i.direction === q.direction)
    .filter((i) => (q.only === "overdue" ? isOverdue(i, today) : q.only === "due-soon" ? isDueSoon(i, today, options.dueSoonDays) : q.only === "stale" ? i.stale : true))
    .sort((a, b) => compareItems(a, b, today));
}

describe("the typed-array fast path", () => {
  it("gives exactly filter + sort(compareItems) on random vaults, days and queries", () => {
    fc.assert(
      fc.property(vault, day, query, (notes, today, q) => {
        const index = new ActionIndex({ peopleFolder: "People", excludedFolders: [] });
        for (const [path, text] of Object.entries({ ...PEOPLE, ...notes })) index.update(path, text);
        const model = queryItems(index, today, options, q);
        const want = reference(resolvedItems(index, today, options), index, today, q);
        expect(model.items.map((i) => `${i.path}:${i.line}`)).toEqual(want.map((i) => `${i.path}:${i.line}`));
        // Each group holds its person's items in the same order.
        for (const g of model.groups) expect(g.items).toEqual(model.items.filter((i) => i.person === g.person));
      }),
      { numRuns: 500 },
    );
  });

  it("never changes a model or an item list after returning it, whatever the index does next", () => {
    const edit = fc.record({ path: fc.constantFrom("a.md", "b.md", "c/d.md", "z.md"), text: fc.option(note, { nil: null }) });
    fc.assert(
      fc.property(vault, fc.array(edit, { minLength: 1, maxLength: 4 }), day, query, (before, edits, today, q) => {
        const index = new ActionIndex({ peopleFolder: "People", excludedFolders: [] });
        for (const [path, text] of Object.entries({ ...PEOPLE, ...before })) index.update(path, text);
        const model = queryItems(index, today, options, q);
        const items = resolvedItems(index, today, options);
        const copy = structuredClone({ model, items });
        // Edits in place (the table is patched), deletions and new notes (it is rebuilt), then a new day.
        for (const e of edits) {
          if (e.text === null) index.remove(e.path);
          else index.update(e.path, e.text);
          queryItems(index, today, options, q);
          resolvedItems(index, today, options);
        }
        queryItems(index, "2024-06-30", options, q);
        expect({ model, items }).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ActionIndex } from "../../../src/core/vault/index-store";
import { type ItemQuery } from "../../../src/core/followups/queries";
import { queryItems } from "../../../src/core/followups/follow-ups";
import { resolvedItems } from "../../../src/core/followups/follow-ups";
import type { ModelConfig } from "../../../src/core/vault/note-record";
import { DEFAULT_SETTINGS } from "../../../src/settings";

const config: ModelConfig = { peopleFolder: "People", excludedFolders: [] };
const base = { ...DEFAULT_SETTINGS, myName: "Dana Reyes", myAliases: ["Dana"], dueSoonDays: 7 };

// A small world: people, 1:1 notes whose dates move, and items due around the days the queries ask about.
const PATHS = ["People/Alex Kim.md", "People/Sam.md", "1-1s/a.md", "1-1s/b.md", "Daily/2024-05-02.md", "Projects/Plan.md", "Projects/Zed.md"];
const FRONT = [
  "",
  "---\ntype: one-on-one\nperson: \"[[Alex Kim]]\"\ndate: 2024-05-01\n---\n",
  "---\ntype: one-on-one\nperson: \"[[AK]]\"\ndate: 2024-05-28\n---\n",
  "---\ntype: one-on-one\nperson: \"[[Sam]]\"\ndate: 2024-06-02\n---\n",
  "---\naliases: [AK, Alex]\n---\n",
];
const LINES = [
  "- [ ] Send the packet @me 📅 2024-05-30",
  "- [ ] Pick a project @Alex 📅 2024-06-01",
  "- [ ] Ask [[Sam]] about the rota 📅 2024-06-04",
  "- [ ] Review [[Alex Kim]]'s RFC ➕ 2024-05-01",
  "- [x] Book the room ✅ 2024-05-25",
  "  - [/] half done @Jordan 📅 2024-05-31",
  "> - [ ] quoted @AK",
  "- [ ] No date, nobody",
];
const body = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 5 }).map((lines) => lines.join("\n") + "\n");
const op = fc.oneof(
  // Mostly edits below a note's frontmatter: people and 1:1s stay, so the table is patched, one note after another.
  { weight: 10, arbitrary: fc.record({ kind: fc.constant("write" as const), path: fc.constantFrom(...PATHS), body }) },
  fc.record({ kind: fc.constant("front" as const), path: fc.constantFrom(...PATHS), front: fc.constantFrom(...FRONT) }),
  fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS, "Archive/x.md") }),
  fc.record({ kind: fc.constant("day" as const), day: fc.constantFrom("2024-05-30", "2024-05-31", "2024-06-01", "2024-06-03", "2024-07-15") }),
  fc.record({ kind: fc.constant("settings" as const), staleDays: fc.constantFrom(30, 3), staleCarried: fc.constantFrom(3, 1), myName: fc.constantFrom("Dana Reyes", "Sam") }),
);
const QUERIES: ItemQuery[] = [{}, { show: "all" }, { person: "AK" }, { person: null }, { only: "overdue" }, { only: "due-soon" }, { only: "stale", show: "all" }, { direction: "they-owe" }];

/** A model without its revision, which differs between two indexes of the same notes. */
function model(index: ActionIndex, day: string, settings: typeof base, q: ItemQuery) {
  const { items, counts, groups, today } = queryItems(index, day, settings, q);
  return { items, counts, groups, today };
}

describe("resolved items kept per note and patched in place", () => {
  it("answer every query as a fresh index does, through edits, renames, new days and new settings", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const vault = new Map<string, string>();
        const fronts = new Map<string, string>(PATHS.map((p, i) => [p, FRONT[i % FRONT.length]]));
        const bodies = new Map<string, string>();
        const index = new ActionIndex(config);
        let day = "2024-05-30";
        let settings = base;
        for (const o of ops) {
          if (o.kind === "write" || o.kind === "front") {
            if (o.kind === "write") bodies.set(o.path, o.body);
            else fronts.set(o.path, o.front);
            const text = (fronts.get(o.path) ?? "") + (bodies.get(o.path) ?? "");
            vault.set(o.path, text);
            index.update(o.path, text);
          } else if (o.kind === "delete") {
            vault.delete(o.path);
            index.remove(o.path);
          } else if (o.kind === "rename") {
            const text = vault.get(o.from);
            if (text === undefined || vault.has(o.to)) continue;
            vault.delete(o.from);
            vault.set(o.to, text);
            if (!index.rename(o.from, o.to)) index.update(o.to, text);
          } else if (o.kind === "day") day = o.day;
          else settings = { ...base, staleDays: o.staleDays, staleCarried: o.staleCarried, myName: o.myName };
          // Query after every step, so each change is patched into what the last query left.
          queryItems(index, day, settings);
          const fresh = new ActionIndex(config);
          for (const [p, t] of vault) fresh.update(p, t);
          expect(resolvedItems(index, day, settings)).toEqual(resolvedItems(fresh, day, settings));
          for (const q of QUERIES) expect(model(index, day, settings, q)).toEqual(model(fresh, day, settings, q));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every item object a new day does not change, and re-creates the ones it does", () => {
    const index = new ActionIndex(config);
    index.update("Projects/Plan.md", "- [ ] Call the bank 📅 2024-06-10\n- [ ] Old one ➕ 2024-05-01\n- [x] Done ✅ 2024-05-02\n");
    const before = resolvedItems(index, "2024-05-31", base);
    const after = resolvedItems(index, "2024-06-01", base);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    // Created 2024-05-01: more than 30 days old, so stale, from 2024-06-01 on.
    expect(before[1].stale).toBe(false);
    expect(after[1].stale).toBe(true);
    expect(after[1]).not.toBe(before[1]);
    // The lists handed out stay as they were.
    expect(before[1].stale).toBe(false);
  });
});

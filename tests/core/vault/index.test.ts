import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ActionIndex } from "../../../src/core/vault/index-store";
import { resolvedItems } from "../../../src/core/followups/follow-ups";
import { queryItems } from "../../../src/core/followups/follow-ups";
import type { ModelConfig } from "../../../src/core/vault/note-record";
import { DEFAULT_SETTINGS } from "../../../src/settings";

const config: ModelConfig = { peopleFolder: "People", excludedFolders: ["Templates"] };
const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes", myAliases: ["Dana"] };
const TODAY = "2024-06-01";

const alexOneOnOne = `---
type: one-on-one
person: "[[Alex Kim]]"
date: 2024-05-01
---
# 1:1 with Alex

## Action items
- [ ] Send Alex the promo packet @me 📅 2024-05-10
- [ ] Pick a cross-team project @Alex
- [x] Book the offsite ✅ 2024-05-03
`;

describe("ActionIndex", () => {
  it("keeps one record per note with items, 1:1 info and the note's date", () => {
    const index = new ActionIndex(config);
    index.update("1-1s/Alex Kim/2024-05-01.md", alexOneOnOne);
    const rec = index.get("1-1s/Alex Kim/2024-05-01.md")!;
    expect(rec.items.map((i) => i.line)).toEqual([9, 10, 11]);
    expect(rec.oneOnOne).toEqual({ person: "Alex Kim", date: "2024-05-01", problems: [] });
    expect(rec.date).toBe("2024-05-01");
    expect(index.size).toEqual({ notes: 1, items: 3 });
  });

  it("keeps no record for notes without items that are neither people nor 1:1s, nor for excluded folders", () => {
    const index = new ActionIndex(config);
    expect(index.update("Projects/Plan.md", "# Plan\n\nJust prose.\n")).toBe(false);
    expect(index.update("Templates/1-1.md", alexOneOnOne)).toBe(false);
    expect(index.update("People/Alex Kim.md", "")).toBe(true);
    expect(index.snapshot().map((r) => r.path)).toEqual(["People/Alex Kim.md"]);
  });

  it("bumps the revision on a change and not on an identical re-read", () => {
    const index = new ActionIndex(config);
    index.update("a.md", "- [ ] one\n");
    const r = index.revision;
    expect(index.update("a.md", "- [ ] one\n")).toBe(false);
    expect(index.revision).toBe(r);
    index.update("a.md", "- [x] one\n");
    expect(index.revision).toBeGreaterThan(r);
  });

  it("re-keys on rename without reading: paths, person names and file-name dates follow", () => {
    const index = new ActionIndex(config);
    index.update("Daily/2024-05-02.md", "- [ ] call the bank\n");
    index.update("People/Alex.md", "---\naliases: [AK]\n---\n- [ ] ask about the talk\n");
    expect(index.rename("Daily/2024-05-02.md", "Daily/2024-05-09.md")).toBe(true);
    expect(index.get("Daily/2024-05-09.md")!.items[0].path).toBe("Daily/2024-05-09.md");
    expect(index.get("Daily/2024-05-09.md")!.date).toBe("2024-05-09");
    expect(index.rename("People/Alex.md", "People/Alex Kim.md")).toBe(true);
    expect(index.directory({ name: "", aliases: [] }).get("AK")!.name).toBe("Alex Kim");
    // Into the people folder: the frontmatter was not kept, so the caller must read the note.
    index.update("Projects/Sam.md", "- [ ] x\n");
    expect(index.rename("Projects/Sam.md", "People/Sam.md")).toBe(false);
    // Out of an excluded folder: the index never saw it.
    expect(index.rename("Templates/t.md", "Projects/t.md")).toBe(false);
    expect(index.rename("Projects/none.md", "Templates/none.md")).toBe(true);
  });
});

// A small world of paths and notes for random edit sequences.
const PATHS = ["People/Alex Kim.md", "People/Sam.md", "1-1s/Alex/2024-05-01.md", "1-1s/2024-05-25.md", "Daily/2024-05-02.md", "Daily/2024-05-30.md", "Projects/Plan.md", "Templates/One.md", "notes.txt"];
const FOLDERS: [string, string][] = [["1-1s", "Meetings"], ["Projects", "People"], ["People", "Templates"], ["Daily", "Journal"], ["Meetings", "1-1s"], ["Templates", "Projects"], ["People", "Projects"]];
const FRONT = [
  "",
  "",
  "---\ntype: one-on-one\nperson: \"[[Alex Kim]]\"\ndate: 2024-05-01\n---\n",
  "---\ntype: one-on-one\nperson: \"[[Alex Kim]]\"\ndate: 2024-05-21\n---\n",
  "---\ntype: one-on-one\nperson: \"[[Sam]]\"\ndate: 2024-05-15\n---\n",
  "---\ntype: one-on-one\nperson: \"[[AK]]\"\ndate: 2024-05-20\n---\n",
  "---\naliases: [AK, Alex]\ncadence: weekly\n---\n",
  "---\ndate: 2024-04-01\n---\n",
];
const LINES = [
  "- [ ] Send the packet @me 📅 2024-05-10",
  "- [ ] Pick a project @Alex",
  "- [ ] Ask [[Sam]] about the rota",
  "- [ ] Review [[Alex Kim]]'s RFC",
  "- [x] Book the room ✅ 2024-05-25",
  "- [-] Move the 1:1 ❌ 2024-05-04",
  "  - [/] half done @Jordan ➕ 2024-01-01",
  "> - [ ] quoted @AK",
  "Some prose about the week.",
  "```\n- [ ] code, not a task\n```",
];
const note = fc.tuple(fc.constantFrom(...FRONT), fc.array(fc.constantFrom(...LINES), { maxLength: 6 })).map(([fm, lines]) => fm + lines.join("\n") + "\n");
const op = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), path: fc.constantFrom(...PATHS), text: note }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), pick: fc.nat(), to: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant("folder" as const), move: fc.constantFrom(...FOLDERS) }),
  fc.record({ kind: fc.constant("query" as const) }),
  fc.record({ kind: fc.constant("query" as const) }),
);

function existing(vault: Map<string, string>, pick: number): string | undefined {
  const keys = [...vault.keys()];
  return keys.length === 0 ? undefined : keys[pick % keys.length];
}

function fresh(vault: Map<string, string>): ActionIndex {
  const index = new ActionIndex(config);
  for (const [p, t] of vault) index.update(p, t);
  return index;
}

describe("ActionIndex under random edits", () => {
  it("create/modify/rename/delete sequences end in the same state as a fresh index", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: "max" }), (ops) => {
        const vault = new Map<string, string>();
        const index = new ActionIndex(config);
        for (const o of ops) {
          if (o.kind === "write") {
            vault.set(o.path, o.text);
            index.update(o.path, o.text);
          } else if (o.kind === "delete") {
            const path = existing(vault, o.pick);
            if (path === undefined) continue;
            vault.delete(path);
            index.remove(path);
          } else if (o.kind === "rename") {
            const from = existing(vault, o.pick);
            if (from === undefined || vault.has(o.to)) continue;
            const text = vault.get(from)!;
            vault.delete(from);
            vault.set(o.to, text);
            if (!index.rename(from, o.to)) index.update(o.to, text);
          } else if (o.kind === "folder") {
            const [from, to] = o.move;
            const moving = [...vault.keys()].filter((p) => p.startsWith(from + "/"));
            if (moving.some((p) => vault.has(to + p.slice(from.length)))) continue;
            for (const p of moving) {
              const text = vault.get(p)!;
              vault.delete(p);
              vault.set(to + p.slice(from.length), text);
            }
            for (const p of index.renameFolder(from, to)) index.update(p, vault.get(p)!);
            // Notes the index did not hold (no items, excluded) are read by the caller.
            for (const p of moving) {
              const np = to + p.slice(from.length);
              if (!index.has(np)) index.update(np, vault.get(np)!);
            }
          }
          // Caches (directory, history, resolved items) must follow every change.
          if (o.kind === "query") expect(resolvedItems(index, TODAY, settings)).toEqual(resolvedItems(fresh(vault), TODAY, settings));
          else resolvedItems(index, TODAY, settings);
        }
        const reference = fresh(vault);
        expect(index.snapshot()).toEqual(reference.snapshot());
        expect(index.size).toEqual(reference.size);
        expect(resolvedItems(index, TODAY, settings)).toEqual(resolvedItems(reference, TODAY, settings));
        expect(queryItems(index, TODAY, settings, { show: "all" }).counts).toEqual(queryItems(reference, TODAY, settings, { show: "all" }).counts);
      }),
      { numRuns: 250 },
    );
  });
});

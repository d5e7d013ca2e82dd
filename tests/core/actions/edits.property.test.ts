import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cancelItem, completeItem, delegateItem, forwardItem, rescheduleItem, uncompleteItem, type EditResult, type LineTarget } from "../../../src/core/actions/edits";
import { fieldLayout } from "../../../src/core/actions/fields";
import { ownerName } from "../../../src/core/actions/owner";
import { newListPrefix, readListPrefix } from "../../../src/core/actions/task-line";
import { quotePrefix } from "../../../src/core/markdown/scanner";
import { parseActions } from "../../../src/core/actions/parse";
import { splitText } from "../../../src/core/markdown/lines";
import { markdownNote, taskLine } from "./markdown-arbitrary";

type Edit = (text: string, target: LineTarget) => EditResult;

const EDITS: Record<string, { edit: Edit; status: string | null }> = {
  complete: { edit: (t, at) => completeItem(t, at, "2024-05-06"), status: "x" },
  completeDataview: { edit: (t, at) => completeItem(t, at, "2024-05-06", { doneDate: "dataview" }), status: "x" },
  uncomplete: { edit: (t, at) => uncompleteItem(t, at, "2024-05-06"), status: " " },
  cancel: { edit: (t, at) => cancelItem(t, at, "2024-05-06"), status: "-" },
  reschedule: { edit: (t, at) => rescheduleItem(t, at, "2024-05-06", "2025-01-31"), status: null },
  forward: { edit: (t, at) => forwardItem(t, at, "2024-05-06"), status: ">" },
  delegate: { edit: (t, at) => delegateItem(t, at, "2024-05-06", "Sam"), status: null },
  delegateLink: { edit: (t, at) => delegateItem(t, at, "2024-05-06", "Sam O'Brien"), status: null },
  delegateMe: { edit: (t, at) => delegateItem(t, at, "2024-05-06", "@me"), status: null },
  delegateField: { edit: (t, at) => delegateItem(t, at, "2024-05-06", "[owner:: [[Jördis Müller]]]"), status: null },
};
const OWNERS: Record<string, string> = { delegate: "Sam", delegateLink: "Sam O'Brien", delegateMe: "me", delegateField: "Jördis Müller" };

/** How many fields of a kind the task line holds (what the parser reads, code spans excluded). */
function fieldCount(line: string, kind: string): number {
  const p = newListPrefix();
  if (!readListPrefix(line, quotePrefix(line).start, line.length, p)) return -1;
  return fieldLayout(line, p.bodyStart).fields.filter((f) => f.kind === kind).length;
}
const editName = fc.constantFrom(...Object.keys(EDITS));

/** A note with at least one task, and the index of the item to edit. */
const noteWithItem = fc
  .tuple(markdownNote, taskLine, fc.nat())
  .map(([note, task, pick]) => {
    const text = note + (note === "" || /[\r\n]$/.test(note) ? "" : "\n") + task;
    const items = parseActions("n.md", text);
    return { text, items, pick: items.length ? pick % items.length : -1 };
  })
  .filter((n) => n.pick >= 0);

describe("line edits on random notes", () => {
  it("change exactly the item's line and keep every other byte", () => {
    fc.assert(
      fc.property(noteWithItem, editName, ({ text, items, pick }, name) => {
        const item = items[pick];
        const { edit, status } = EDITS[name];
        const r = edit(text, { line: item.line, original: item.original });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const before = splitText(text);
        const after = splitText(r.text);
        // Completing a repeating task that was not done adds its next occurrence just above it, or says why not.
        const repeats = name.startsWith("complete") && item.state !== "done" && item.recurrence !== null;
        expect(r.next !== undefined || r.repeatSkipped !== undefined).toBe(repeats);
        if (r.next) {
          expect(r.next).toEqual({ line: item.line, text: after.lines[item.line - 1] });
          expect(after.eols[item.line - 1]).toBe(before.eols[item.line - 1] || before.eols[item.line - 2] || "\n");
          after.lines.splice(item.line - 1, 1);
          after.eols.splice(item.line - 1, 1);
        }
        expect(r.line).toBe(item.line + (r.next ? 1 : 0));
        expect(after.bom).toBe(before.bom);
        expect(after.eols).toEqual(before.eols);
        expect(after.lines.length).toBe(before.lines.length);
        for (let i = 0; i < before.lines.length; i++) if (i !== item.line - 1) expect(after.lines[i]).toBe(before.lines[i]);
        const edited = parseActions("n.md", r.text).find((i) => i.line === r.line);
        expect(edited).toBeDefined();
        const doneAlready = item.state === "done" && item.done !== null && name.startsWith("complete");
        expect(edited!.status).toBe(doneAlready ? item.status : (status ?? item.status));
        if (name === "reschedule") expect(edited!.due).toBe("2025-01-31");
        const line = splitText(r.text).lines[r.line - 1];
        if (name === "complete" || name === "completeDataview") {
          // Exactly one done date, today's (an item done already keeps its own); no cancelled date.
          expect(edited!.done).toBe(item.state === "done" && item.done !== null ? item.done : "2024-05-06");
          expect(fieldCount(line, "done")).toBe(1);
          expect(fieldCount(line, "cancelled")).toBe(0);
        }
        if (name === "cancel") {
          expect(fieldCount(line, "done")).toBe(0);
          expect(edited!.done).toBeNull();
          if (fieldCount(item.original, "cancelled") === 0) expect(edited!.cancelled).toBe("2024-05-06");
        }
        if (name === "uncomplete") {
          expect(fieldCount(line, "done") + fieldCount(line, "cancelled")).toBe(0);
          expect(edited!.done).toBeNull();
          expect(edited!.cancelled).toBeNull();
        }
        if (name in OWNERS) {
          expect(ownerName(edited!.ownerRaw ?? "")).toBe(OWNERS[name]);
          expect(edited!.due).toBe(item.due);
          expect(edited!.done).toBe(item.done);
        }
        expect(edited!.blockId).toBe(item.blockId);
      }),
      { numRuns: 1500 },
    );
  });
});

/** What can happen to a note between reading an item and writing it back. */
type Change =
  | { kind: "insert"; at: number; lines: string[] }
  | { kind: "remove"; at: number; count: number }
  | { kind: "rewrite-item"; text: string }
  | { kind: "duplicate-item"; at: number }
  | { kind: "remove-item" };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), lines: fc.array(fc.oneof(taskLine, fc.constantFrom("", "text")), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("rewrite-item" as const), text: taskLine }),
  fc.record({ kind: fc.constant("duplicate-item" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("remove-item" as const) }),
);

/** Applies changes to the lines, following where the item's line went (-1 once it is gone or rewritten). */
function applyChanges(lines: string[], item: number, changes: Change[]): number {
  let pos = item;
  for (const c of changes) {
    if (c.kind === "insert" || c.kind === "duplicate-item") {
      if (c.kind === "duplicate-item" && pos === -1) continue;
      const add = c.kind === "insert" ? c.lines : [lines[pos]];
      const at = c.at % (lines.length + 1);
      lines.splice(at, 0, ...add);
      if (pos !== -1 && at <= pos) pos += add.length;
    } else if (c.kind === "remove") {
      const at = c.at % lines.length;
      const n = Math.min(c.count, lines.length - at, lines.length - 1);
      if (n <= 0) continue;
      lines.splice(at, n);
      if (pos !== -1) pos = pos >= at + n ? pos - n : pos >= at ? -1 : pos;
    } else if (pos !== -1) {
      if (c.kind === "rewrite-item") {
        if (c.text !== lines[pos]) {
          lines[pos] = c.text;
          pos = -1;
        }
      } else if (lines.length > 1) {
        lines.splice(pos, 1);
        pos = -1;
      }
    }
  }
  return pos;
}

describe("line edits after the note changed under them", () => {
  it("edit the item's own line or refuse, never a wrong line", () => {
    fc.assert(
      fc.property(noteWithItem, editName, fc.array(change, { minLength: 1, maxLength: 4 }), ({ text, items, pick }, name, changes) => {
        const item = items[pick];
        const target = { line: item.line, original: item.original };
        const split = splitText(text);
        const pos = applyChanges(split.lines, item.line - 1, changes);
        const eol = split.eols.find((e) => e !== "") ?? "\n";
        const changed = (split.bom ? "\uFEFF" : "") + split.lines.join(eol) + (split.eols[split.eols.length - 1] === "" ? "" : eol);
        const now = splitText(changed).lines;
        const same = now.flatMap((l, i) => (l === item.original ? [i] : []));
        const r = EDITS[name].edit(changed, target);
        if (r.ok) {
          // Where the line was found: one above where it is now when its next occurrence went in above it.
          const i = r.line - 1 - (r.next ? 1 : 0);
          // Only a line with the item's exact text, at its old number or the only one left, may be edited.
          expect(now[i]).toBe(item.original);
          expect(i === item.line - 1 || same.length === 1).toBe(true);
          const after = splitText(r.text).lines;
          if (r.next) expect(after.splice(i, 1)).toEqual([r.next.text]);
          for (let k = 0; k < now.length; k++) if (k !== i) expect(after[k]).toBe(now[k]);
        }
        // The item's line survived, unchanged and unambiguous: the edit must find it.
        if (pos !== -1 && (pos === item.line - 1 || same.length === 1) && parseActions("n.md", changed).some((x) => x.line === pos + 1)) {
          expect(r).toMatchObject({ ok: true });
          if (r.ok) expect(r.line - (r.next ? 1 : 0)).toBe(pos + 1);
        }
        // Nothing left with the item's text: the edit must refuse.
        if (same.length === 0) expect(r.ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });
});

// Lines heavy in closing dates (several ✅/❌ in both forms, impossible ones too), where consistency is hard.
const closing = fc.oneof(
  fc.constantFrom("✅ 2024-05-01", "✅2024-02-30", "[completion:: 2024-05-02]", "(completion:: 2024-05-03T10:00)", "❌ 2024-05-04", "[cancelled:: 2024-05-05]"),
  fc.constantFrom("plan", "the", "@alex", "[owner:: Mei]", "📅 2024-06-01", "`✅ 2024-01-01`", "[[Sam]]", "#tag"),
);
const closingLine = fc
  .tuple(fc.constantFrom("", "  ", "> "), fc.constantFrom(" ", "x", "-", "/", ">"), fc.array(closing, { maxLength: 7 }), fc.constantFrom("", " ^id"))
  .map(([indent, st, parts, id]) => `${indent}- [${st}] ${parts.join(" ")}${id}`);

describe("status edits on lines full of closing dates", () => {
  it("leave exactly the dates the new status needs, and change only that line", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("# Notes", "", "- [ ] other"), { maxLength: 3 }), closingLine, editName, (above, task, name) => {
        const text = [...above, task, "end"].join("\n");
        const item = parseActions("n.md", text).find((i) => i.original === task)!;
        const r = EDITS[name].edit(text, { line: item.line, original: item.original });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const lines = r.text.split("\n");
        expect(lines.filter((l, i) => l !== text.split("\n")[i])).toHaveLength(lines[item.line - 1] === task ? 0 : 1);
        const line = lines[item.line - 1];
        const edited = parseActions("n.md", r.text).find((i) => i.line === item.line)!;
        if (name === "complete" || name === "completeDataview") {
          const kept = item.state === "done" && item.done !== null ? item.done : "2024-05-06";
          expect([edited.done, fieldCount(line, "done"), fieldCount(line, "cancelled")]).toEqual([kept, 1, 0]);
        } else if (name === "cancel") {
          expect([edited.done, fieldCount(line, "done")]).toEqual([null, 0]);
          expect(fieldCount(line, "cancelled")).toBeGreaterThan(0);
        } else if (name === "uncomplete") {
          expect([edited.done, edited.cancelled, fieldCount(line, "done"), fieldCount(line, "cancelled")]).toEqual([null, null, 0, 0]);
        } else if (name in OWNERS) {
          expect(ownerName(edited.ownerRaw ?? "")).toBe(OWNERS[name]);
          expect([edited.done, edited.cancelled, edited.due]).toEqual([item.done, item.cancelled, item.due]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

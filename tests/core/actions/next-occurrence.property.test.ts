// Completing repeating tasks in random notes (LF, CRLF, CR, mixed, BOM, no final newline): the completed line changes, one line goes in above it, every other byte stays.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cancelItem, completeItem } from "../../../src/core/actions/edits";
import { parseActions } from "../../../src/core/actions/parse";
import { nextOccurrence } from "../../../src/core/actions/recurrence";
import { splitText } from "../../../src/core/markdown/lines";

const day = fc
  .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate())).padStart(2, "0")}`);
const rule = fc.constantFrom(
  "every day", "every 3 days", "every week", "every 2 weeks", "every weekday", "every Monday", "every week on Tuesday, Friday",
  "every month", "every 2 months", "every month on the 1st", "every month on the last", "every month on the 2nd Tuesday",
  "every year", "every January on the 15th", "every 10 days when done", "every month when done", "every blue moon", "every February on the 30th",
);
const field = fc.oneof(
  fc.tuple(fc.constantFrom("📅", "⏳", "🛫", "➕", "✅", "❌"), fc.constantFrom(" ", "", "\u00a0"), day).map(([e, s, d]) => `${e}${s}${d}`),
  fc.tuple(fc.constantFrom("due", "scheduled", "start", "created", "completion", "cancelled"), day).map(([k, d]) => `[${k}:: ${d}]`),
  fc.constantFrom("⏫", "🔽", "#ops", "@alex", "[[Sam Lee]]", "🆔 abc", "⛔ abc,def", "[id:: x1]", "`🆔 kept`", "📅 2024-02-30", "<!-- 📅 2024-01-01 -->"),
);
const words = fc.constantFrom("send", "the", "report", "Müller", "🎉", "日本");
const repeating = fc
  .tuple(
    fc.constantFrom("", "  ", "\t", "> ", ">> ", "> > "),
    fc.constantFrom("-", "*", "+", "1.", "2)"),
    fc.constantFrom(" ", "/", "-", ">", "?", "x"),
    fc.array(fc.oneof(words, field), { maxLength: 6 }),
    fc.tuple(rule, fc.constantFrom("🔁 ", "🔁", "🔁️ ")).map(([r, e]) => `${e}${r}`),
    fc.array(fc.oneof(words, field), { maxLength: 4 }),
    fc.constantFrom("", "", " ^abc", " ^id-2  "),
  )
  .map(([indent, marker, st, a, r, b, id]) => `${indent}${marker} [${st}] ${[...a, r, ...b].join(" ")}${id}`);
const other = fc.constantFrom("", "# Heading", "text", "- [ ] plain task", "> quote", "```", "- [x] done 🔁 every day ✅ 2024-01-01");

/** A note whose lines each end their own way, maybe with a BOM and no final newline, and the line of one repeating task. */
const note = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(other, repeating), fc.constantFrom("\n", "\r\n", "\r")), { maxLength: 8 }),
    fc.tuple(repeating, fc.constantFrom("\n", "\r\n", "\r")),
    fc.array(fc.tuple(fc.oneof(other, repeating), fc.constantFrom("\n", "\r\n", "\r")), { maxLength: 8 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([above, task, below, bom, finalEol]) => {
    const rows: [string, string][] = [...above, task, ...below];
    if (!finalEol) rows[rows.length - 1] = [rows[rows.length - 1][0], ""];
    // A CR then an empty line's LF would read as one CRLF: that empty line ends with a CR too.
    for (let i = 1; i < rows.length; i++) if (rows[i - 1][1] === "\r" && rows[i][0] === "" && rows[i][1].startsWith("\n")) rows[i] = ["", "\r"];
    return { text: (bom ? "\uFEFF" : "") + rows.map(([l, e]) => l + e).join(""), index: above.length };
  })
  .filter(({ text, index }) => parseActions("n.md", text).some((i) => i.line === index + 1));

const today = day;

describe("completing a repeating task in a random note", () => {
  it("changes only the completed line and inserts one line above it; every other byte stays", () => {
    let added = 0;
    fc.assert(
      fc.property(note, today, ({ text, index }, now) => {
        const item = parseActions("n.md", text).find((i) => i.line === index + 1)!;
        const r = completeItem(text, { line: item.line, original: item.original }, now);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const split = splitText(text);
        const start = (split.bom ? 1 : 0) + split.lines.slice(0, index).reduce((n, l, j) => n + l.length + split.eols[j].length, 0);
        const tail = text.slice(start + item.original.length);
        // Byte for byte: everything before the line and everything after it (its line ending included) is untouched.
        expect(r.text.startsWith(text.slice(0, start))).toBe(true);
        expect(r.text.endsWith(tail)).toBe(true);
        const middle = splitText(r.text.slice(start, r.text.length - tail.length));
        expect(middle.bom).toBe(false);
        if (!r.next) {
          expect(middle.lines).toHaveLength(1);
          expect(r.line).toBe(item.line);
          expect(r.repeatSkipped !== undefined).toBe(item.state !== "done");
          return;
        }
        expect(item.state).not.toBe("done");
        added++;
        expect(middle.lines).toEqual([r.next.text, middle.lines[1]]);
        expect(middle.eols[0]).toBe(split.eols[index] || split.eols[index - 1] || "\n");
        expect([r.next.line, r.line]).toEqual([item.line, item.line + 1]);
        // The new line: the same prefix and rule, open, dates moved as the rule says, nothing that closes it or must stay unique.
        const next = parseActions("n.md", r.text).find((i) => i.line === r.next!.line)!;
        const expected = nextOccurrence(item.recurrence!, item, now);
        expect(expected.ok).toBe(true);
        if (!expected.ok) return;
        expect(r.next.text.slice(0, r.next.text.indexOf("["))).toBe(item.original.slice(0, item.original.indexOf("[")));
        expect(next).toMatchObject({ status: " ", recurrence: item.recurrence, ...expected.dates, done: null, cancelled: null, blockId: null });
        expect([next.tags, next.ownerRaw, next.priority, next.created === null]).toEqual([item.tags, item.ownerRaw, item.priority, item.created === null]);
        if (item.created !== null) expect(next.created).toBe(now);
        // Tasks' ids go: `[id:: …]` anywhere; 🆔 and ⛔ among the fields that end the line (Tasks reads fields from the end),
        // so one still there has text (not a field) after it, and was text in the completed line too.
        expect(r.next.text).not.toMatch(/\[id::/u);
        const plain = r.next.text.replace(/`[^`]*`/gu, "CODE");
        const kept = plain.search(/🆔 abc|⛔ abc,def/u);
        if (kept !== -1) expect(plain.slice(kept)).toMatch(/CODE|send|report|Müller|🎉|日本|@alex|\[\[Sam Lee\]\]|<!--|\bthe\b(?! (1st|last|2nd|15th))/u);
        // The completed line is where the next occurrence pushed it, and done.
        expect(parseActions("n.md", r.text).find((i) => i.line === r.line)).toMatchObject({ original: middle.lines[1], state: "done" });
      }),
      { numRuns: 2000 },
    );
    // The runs must reach the insertion, not only the refusals.
    expect(added).toBeGreaterThan(500);
  });

  it("cancelling never adds one", () => {
    fc.assert(
      fc.property(note, today, ({ text, index }, now) => {
        const item = parseActions("n.md", text).find((i) => i.line === index + 1)!;
        const r = cancelItem(text, { line: item.line, original: item.original }, now);
        expect(r).toMatchObject({ ok: true, line: item.line });
        if (r.ok) expect(splitText(r.text).lines.length).toBe(splitText(text).lines.length);
        expect(r).not.toHaveProperty("next");
      }),
      { numRuns: 500 },
    );
  });

  it("moves every date by the same number of days, forward, and counts `when done` from the completion day", () => {
    fc.assert(
      fc.property(rule, fc.option(day), fc.option(day), fc.option(day), today, (text, due, scheduled, start, now) => {
        const r = nextOccurrence(text, { due, scheduled, start }, now);
        const reference = due ?? scheduled ?? start;
        if (!r.ok || reference === null) return;
        const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86400000;
        const from = text.endsWith("when done") ? now : reference;
        const next = r.dates.due ?? r.dates.scheduled ?? r.dates.start!;
        expect(days(from, next)).toBeGreaterThan(0);
        for (const k of ["due", "scheduled", "start"] as const) {
          const was = { due, scheduled, start }[k];
          expect(r.dates[k] === null).toBe(was === null);
          if (was !== null) expect(days(was, r.dates[k]!)).toBe(r.shift);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

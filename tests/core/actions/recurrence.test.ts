// Next occurrences from the fixture table (fixtures/recurrence.md): each row a rule, dates, the completion day, and the dates expected next.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nextOccurrence, type OccurrenceDates } from "../../../src/core/actions/recurrence";
import { readRecurrence } from "../../../src/core/actions/recurrence-rule";

const FIXTURE = readFileSync(join(__dirname, "fixtures", "recurrence.md"), "utf8");

interface Row {
  line: number;
  rule: string;
  dates: OccurrenceDates;
  completed: string;
  next: OccurrenceDates | { none: string };
  docs: boolean;
}

function dates(cell: string): OccurrenceDates {
  const pick = (emoji: string) => new RegExp(`${emoji}\\s*(\\d{4}-\\d\\d-\\d\\d)`, "u").exec(cell)?.[1] ?? null;
  const out = { due: pick("📅"), scheduled: pick("⏳"), start: pick("🛫") };
  // Every date in the cell is one of the three: a typo in the fixture fails here, not as a wrong expectation.
  expect(cell.match(/\d{4}-\d\d-\d\d/g)?.length ?? 0).toBe([out.due, out.scheduled, out.start].filter((d) => d !== null).length);
  return out;
}

const ROWS: Row[] = FIXTURE.split("\n").flatMap((text, i) => {
  const cells = text.split("|").map((c) => c.trim());
  if (cells.length !== 7 || !/^every|^each/.test(cells[1])) return [];
  const none = /^none: (.+)$/.exec(cells[4]);
  return [{ line: i + 1, rule: cells[1], dates: dates(cells[2]), completed: cells[3], next: none ? { none: none[1] } : dates(cells[4]), docs: cells[5] === "docs" }];
});

describe("next occurrence (fixtures/recurrence.md)", () => {
  it("reads the table: every row, the documented examples among them", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
    expect(ROWS.filter((r) => r.docs).length).toBeGreaterThanOrEqual(20);
  });

  for (const row of ROWS) {
    it(`line ${row.line}: ${row.rule}, completed ${row.completed}`, () => {
      const r = nextOccurrence(row.rule, row.dates, row.completed);
      if ("none" in row.next) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toContain(row.next.none);
      } else {
        expect(r).toMatchObject({ ok: true, dates: row.next });
      }
    });
  }
});

describe("readRecurrence", () => {
  it("reads the period, the interval, the days and `when done`", () => {
    expect(readRecurrence("every 2 weeks on Monday, Friday when done")).toEqual({
      ok: true,
      rule: { freq: "week", interval: 2, weekdays: [{ day: 0, nth: 0 }, { day: 4, nth: 0 }], monthDays: [], months: [], whenDone: true },
    });
    expect(readRecurrence("every month on the 2nd last Friday")).toMatchObject({ ok: true, rule: { freq: "month", weekdays: [{ day: 4, nth: -2 }] } });
    expect(readRecurrence("Every April and December on the 1st and 24th")).toMatchObject({ ok: true, rule: { freq: "year", months: [4, 12], monthDays: [1, 24] } });
    expect(readRecurrence("every weekday")).toMatchObject({ ok: true, rule: { freq: "week", weekdays: [0, 1, 2, 3, 4].map((day) => ({ day, nth: 0 })) } });
  });

  it("refuses what it cannot read in full, naming the rule", () => {
    for (const text of ["every", "every 2", "every week on Monday until 2025", "every Mondays please", "every day at 9", "sometimes", "every weekday on Monday", "every month on the", ""]) {
      expect(readRecurrence(text), text).toEqual({ ok: false, reason: `"${text.trim()}" is not a repeat rule One-on-one understands` });
    }
  });
});

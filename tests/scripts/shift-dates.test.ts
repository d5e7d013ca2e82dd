// The demo vault's dates move as one: every real date, in text and file names, and nothing else.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween, shiftPath, shiftText } from "../../scripts/demo/shift-dates.mjs";

describe("shiftText", () => {
  it("moves ISO dates and month-day prose, keeps impossible dates, times, BOM and line endings", () => {
    const text = "\uFEFF---\r\ndate: 2026-11-24\r\n---\r\n- [ ] Send it 📅 2026-11-30 ✅ 2026-02-30\r\nOn Nov 30 at 12:30, and November 3rd.\r\n";
    expect(shiftText(text, 9, 2026)).toBe("\uFEFF---\r\ndate: 2026-12-03\r\n---\r\n- [ ] Send it 📅 2026-12-09 ✅ 2026-02-30\r\nOn Dec 9 at 12:30, and November 12th.\r\n");
    expect(shiftText(text, 0, 2026)).toBe(text);
  });
  it("moves dates in file and folder names", () => {
    expect(shiftPath("1-1s/Alex Kim/2026-11-24.md", 9)).toBe("1-1s/Alex Kim/2026-12-03.md");
    expect(shiftPath("Daily/2026-12-31.md", 1)).toBe("Daily/2027-01-01.md");
    expect(daysBetween("2026-11-25", "2027-01-01")).toBe(37);
  });
  it("moving forward then back gives the text it started from", () => {
    const day = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.oneof(day, fc.constantFrom(" ", "\n", "due ", "x", "2026-02-30")), { maxLength: 12 }), fc.integer({ min: -400, max: 400 }), (parts, days) => {
        const text = parts.join(" ");
        expect(shiftText(shiftText(text, days, 2026), -days, 2026)).toBe(text);
      }),
    );
  });
});

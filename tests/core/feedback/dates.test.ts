// Calendar arithmetic without the clock, checked against the platform's UTC calendar.
import { expect, it } from "vitest";
import fc from "fast-check";
import { addDays, dayNumber, isRealDate, toIso } from "../../../src/core/feedback/dates";

it("agrees with Date.UTC over four centuries (property)", () => {
  fc.assert(
    fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => {
      const iso = new Date(n * 86400000).toISOString().slice(0, 10);
      expect(toIso(n)).toBe(iso);
      expect(dayNumber(iso)).toBe(n);
    }),
  );
});

it("rejects impossible dates and adds days across month and year ends", () => {
  expect(isRealDate("2024-02-29")).toBe(true);
  expect(isRealDate("2023-02-29")).toBe(false);
  expect(isRealDate("2024-13-01")).toBe(false);
  expect(addDays("2024-12-28", 7)).toBe("2025-01-04");
  expect(addDays("2024-02-30", 1)).toBeNull();
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, daysBetween, isIsoDay, isoDayNumber, isoFromDayNumber } from "../../../src/core/markdown/iso-day";

describe("iso-day", () => {
  it("numbers real days from 1970-01-01 and rejects impossible ones", () => {
    expect(isoDayNumber("1970-01-01")).toBe(0);
    expect(isoDayNumber("2024-02-29")).toBe(19782);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-13-01")).toBe(false);
    expect(isIsoDay("2024-5-1")).toBe(false);
  });
  it("adds days across months, leap years and the year end", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(addDays("2024-02-30", 1)).toBeNull();
  });
  it("agrees with the Date object for every day of four centuries", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50000, max: 100000 }), (n) => {
        const iso = new Date(n * 86400000).toISOString().slice(0, 10);
        expect(isoFromDayNumber(n)).toBe(iso);
        expect(isoDayNumber(iso)).toBe(n);
      }),
    );
  });
});

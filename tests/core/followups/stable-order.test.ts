import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stableOrder } from "../../../src/core/followups/stable-order";

describe("stableOrder", () => {
  it("orders positions by key, equal keys in their first order, like a stable sort", () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 ** 30 - 1 }), fc.constantFrom(300000000, 100000000 + 20240501, 20240430));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const expected = keys.map((k, i) => [k, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
        expect([...stableOrder(Int32Array.from(keys), keys.length)]).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
  it("reads only the first n keys", () => {
    expect([...stableOrder(Int32Array.from([5, 1, 0]), 2)]).toEqual([1, 0]);
    expect([...stableOrder(new Int32Array(0), 0)]).toEqual([]);
  });
});

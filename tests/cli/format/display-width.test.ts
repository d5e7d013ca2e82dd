// Terminal columns of note text: what the CLI tables pad and cut by.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipToWidth, displayWidth, padToWidth } from "../../../src/cli/format/display-width";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Latin, accents written as combining marks, Chinese, Hangul, emoji (with a variation selector and a joiner), tabs aside.
const piece = fc.constantFrom("a", "Ü", "e\u0301", "下", "周", "한", "🔗", "🧪", "✅", "⚠\ufe0f", "👩\u200d💻", " ", "…");
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

describe("displayWidth", () => {
  it("counts wide characters and emoji as two columns, marks and joiners as none", () => {
    expect(displayWidth("Draft the rota")).toBe(14);
    expect(displayWidth("下周五前")).toBe(8);
    expect(displayWidth("e\u0301te\u0301")).toBe(3);
    expect(displayWidth("🔗 link ✅")).toBe(10);
  });
});

describe("clipToWidth and padToWidth", () => {
  it("cut between characters to at most the width, ending in …, and pad to exactly the width", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (s, width) => {
        const clipped = clipToWidth(s, width);
        expect(LONE_SURROGATE.test(clipped)).toBe(false);
        expect(displayWidth(clipped)).toBeLessThanOrEqual(Math.max(width, 1));
        if (displayWidth(s) <= width) expect(clipped).toBe(s);
        else expect(s.startsWith(clipped.slice(0, -1)) && clipped.endsWith("…")).toBe(true);
        expect(displayWidth(padToWidth(clipped, width))).toBe(Math.max(width, displayWidth(clipped)));
      }),
    );
  });
  it("keeps a combining mark with its letter when the cut falls right after it", () => {
    expect(clipToWidth("cafe\u0301 au lait", 5)).toBe("cafe\u0301…");
  });
});

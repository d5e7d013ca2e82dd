import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRealDate } from "../../../src/core/actions/dates";
import { parseActions } from "../../../src/core/actions/parse";
import { splitText } from "../../../src/core/markdown/lines";
import { scanNote } from "../../../src/core/markdown/scan-note";
import { markdownNote } from "./markdown-arbitrary";

const DATES = ["due", "scheduled", "start", "created", "done", "cancelled"] as const;

describe("parseActions on any input", () => {
  it("never throws on random strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }), (a, b) => {
        expect(Array.isArray(parseActions("n.md", a))).toBe(true);
        expect(Array.isArray(parseActions("n.md", b))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on random Markdown-ish notes, and every item is consistent with the note", () => {
    fc.assert(
      fc.property(markdownNote, (text) => {
        const items = parseActions("n.md", text);
        const lines = splitText(text).lines;
        let last = 0;
        for (const i of items) {
          expect(i.line).toBeGreaterThan(last);
          last = i.line;
          expect(i.original).toBe(lines[i.line - 1]);
          expect(i.original.includes(`[${i.status}]`)).toBe(true);
          expect(i.text).toBe(i.text.trim());
          expect(i.text).not.toMatch(/\s\s|[^\S ]/);
          for (const k of DATES) if (i[k] !== null) expect(isRealDate(i[k])).toBe(true);
          if (i.parentLine !== null) {
            expect(i.parentLine).toBeLessThan(i.line);
            expect(items.some((p) => p.line === i.parentLine)).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("puts each item in the callouts the scanner sees open around its line", () => {
    fc.assert(
      fc.property(markdownNote, (text) => {
        // Reference: a level opens with the line that first reaches it, and is a callout when that line is `[!type]`.
        const levels: (string | null)[] = [];
        const expected = new Map<number, string[]>();
        for (const l of scanNote(text).lines) {
          levels.length = Math.min(levels.length, l.quoteDepth);
          while (levels.length < l.quoteDepth) levels.push(levels.length === l.quoteDepth - 1 ? (l.callout?.type ?? null) : null);
          expected.set(l.index + 1, levels.filter((t) => t !== null));
        }
        for (const i of parseActions("n.md", text)) expect(i.callouts).toEqual(expected.get(i.line));
      }),
      { numRuns: 1000 },
    );
  });

  it("finds the same items whatever the line endings and with or without a BOM", () => {
    fc.assert(
      fc.property(markdownNote, (text) => {
        const lf = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
        const expected = parseActions("n.md", lf);
        expect(parseActions("n.md", lf.replace(/\n/g, "\r\n"))).toEqual(expected);
        expect(parseActions("n.md", lf.replace(/\n/g, "\r"))).toEqual(expected);
        expect(parseActions("n.md", "\uFEFF" + lf)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

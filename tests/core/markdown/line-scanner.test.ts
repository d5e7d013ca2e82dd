import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineScanner, headingTextAt, type LineContext } from "../../../src/core/markdown/scanner";
import { scanNote } from "../../../src/core/markdown/scan-note";

/** Classifies a note with LineScanner over raw offsets, the way the action parser drives it. */
function classify(text: string): { context: LineContext; depth: number; start: number }[] {
  const out: { context: LineContext; depth: number; start: number }[] = [];
  const scanner = new LineScanner(text);
  let s = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    let e = s;
    while (e < text.length && text[e] !== "\n" && text[e] !== "\r") e++;
    const context = scanner.next(s, e);
    out.push({ context, depth: scanner.quoteDepth, start: scanner.contentStart - s });
    if (e === text.length) return out;
    s = text.startsWith("\r\n", e) ? e + 2 : e + 1;
  }
}

const piece = fc.constantFrom("---", "```", "~~~", "````", "%%", "<!--", "-->", "> ", ">>", " ", "\t", "- [ ] a", "# h", "x", "`", "%", "-", ">", "a: 1");
const note = fc
  .tuple(fc.array(fc.array(piece, { maxLength: 4 }).map((p) => p.join("")), { maxLength: 25 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean())
  .map(([lines, eol, bom]) => (bom ? "\uFEFF" : "") + lines.join(eol));

describe("LineScanner", () => {
  it("classifies lines exactly as scanNote does, from offsets into the whole text", () => {
    fc.assert(
      fc.property(note, (text) => {
        const scanned = scanNote(text).lines.map((l) => ({ context: l.context, depth: l.quoteDepth, start: l.contentStart }));
        expect(classify(text)).toEqual(scanned);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the frontmatter with any line ending and after a BOM", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = ["---", "a: 1", "---", "- [ ] x"].join(eol);
      expect(new LineScanner(text).frontmatterEnd).toBe(2);
      expect(new LineScanner("\uFEFF" + text).frontmatterEnd).toBe(2);
      expect(classify(text).map((l) => l.context)).toEqual(["frontmatter", "frontmatter", "frontmatter", "text"]);
    }
    expect(new LineScanner("---\na: 1").frontmatterEnd).toBe(-1);
    expect(new LineScanner("--- \n---").frontmatterEnd).toBe(1);
  });
});

describe("headingTextAt", () => {
  it("reads ATX headings from offsets, dropping a closing sequence", () => {
    const t = "xx## Next 1:1 ##  \n";
    expect(headingTextAt(t, 2, t.length - 1)).toBe("Next 1:1");
    expect(headingTextAt("# C# tips", 0, 9)).toBe("C# tips");
    expect(headingTextAt("#tag", 0, 4)).toBeNull();
    expect(headingTextAt("    # code", 0, 10)).toBeNull();
  });
});

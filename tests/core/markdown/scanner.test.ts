import { describe, expect, it } from "vitest";
import { scanNote, splitText, joinText } from "../../../src/core/markdown";

const contexts = (t: string) => scanNote(t).lines.map((l) => l.context[0]).join("");

describe("scanNote", () => {
  it("marks frontmatter, fences, comments and text", () => {
    const note = ["---", "a: 1", "---", "x", "```js", "- [ ] no", "```", "%%", "hidden", "%%", "<!--", "c", "-->", "y"].join("\n");
    expect(contexts(note)).toBe("ffftccccccccct");
  });
  it("needs a longer-or-equal fence of the same character to close", () => {
    expect(contexts("````\n```\n~~~\n````\nz")).toBe("cccct");
  });
  it("ends a fence opened in a quote when the quote ends", () => {
    expect(contexts("> ```\n> code\nafter")).toBe("cct");
  });
  it("reads headings and callouts", () => {
    const s = scanNote("## Feedback for Sam ##\n> [!feedback]- Title\n>> deeper\n#tag");
    expect(s.lines[0].heading).toEqual({ level: 2, text: "Feedback for Sam" });
    expect(s.lines[1].callout).toEqual({ type: "feedback", fold: "-", title: "Title" });
    expect(s.lines[2].quoteDepth).toBe(2);
    expect(s.lines[3].heading).toBeNull();
  });
  it("unclosed frontmatter is not frontmatter", () => {
    expect(contexts("---\na: 1\nb")).toBe("ttt");
  });
});

describe("splitText", () => {
  it("round-trips BOM and mixed endings", () => {
    for (const t of ["", "\uFEFFa\r\nb\nc\rd", "x\n", "\n\n"]) expect(joinText(splitText(t))).toBe(t);
  });
});

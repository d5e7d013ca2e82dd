import { describe, expect, it } from "vitest";
import fc from "fast-check";
import moment from "moment";
import { freePath, notePath, pathLink, safeName, withMarkdownExtension } from "../../../src/core/templates/paths";

const PATTERN = "1-1s/{{person}}/{{date:YYYY-MM-DD}}.md";

describe("safeName", () => {
  it.each([
    ["Alex Kim", "Alex Kim"],
    ["../x", "x"],
    ["a/b", "a b"],
    [".hidden", "hidden"],
    ['Sam: "the man"', "Sam the man"],
    ["Who? <me> | you * #1 ^x [y]", "Who me you 1 x y"],
    ["back\\slash", "back slash"],
    ["...", "Unnamed"],
    ["  ", "Unnamed"],
    ["trailing dot.", "trailing dot"],
    ["CON", "CON_"],
    ["tab\tand\nnewline", "tab and newline"],
    ["Zoë O'Brien", "Zoë O'Brien"],
  ])("%j → %j", (name, safe) => {
    expect(safeName(name)).toBe(safe);
  });
});

describe("notePath", () => {
  it("fills the default pattern", () => {
    expect(notePath(PATTERN, "Alex Kim", "2024-05-08", moment)).toEqual({ path: "1-1s/Alex Kim/2024-05-08.md", unknownVariables: [] });
  });
  it("keeps folders made by date formats and adds the extension", () => {
    expect(notePath("Meetings/{{date:YYYY/MM}}/{{person}} {{date:DD}}", "Mei Chen", "2024-05-08", moment).path).toBe("Meetings/2024/05/Mei Chen 08.md");
  });
  it.each([
    ["../x", "1-1s/x/2024-05-08.md"],
    ["a/b", "1-1s/a b/2024-05-08.md"],
    [".hidden", "1-1s/hidden/2024-05-08.md"],
    ['Sam: "the man"', "1-1s/Sam the man/2024-05-08.md"],
    ["../../etc/passwd", "1-1s/etc passwd/2024-05-08.md"],
  ])("a hostile name %j stays inside the folder: %j", (name, path) => {
    expect(notePath(PATTERN, name, "2024-05-08", moment).path).toBe(path);
  });
  it("cleans a pattern that itself climbs out or hides", () => {
    expect(notePath("../{{person}}/./.x/{{date}}", "Alex", "2024-05-08", moment).path).toBe("Alex/x/2024-05-08.md");
    expect(withMarkdownExtension("notes/.md")).toBe("notes.md");
    expect(withMarkdownExtension("")).toBe("Untitled.md");
  });
  it("reports unknown variables in the pattern and keeps them readable", () => {
    expect(notePath("1-1s/{{team}}/{{person}}.md", "Alex", "2024-05-08", moment)).toEqual({ path: "1-1s/{{team}}/Alex.md", unknownVariables: ["{{team}}"] });
  });
  it("never makes an escaping, hidden, empty or invalid segment, whatever the name (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        const { path } = notePath(PATTERN, name, "2024-05-08", moment);
        const segs = path.split("/");
        expect(segs).toHaveLength(3);
        expect(segs[0]).toBe("1-1s");
        expect(segs[2]).toBe("2024-05-08.md");
        for (const s of segs) {
          expect(s).not.toBe("");
          expect(s.startsWith(".")).toBe(false);
          expect(s).not.toMatch(/[\\:*?"<>|#^[\]]/);
          expect(s).toBe(s.trim());
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("freePath and links", () => {
  const taken = new Set(["1-1s/Alex/2024-05-08.md", "1-1s/Alex/2024-05-08 (2).md"]);
  it("gives the path when free, a suffix when allowed, null otherwise", () => {
    expect(freePath("1-1s/Alex/2024-05-09.md", (p) => taken.has(p), false)).toBe("1-1s/Alex/2024-05-09.md");
    expect(freePath("1-1s/Alex/2024-05-08.md", (p) => taken.has(p), true)).toBe("1-1s/Alex/2024-05-08 (3).md");
    expect(freePath("1-1s/Alex/2024-05-08.md", (p) => taken.has(p), false)).toBeNull();
  });
  it("links by full path, since 1:1 notes of different people share basenames", () => {
    expect(pathLink("1-1s/Alex Kim/2024-05-01.md")).toBe("[[1-1s/Alex Kim/2024-05-01|2024-05-01]]");
    expect(pathLink("People/Alex Kim.md", "Alex Kim")).toBe("[[People/Alex Kim|Alex Kim]]");
    expect(pathLink("a/b.md", undefined, "#^x1")).toBe("[[a/b#^x1|b]]");
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFrontmatter, linkTarget, stringList } from "../../../src/core/markdown/frontmatter";

describe("parseFrontmatter", () => {
  it("reads a 1:1 note's frontmatter", () => {
    const fm = parseFrontmatter('---\ntype: one-on-one\nperson: "[[Alex Kim]]"\ndate: 2026-11-03\n---\n# Body');
    expect(fm).toEqual({ data: { type: "one-on-one", person: "[[Alex Kim]]", date: "2026-11-03" }, error: null, end: 4 });
  });
  it("reads unquoted links, flow and block lists, comments", () => {
    const fm = parseFrontmatter("---\nperson: [[Sam O'Brien]]\naliases: [Sam, \"S. O'B\"]\ntags:\n  - people # team\n  - eng\ncadence: every 10 days\n---\n");
    expect(fm.data).toEqual({ person: "[[Sam O'Brien]]", aliases: ["Sam", "S. O'B"], tags: ["people", "eng"], cadence: "every 10 days" });
  });
  it("reports broken frontmatter without throwing", () => {
    const fm = parseFrontmatter("---\nperson: \"[[Alex\nfoo\n---\n");
    expect(fm.error).toMatch(/line 2/);
    expect(fm.data).toEqual({});
  });
  it("no frontmatter without a closing fence, and a BOM is allowed", () => {
    expect(parseFrontmatter("---\na: 1\n").end).toBe(-1);
    expect(parseFrontmatter("\uFEFF---\r\na: 1\r\n---\r\n").data).toEqual({ a: 1 });
  });
  it("never throws", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseFrontmatter("---\n" + s + "\n---\n");
    }));
  });
});

describe("link helpers", () => {
  it("linkTarget strips brackets, aliases, headings and folders", () => {
    expect(linkTarget("[[People/Alex Kim|Alex]]")).toBe("Alex Kim");
    expect(linkTarget("Mei Chen")).toBe("Mei Chen");
    expect(linkTarget(3)).toBeNull();
  });
  it("stringList accepts one string or a list", () => {
    expect(stringList("Al")).toEqual(["Al"]);
    expect(stringList(["a", 1, null])).toEqual(["a", "1"]);
  });
});

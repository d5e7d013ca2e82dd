import { describe, expect, it } from "vitest";
import { ensureOneOnOneFrontmatter } from "../../../src/core/templates/frontmatter";
import { parseFrontmatter } from "../../../src/core/markdown/frontmatter";
import { oneOnOneFromFrontmatter } from "../../../src/core/people/one-on-one-notes";

describe("ensureOneOnOneFrontmatter", () => {
  it("leaves a note that already is a 1:1 note alone", () => {
    const t = '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2024-05-08\n---\n# x\n';
    expect(ensureOneOnOneFrontmatter(t, "Alex", "2024-05-08")).toBe(t);
  });
  it.each([
    ["# Body\r\nline\r\n", '---\r\ntype: one-on-one\r\nperson: "[[Alex]]"\r\ndate: 2024-05-08\r\n---\r\n# Body\r\nline\r\n'],
    ["\uFEFF# Body", '\uFEFF---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2024-05-08\n---\n# Body'],
    ["---\ntags: [a]\n---", '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2024-05-08\ntags: [a]\n---'],
    ["---\ntype: one-on-one\ndate:\n---\nx\n", '---\nperson: "[[Alex]]"\ndate: 2024-05-08\ntype: one-on-one\n---\nx\n'],
  ])("adds what %j lacks, keeping line endings and BOM", (input, output) => {
    const out = ensureOneOnOneFrontmatter(input, "Alex", "2024-05-08");
    expect(out).toBe(output);
    expect(oneOnOneFromFrontmatter(parseFrontmatter(out).data)).toEqual({ person: "Alex", date: "2024-05-08", problems: [] });
  });
  it("escapes a name with quotes so the frontmatter stays valid", () => {
    const out = ensureOneOnOneFrontmatter("x", 'Sam "the man"', "2024-05-08");
    expect(oneOnOneFromFrontmatter(parseFrontmatter(out).data)?.person).toBe('Sam "the man"');
  });
});

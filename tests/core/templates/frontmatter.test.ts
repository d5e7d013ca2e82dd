import { describe, expect, it } from "vitest";
import { ensureOneOnOneFrontmatter } from "../../../src/core/templates/frontmatter";
import { parseFrontmatter } from "../../../src/core/markdown/frontmatter";
import { oneOnOneFromFrontmatter } from "../../../src/core/people/one-on-one-notes";

const ensured = (text: string, person = "Alex", date = "2024-05-08") => ensureOneOnOneFrontmatter(text, person, date);

describe("ensureOneOnOneFrontmatter", () => {
  it("leaves a note that already is a 1:1 note alone", () => {
    const t = '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2024-05-08\n---\n# x\n';
    expect(ensured(t)).toEqual({ text: t, error: null });
  });
  it.each([
    ["# Body\r\nline\r\n", '---\r\ntype: one-on-one\r\nperson: "[[Alex]]"\r\ndate: 2024-05-08\r\n---\r\n# Body\r\nline\r\n'],
    ["\uFEFF# Body", '\uFEFF---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2024-05-08\n---\n# Body'],
    ["---\ntags: [a]\n---", '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2024-05-08\ntags: [a]\n---'],
    ["---\ntype: one-on-one\ndate:\n---\nx\n", '---\nperson: "[[Alex]]"\ndate: 2024-05-08\ntype: one-on-one\n---\nx\n'],
    // Quoted empty keys are dropped too: a second `type` would make Obsidian read no property at all.
    ['---\n"type":\n\'person\' :\n"da\\u0074e": ""\ntags: [a]\n---\nx\n', '---\ntype: one-on-one\nperson: "[[Alex]]"\ndate: 2024-05-08\ntags: [a]\n---\nx\n'],
  ])("adds what %j lacks, keeping line endings and BOM", (input, output) => {
    const out = ensured(input);
    expect(out).toEqual({ text: output, error: null });
    expect(oneOnOneFromFrontmatter(parseFrontmatter(out.text).data)).toEqual({ person: "Alex", date: "2024-05-08", problems: [] });
  });
  it("escapes a name with quotes so the frontmatter stays valid", () => {
    const out = ensured("x", 'Sam "the man"');
    expect(oneOnOneFromFrontmatter(parseFrontmatter(out.text).data)?.person).toBe('Sam "the man"');
  });

  it.each([
    ['---\n{ "type": "one-on-one", "tags": ["1-1"] }\n---\n# Body\n', "\n"],
    ['\uFEFF---\r\n{\r\n  "person": "",\r\n  "tags": ["1-1"]\r\n}\r\n---\r\n# Body\r\n', "\r\n"],
    ["---\n{tags: [1-1], type: one-on-one}\n---\n# Body\n", "\n"],
  ])("frontmatter in braces %j gets the keys inside its object, and stays JSON", (input, eol) => {
    const out = ensured(input, 'Sam "the man"');
    expect(out.error).toBeNull();
    const fm = parseFrontmatter(out.text);
    expect(fm.error).toBeNull();
    expect(oneOnOneFromFrontmatter(fm.data)).toEqual({ person: 'Sam "the man"', date: "2024-05-08", problems: [] });
    expect(fm.data.tags).toEqual(["1-1"]);
    const lines = out.text.replace(/^\uFEFF/, "").split(eol);
    expect(lines[0]).toBe("---");
    expect(JSON.parse(lines.slice(1, lines.indexOf("---", 1)).join("\n"))).toMatchObject({ type: "one-on-one", date: "2024-05-08" });
    expect(out.text.startsWith("\uFEFF")).toBe(input.startsWith("\uFEFF"));
    expect(out.text.endsWith(`---${eol}# Body${eol}`)).toBe(true);
    if (eol === "\r\n") expect(out.text.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("unreadable frontmatter is left as the template wrote it, with the reason, not made worse", () => {
    const broken = "---\ntitle: [unclosed\n  : what\n---\n# Body\n";
    expect(parseFrontmatter(broken).error).not.toBeNull();
    const out = ensured(broken);
    expect(out.text).toBe(broken);
    expect(out.error).toBe(parseFrontmatter(broken).error);
  });
});

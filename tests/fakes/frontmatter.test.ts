// processFrontMatter edits only the YAML and keeps every other byte; parseYaml throws on broken YAML like Obsidian.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, getFrontMatterInfo, parseYaml, stringifyYaml, type TestApp } from "./obsidian";

let t: TestApp;
afterEach(() => t?.dispose());

describe("processFrontMatter", () => {
  it("changes one key and keeps the body byte for byte", async () => {
    const body = "# 1:1 with Alex\r\n\r\n- [ ] send notes \r\n";
    t = createTestApp({ files: { "n.md": `---\r\ntype: one-on-one\r\nperson: "[[Alex Kim]]"\r\ndate: 2024-05-02\r\n---\r\n${body}` } });
    await t.fileManager.processFrontMatter(t.file("n.md"), (fm) => {
      expect(fm).toEqual({ type: "one-on-one", person: "[[Alex Kim]]", date: "2024-05-02" });
      fm.status = "done";
    });
    expect(t.read("n.md")).toBe(`---\r\ntype: one-on-one\r\nperson: "[[Alex Kim]]"\r\ndate: 2024-05-02\r\nstatus: done\r\n---\r\n${body}`);
  });

  it("adds a frontmatter block to a note without one, keeping a BOM first", async () => {
    t = createTestApp({ files: { "n.md": "\uFEFFBody text" } });
    await t.fileManager.processFrontMatter(t.file("n.md"), (fm) => {
      fm.aliases = ["Al", "A. K."];
    });
    expect(t.read("n.md")).toBe("\uFEFF---\naliases:\n  - Al\n  - A. K.\n---\nBody text");
  });

  it("leaves a note without frontmatter untouched when fn adds nothing", async () => {
    t = createTestApp({ files: { "n.md": "just text\n" } });
    await t.fileManager.processFrontMatter(t.file("n.md"), () => {});
    expect(t.read("n.md")).toBe("just text\n");
  });

  it("throws on broken YAML and writes nothing", async () => {
    const text = "---\nperson: [[Alex\ndate: 2024-05-02\n---\nbody\n";
    t = createTestApp({ files: { "n.md": text } });
    let called = false;
    await expect(t.fileManager.processFrontMatter(t.file("n.md"), () => (called = true))).rejects.toThrow();
    expect(called).toBe(false);
    expect(t.read("n.md")).toBe(text);
    // The cache drops broken frontmatter but still knows where it is.
    const cache = t.metadataCache.getFileCache(t.file("n.md"))!;
    expect(cache.frontmatter).toBeUndefined();
    expect(cache.frontmatterPosition?.end.line).toBe(3);
  });

  it("round-trips any body after any edit (property)", async () => {
    t = createTestApp({ files: { "n.md": "" } });
    const f = t.file("n.md");
    const body = fc.string({ unit: "grapheme", maxLength: 120 }).filter((b) => !b.startsWith("---"));
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }));
    const key = fc.stringMatching(/^[a-z][a-z_-]{0,10}$/);
    await fc.assert(
      fc.asyncProperty(body, fc.dictionary(key, value, { maxKeys: 4 }), key, value, async (b, fm, k, v) => {
        const start = Object.keys(fm).length ? `---\n${stringifyYaml(fm)}---\n${b}` : b;
        await t.vault.modify(f, start);
        await t.fileManager.processFrontMatter(f, (x) => {
          x[k] = v;
        });
        const after = t.read("n.md");
        const info = getFrontMatterInfo(after);
        expect(info.exists).toBe(true);
        expect(after.slice(info.contentStart)).toBe(b);
        expect(parseYaml(info.frontmatter)).toEqual({ ...fm, [k]: v });
      }),
      { numRuns: 150 },
    );
  });
});

describe("parseYaml / stringifyYaml", () => {
  it.each([
    ["type: one-on-one\ndate: 2024-05-02", { type: "one-on-one", date: "2024-05-02" }],
    ['person: "[[Alex Kim]]"', { person: "[[Alex Kim]]" }],
    ["person: [[Alex Kim]]", { person: [["Alex Kim"]] }],
    ["tags: [a, b]\ncount: 3\nok: true\nnone:", { tags: ["a", "b"], count: 3, ok: true, none: null }],
    ["aliases:\n  - Al\n  - 'It''s'\n", { aliases: ["Al", "It's"] }],
    ["aliases:\n- Al\n- Bo\nnext: x", { aliases: ["Al", "Bo"], next: "x" }],
    ["nested:\n  a: 1\n  b:\n    c: d # comment", { nested: { a: 1, b: { c: "d" } } }],
    ["text: |\n  line one\n  line two\nafter: 1", { text: "line one\nline two\n", after: 1 }],
    ["cadence: every 10 days", { cadence: "every 10 days" }],
    ["list:\n  - name: a\n    n: 1\n  - name: b", { list: [{ name: "a", n: 1 }, { name: "b" }] }],
    ["", null],
  ])("parses %j", (yaml, expected) => {
    expect(parseYaml(yaml)).toEqual(expected);
  });

  it.each([
    ["unclosed flow", "a: [1, 2"],
    ["unclosed quote", 'a: "open'],
    ["duplicate key", "a: 1\na: 2"],
    ["bad indentation", "a: 1\n  b: 2"],
    ["tab indentation", "a:\n\t- x"],
    ["mapping in a plain value", "a: b: c"],
    ["not a key", "a: 1\njust text"],
  ])("throws on %s", (_label, yaml) => {
    expect(() => {
      parseYaml(yaml);
    }).toThrow();
  });

  it("writes strings plainly unless YAML would read them as something else", () => {
    expect(stringifyYaml({ a: "text", b: "[[Link]]", c: "123", d: "true", e: "", f: "x: y", g: "2024-05-02", h: [], i: {} })).toBe(
      'a: text\nb: "[[Link]]"\nc: "123"\nd: "true"\ne: ""\nf: "x: y"\ng: 2024-05-02\nh: []\ni: {}\n',
    );
  });
});

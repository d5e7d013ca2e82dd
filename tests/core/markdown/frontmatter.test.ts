import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { parseFrontmatter, parseFrontmatterLines, linkTarget, stringList } from "../../../src/core/markdown/frontmatter";
import { splitText } from "../../../src/core/markdown/lines";
import { referenceLinkTarget } from "./link-target-reference";

// Pieces of YAML-ish lines, the tricky characters included.
const piece = fc.constantFrom(
  "type", "person", "date", "aliases", '"quoted key"', "'k'", ":", ": ", " ", "\t", "\u00a0", "\u2028", "#", " #", "-", "- ", "  - ",
  "[", "]", "[[", "]]", "[[Alex Kim]]", "|", "one-on-one", "2024-05-01", "-12", "3.5", "1.", ".5", "true", "null", "~", '"', "'",
  '"a\\"b"', "\\n", "a, b", "{x: 1}", "x.md", "X.MD", "/",
  // Block scalars and JSON frontmatter: headers, indented and blank lines, braces.
  ": |", ": >-", ": |+", ": >2", "   ", "  text", "    deeper", "{", "}", '"k": "v"', ",",
);
const yamlLine = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));
const yamlNote = fc
  .tuple(fc.constantFrom("", "\uFEFF"), fc.constantFrom("---", "--- ", "----", "x"), fc.array(yamlLine, { maxLength: 8 }), fc.constantFrom("---", "---\t", ""), fc.constantFrom("\n", "\r\n", "\r"), fc.constantFrom("", "# Body", "---"))
  .map(([bom, open, lines, close, eol, body]) => bom + [open, ...lines, close, body].join(eol));

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
  it("reads a note's text and its split lines alike", () => {
    fc.assert(
      fc.property(yamlNote, (text) => {
        expect(parseFrontmatterLines(splitText(text).lines)).toEqual(parseFrontmatter(text));
      }),
      { numRuns: 3000 },
    );
  });
  it("reads random lines of YAML-ish pieces as the yaml package does, or refuses them", () => {
    // Where the yaml package is at odds with YAML and Obsidian's parser: whitespace after a block scalar's header
    // (it refuses it or misreads the lines below) and tabs on otherwise empty lines (text, indentation or an error, by place).
    const yamlQuirk = (lines: string[]) => lines.some((l) => /[|>][-+1-9]*[ \t]+$/.test(l) || /^[ \t]*\t[ \t]*$/.test(l));
    fc.assert(
      fc.property(fc.array(yamlLine, { maxLength: 8 }), (lines) => {
        // Unquoted links are the reader's own reading (frontmatter-yaml.test.ts); `---` would end the frontmatter.
        fc.pre(!lines.some((l) => l.includes("[[") || /^---\s*$/.test(l)) && !yamlQuirk(lines));
        const fm = parseFrontmatter(`---\n${lines.join("\n")}\n---\n`);
        let expected: unknown;
        try {
          expected = parseYaml(lines.join("\n") + "\n", { logLevel: "error" }) ?? {};
        } catch {
          expect(fm.error, `YAML refuses it, the reader read ${JSON.stringify(fm.data)}`).not.toBeNull();
          return;
        }
        if (fm.error === null) expect(fm.data).toEqual(expected);
        else expect(fm.error).toMatch(/^line \d+: \S/);
      }),
      { numRuns: 3000 },
    );
  });
  it("agrees with the plain linkTarget it replaced", () => {
    fc.assert(
      fc.property(yamlLine, (v) => {
        expect(linkTarget(v)).toBe(referenceLinkTarget(v));
      }),
      { numRuns: 3000 },
    );
  });
  it("cuts a comment: a # after a space, and so a value that starts with #", () => {
    expect(parseFrontmatter("---\ntype:  # #\n---\n").data).toEqual({ type: null });
    expect(parseFrontmatter("---\ntype: #a #b\n---\n").data).toEqual({ type: null });
    expect(parseFrontmatter("---\ntype: x#a #b\n---\n").data).toEqual({ type: "x#a" });
  });
  it("refuses collections nested more than 100 deep with the line, rather than overflowing the stack", () => {
    const deep = (body: string) => parseFrontmatter(`---\n${body}\n---\n`);
    // The frontmatter's own map counts as the first.
    expect(deep("k: " + "[".repeat(99) + "]".repeat(99)).error).toBeNull();
    expect(deep("k: " + "[".repeat(100) + "]".repeat(100)).error).toBe("line 2: collections nested more than 100 deep");
    expect(deep("k: " + "{a: ".repeat(5000) + "}".repeat(5000)).error).toBe("line 2: collections nested more than 100 deep");
    expect(deep("k:\n" + "- ".repeat(5000) + "x").error).toBe("line 3: collections nested more than 100 deep");
    expect(deep(Array.from({ length: 3000 }, (_, i) => " ".repeat(i) + "k:").join("\n")).error).toBe("line 102: collections nested more than 100 deep");
  });
  it("never throws", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseFrontmatter("---\n" + s + "\n---\n");
    }));
  });
});

describe("frontmatter Obsidian reads that the small reader once refused", () => {
  // Both shapes are valid frontmatter in Obsidian; refusing them used to drop every key, `type: one-on-one` included.
  it("reads literal and folded block scalars (| and >, with - and + chomping) and the keys after them", () => {
    const fm = parseFrontmatter(
      "---\nsummary: |\n  Talked about the offsite.\n\n  Agreed on a budget.\nnote: >-\n  One long\n  folded line\n\n  and a new one\nkeep: |+\n  kept\n\ntype: one-on-one\ndate: 2025-05-20\n---\n",
    );
    expect(fm.error).toBeNull();
    expect(fm.data).toEqual({
      summary: "Talked about the offsite.\n\nAgreed on a budget.\n",
      note: "One long folded line\nand a new one",
      keep: "kept\n\n",
      type: "one-on-one",
      date: "2025-05-20",
    });
  });
  it("keeps a block scalar's deeper indentation and its # lines as text, and reads one nested in a map", () => {
    const fm = parseFrontmatter("---\nquery: |-\n  not done\n  # a comment in the query\n    group by folder\nmeta:\n  bio: >\n    Runs the platform team.\n  cadence: weekly\n---\n");
    expect(fm.data).toEqual({ query: "not done\n# a comment in the query\n  group by folder", meta: { bio: "Runs the platform team.\n", cadence: "weekly" } });
  });
  it("reads an empty block scalar as empty text, and a line less indented than the block as an error", () => {
    expect(parseFrontmatter("---\nnotes: |\ntype: one-on-one\n---\n").data).toEqual({ notes: "", type: "one-on-one" });
    expect(parseFrontmatter("---\nnotes: |\n    deep\n  shallow\n---\n").error).toMatch(/line 4/);
  });
  it("reads a flow map value, JSON-style or YAML-style, and the keys after it", () => {
    const fm = parseFrontmatter('---\nmeta: {"team": "payments", "level": 5}\nlinks: {manager: "[[Dana Reyes]]", peers: [Sam, Mei], note}\nwhen: {{date}}\ntype: one-on-one\n---\n');
    expect(fm.error).toBeNull();
    expect(fm.data).toEqual({
      meta: { team: "payments", level: 5 },
      links: { manager: "[[Dana Reyes]]", peers: ["Sam", "Mei"], note: null },
      when: { "{date}": null },
      type: "one-on-one",
    });
    expect(parseFrontmatter("---\nmeta: {a: 1\n---\n").error).toMatch(/line 2: unclosed \{/);
  });
  it("reads JSON frontmatter, as Obsidian's Properties documentation allows", () => {
    const fm = parseFrontmatter('---\n{\n  "type": "one-on-one",\n  "person": "[[Priya Nair]]",\n  "date": "2025-05-27",\n  "tags": ["team"],\n  "publish": false\n}\n---\n# 1:1');
    expect(fm).toEqual({ data: { type: "one-on-one", person: "[[Priya Nair]]", date: "2025-05-27", tags: ["team"], publish: false }, error: null, end: 8 });
    // Not JSON, but YAML reads a trailing comma in a flow map, and so does the reader; an unclosed brace is neither.
    expect(parseFrontmatter('---\n{"type": "one-on-one",}\n---\n')).toMatchObject({ data: { type: "one-on-one" }, error: null });
    expect(parseFrontmatter('---\n{"type": "one-on-one",\n"date": "2025-05-27"\n---\n').error).toBe("line 2: unclosed {");
    expect(parseFrontmatter("---\n[1, 2]\n---\n").error).not.toBeNull();
  });
});

describe("frontmatter of real vaults the reader once refused or misread", () => {
  it("reads a 1:1 note with lists over several lines, a list of goals and a quoted key holding a colon", () => {
    const note = [
      "---",
      "type: one-on-one",
      'person: "[[Sam O\'Brien]]" # my report',
      "date: 2025-05-20",
      "tags: [team,",
      "  payments]",
      "attendees: {manager: [[Dana Reyes]],",
      "  report: [[Sam O'Brien]]}",
      "goals:",
      "  - title: Ship the checkout",
      "    due: 2025-06-30",
      "  - title: Mentor Mei",
      '"Q3: focus": delivery',
      "summary: talked about the offsite",
      "  and the budget",
      "---",
      "# 1:1 with Sam",
    ].join("\n");
    expect(parseFrontmatter(note)).toEqual({
      data: {
        type: "one-on-one",
        person: "[[Sam O'Brien]]",
        date: "2025-05-20",
        tags: ["team", "payments"],
        attendees: { manager: "[[Dana Reyes]]", report: "[[Sam O'Brien]]" },
        goals: [{ title: "Ship the checkout", due: "2025-06-30" }, { title: "Mentor Mei" }],
        "Q3: focus": "delivery",
        summary: "talked about the offsite and the budget",
      },
      error: null,
      end: 15,
    });
  });
  it("reads no properties from a note that repeats a key, as Obsidian, and says which key on which line", () => {
    const fm = parseFrontmatter("---\ntype: one-on-one\ndate: 2025-05-20\nperson: \"[[Sam]]\"\ndate: 2025-05-21\n---\n");
    expect(fm).toEqual({ data: {}, error: 'line 5: duplicate key "date" (YAML, and so Obsidian, reads no frontmatter that repeats a key)', end: 5 });
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

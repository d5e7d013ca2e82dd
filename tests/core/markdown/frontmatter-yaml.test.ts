// Fixed cases checked against the `yaml` package, an oracle independent of the reader.
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseFrontmatter, type FrontmatterValue } from "../../../src/core/markdown/frontmatter";

interface Case {
  name: string;
  /** The frontmatter between the `---` lines, lines joined with "\n". */
  yaml: string;
  /** Where the reader deliberately reads otherwise than YAML: what it gives, and why. */
  differs?: { data: Record<string, FrontmatterValue>; why: string };
}

const CASES: Case[] = [
  { name: "literal block scalar with a blank line, nested in a map", yaml: "m:\n  s: |\n    l1\n\n    l2" },
  { name: "literal block scalar with a # line, nested in a map, then a key", yaml: "m:\n  s: |\n    l1\n    # heading\n    l2\nn: 1" },
  { name: "literal block scalar with blank and # lines, at the top", yaml: "s: |\n  l1\n\n  # heading\n  l2\nn: 1" },
  { name: "folded block scalar with a blank line, nested, then a sibling", yaml: "m:\n  s: >\n    a\n    b\n\n    c\n  t: 2" },
  { name: "kept trailing blank lines of a nested block scalar", yaml: "m:\n  s: |+\n    a\n\n  t: 2" },
  { name: "a less-indented comment ends a block scalar", yaml: "a: |\n  x\n # c\nb: 2" },
  { name: "a less-indented comment ends a nested block scalar", yaml: "m:\n  s: |\n    x\n  # c\n  t: 1\nu: 3" },
  { name: "a comment between nested keys and list items", yaml: "m:\n  # about m\n  a: 1\n\n  b: 2\nl:\n  - x\n  # not an item\n  - y" },
  { name: "a whole frontmatter as a YAML flow map on several lines", yaml: '{\n  type: one-on-one,\n  person: "[[Alex Kim]]",\n  tags: [team, eng],\n  level: 3\n}' },
  { name: "a whole frontmatter as a YAML flow map on one line", yaml: "{a: 1, b: [x, y], c: {d: e}}" },
  { name: "a trailing comma: not JSON, a YAML flow map", yaml: '{"type": "one-on-one",}' },
  { name: "a whole frontmatter as JSON", yaml: '{\n  "type": "one-on-one",\n  "person": "[[Priya Nair]]",\n  "n": 5,\n  "tags": ["team"],\n  "publish": false,\n  "none": null\n}' },
  { name: "__proto__ at the top", yaml: "__proto__: {type: one-on-one}\ndate: 2025-01-02" },
  { name: "__proto__ as a block map", yaml: "__proto__:\n  type: one-on-one\nn: 1" },
  { name: "__proto__ nested", yaml: "m:\n  __proto__:\n    type: one-on-one\n  a: 1" },
  { name: "__proto__ quoted", yaml: '"__proto__": x\n\'b\': y' },
  { name: "__proto__ in a flow map", yaml: "m: {__proto__: {type: one-on-one}, a: 1}" },
  { name: "__proto__ in JSON", yaml: '{"__proto__": {"type": "one-on-one"}, "a": 1}' },
  { name: "nested maps and lists", yaml: "m:\n  a: 1\n  l:\n    - x\n    - y\n  n:\n    deep: true\nlist:\n- a\n- b\nflow: [a, \"b, c\", 'd']" },
  { name: "quoted keys", yaml: "\"quoted key\": 1\n'single': v\n\"with # hash\": w" },
  { name: "scalars: numbers, booleans, null, dates, quoted escapes", yaml: 'n: -12\nf: 3.5\nt: true\nz: null\nt2: ~\nd: 2025-05-20\ne: "a\\"b\\n"\ns: \'it\'\'s\'\ncomment: value # cut' },
  // Valid frontmatter from real vaults the reader once refused or misread.
  { name: "a flow list over several lines", yaml: "tags: [a,\n  b]\ntype: one-on-one" },
  { name: "a flow map over several lines", yaml: "person: {name: Sam,\n  role: eng}\ndate: 2025-05-20" },
  { name: "a flow list over several lines with comments, a blank line and the bracket at the left", yaml: "tags: [\n  team, # who\n\n  \"eng, infra\"\n]\ntype: one-on-one" },
  { name: "nested flow collections over several lines", yaml: "m: {a: [1,\n    2], b: {c: d,\n    e: f}}\nn: 1" },
  { name: "a block list of maps", yaml: "people:\n  - name: Sam\n    role: eng\n  - name: Mei\n    role: pm\ntype: one-on-one" },
  { name: "a block list of maps at the key's indentation", yaml: "people:\n- name: Sam\n  role: eng\n- name: Mei\ndate: 2025-05-20" },
  { name: "a block list of maps with nested lists and block scalars", yaml: "goals:\n  - title: Ship it\n    tags:\n      - q3\n    notes: |\n      first\n      second\n  -   title: Hire\n      done: false" },
  { name: "lists in lists", yaml: "l:\n- - a\n  - b\n-\n  - c\n- d" },
  { name: "quoted keys holding a colon or a hash", yaml: "\"a: b\": 1\n'key': v\n\"x #y\": 2\n'it''s': 3\ntype: one-on-one" },
  { name: "a quoted value with a comment after it", yaml: "person: \"[[Sam]]\" # the report\ntag: 'x' # c" },
  { name: "a plain value over several lines", yaml: "summary: talked about\n  the offsite\n\n  and the budget\ntype: one-on-one" },
  { name: "quoted values over several lines", yaml: "a: \"one\n  two\n\n  three\"\nb: 'it''s\n   here'" },
  { name: "numbers, booleans and nulls as YAML 1.2 reads them", yaml: "a: 0x1F\nb: 1e3\nc: +1\nd: .5\ne: True\nf: NULL\ng: 0o17\nh: 1.\ni: yes\nj: 1_000" },
  { name: "double-quoted escapes", yaml: 'e: "caf\\u00e9 \\x41 \\/ \\t|"' },
  { name: "a whole frontmatter indented", yaml: "  type: one-on-one\n  date: 2025-05-20" },
  { name: "keys with a colon inside", yaml: "a:b: c\nurl: http://example.com/x\ntime: 10:30" },
  { name: "an empty value before a comment, and a # that is not a comment", yaml: "a: # nothing\nb: c#d\nc: #tag" },
  {
    name: "{{date}} unquoted",
    yaml: "date: {{date}}\ntype: one-on-one",
    differs: {
      data: { date: { "{date}": null }, type: "one-on-one" },
      // No caller reads a map's keys; both readings are a map, not a date, so neither counts as the note's date.
      why: 'YAML keys the map with its collection key stringified ("{ date }"); the reader keeps the key\'s text ("{date}")',
    },
  },
  {
    name: "an unquoted wikilink",
    yaml: "person: [[Alex Kim]]",
    differs: { data: { person: "[[Alex Kim]]" }, why: "YAML reads a nested list; people write links unquoted and mean the link, so the reader keeps the text" },
  },
];

// Frontmatter YAML refuses: so does Obsidian (it then reads no property of the note), and so must the reader, saying why.
const REFUSED_BY_YAML: { name: string; yaml: string; error: RegExp }[] = [
  { name: "a duplicate key", yaml: "type: one-on-one\ndate: 2025-01-01\ndate: 2025-01-02", error: /^line 4: duplicate key "date"/ },
  { name: "a duplicate key in a nested map", yaml: "m:\n  a: 1\n  b: 2\n  a: 3", error: /^line 5: duplicate key "a"/ },
  { name: "a duplicate key in a flow map", yaml: "m: {a: 1, b: 2, a: 3}", error: /^line 2: duplicate key "a"/ },
  { name: "a duplicate key in a list of maps", yaml: "l:\n  - a: 1\n    a: 2", error: /^line 4: duplicate key "a"/ },
  { name: "a duplicate key in JSON", yaml: '{"type": "one-on-one", "type": "x"}', error: /duplicate key "type"/ },
  { name: "a map inside a value", yaml: "title: Budget: Q3\ntype: one-on-one", error: /^line 2: / },
  { name: "a value starting with @", yaml: "owner: @me", error: /^line 2: / },
  { name: "tabs as indentation", yaml: "tags:\n\t- a", error: /^line 3: / },
  { name: "an unknown escape in double quotes", yaml: 'path: "C:\\Users"', error: /^line 2: / },
  { name: "a flow list whose lines are not indented", yaml: "tags: [a,\nb]", error: /^line 2: / },
  { name: "text after a quoted value", yaml: 'a: "x" y', error: /^line 2: / },
];

const variants = (yaml: string): [string, string][] => [
  ["LF", `---\n${yaml}\n---\n# Body`],
  ["CRLF", `---\r\n${yaml.replace(/\n/g, "\r\n")}\r\n---\r\n# Body`],
  ["BOM", `\uFEFF---\n${yaml}\n---\n`],
  ["BOM + CRLF", `\uFEFF---\r\n${yaml.replace(/\n/g, "\r\n")}\r\n---\r\n`],
];

/** Own keys only, every level: a prototype set by `__proto__` would hide a key from JSON.stringify and toEqual alike. */
function ownShape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(ownShape);
  if (v === null || typeof v !== "object") return v;
  expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  return Object.keys(v).map((k): [string, unknown] => [k, ownShape((v as Record<string, unknown>)[k])]);
}

describe("frontmatter reader against the yaml package", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const expected: unknown = parseYaml(c.yaml);
      if (c.differs) expect(ownShape(c.differs.data), `no longer differs from YAML: ${c.differs.why}`).not.toEqual(ownShape(expected));
      for (const [variant, text] of variants(c.yaml)) {
        const fm = parseFrontmatter(text);
        expect(fm.error, variant).toBeNull();
        expect(ownShape(fm.data), variant).toEqual(ownShape(c.differs ? c.differs.data : expected));
      }
    });
  }
  for (const c of REFUSED_BY_YAML) {
    it(`refuses ${c.name}`, () => {
      expect(() => {
        parseYaml(c.yaml);
      }).toThrow();
      for (const [variant, text] of variants(c.yaml)) {
        const fm = parseFrontmatter(text);
        expect(fm.error, variant).toMatch(c.error);
        expect(fm.data, variant).toEqual({});
      }
    });
  }
});

describe("__proto__ keys are plain data", () => {
  it("cannot lend a note a type it does not have", () => {
    for (const yaml of ["__proto__: {type: one-on-one}", "__proto__:\n  type: one-on-one", '{"__proto__": {"type": "one-on-one"}}', "{__proto__: {type: one-on-one}}"]) {
      const { data, error } = parseFrontmatter(`---\n${yaml}\n---\n`);
      expect(error, yaml).toBeNull();
      expect("type" in data, yaml).toBe(false);
      expect(data.type, yaml).toBeUndefined();
      expect(JSON.stringify(data), yaml).toBe('{"__proto__":{"type":"one-on-one"}}');
    }
  });
});

// Fixed cases checked against the `yaml` package, an oracle independent of the reader (frontmatter-reference.ts is a near-copy of it).
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

// A case YAML refuses but the reader reads: refusing would drop every key of the note (its `type` and `date` included).
const REFUSED_BY_YAML: Case[] = [
  {
    name: "a duplicate key",
    yaml: "type: one-on-one\ndate: 2025-01-01\ndate: 2025-01-02",
    differs: { data: { type: "one-on-one", date: "2025-01-02" }, why: "YAML refuses duplicate keys; the reader keeps the last value rather than losing the note's other keys" },
  },
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
    it(c.name, () => {
      expect(() => {
        parseYaml(c.yaml);
      }, c.differs?.why).toThrow();
      for (const [variant, text] of variants(c.yaml)) expect(ownShape(parseFrontmatter(text).data), variant).toEqual(ownShape(c.differs?.data));
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

// Random small frontmatter documents, as people write them: scalars plain and quoted, lists, nested maps, lists of maps,
// flow collections over one or several lines, comments, block scalars, unquoted wikilinks; sometimes invalid YAML.
import fc from "fast-check";

export type Node =
  | { k: "scalar"; text: string }
  | { k: "link"; name: string }
  | { k: "flowSeq"; items: Node[]; breaks: number[] }
  | { k: "flowMap"; entries: [string, Node][]; breaks: number[] }
  | { k: "multi"; lines: string[]; blank: boolean }
  | { k: "block"; header: string; lines: string[] }
  | { k: "map"; entries: [string, Node][]; step: number; comments: number[]; trailing: number[] }
  | { k: "seq"; items: Node[]; step: number; sameIndent: boolean };

/** Plain words: names, dates, YAML 1.2 numbers, booleans and nulls, and text YAML reads otherwise than it looks. */
const WORDS = [
  "one-on-one", "Sam", "Mei Chen", "weekly", "2025-05-20", "2025-05-20T09:30", "12", "-3", "3.5", "1e3", "0x1F", "0o17", ".5", "+1", "1.",
  ".inf", "-.Inf", ".nan", "007", "true", "False", "TRUE", "null", "~", "NULL", "yes", "off", "a b", "a:b", "10:30", "http://x.y/z?q=1#h",
  "it's", "50%", "C:\\temp", "#tag", "a #b", "a, b", "x]", "x}", "-a", "1_000", "a\tb", "é ü", "<% tp.file.title %>", "say \"hi\"", "a #",
];
/** Invalid as a plain value: YAML refuses these (or reads an anchor, alias or tag) and so must the reader. */
const BAD_WORDS = ["@me", "`code`", "%x", "&a x", "*b", "!!str x", "- a", "? x", "a: b", "|x", ">x", ",x", "]", "{x"];
const word = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...BAD_WORDS) });

/** Characters for quoted text: quotes, escapes, YAML indicators and spaces. */
const quotedText = fc.string({ unit: fc.constantFrom("a", "B", " ", ":", "#", ",", "[", "]", "{", "'", '"', "\\", "é", "\t", "-", "1"), maxLength: 8 });
const ESCAPES = ["\\n", "\\t", "\\\\", '\\"', "\\x41", "\\u00e9", "\\U0001F600", "\\/", "\\ ", "\\_"];
const escape = fc.oneof({ weight: 12, arbitrary: fc.constantFrom("", ...ESCAPES) }, { weight: 1, arbitrary: fc.constantFrom("\\q", "\\x4") });
const doubleQuoted = fc
  .tuple(quotedText, escape, quotedText)
  .map(([a, e, b]) => `"${(a + b).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\t/g, "\\t")}${e}"`);
const singleQuoted = quotedText.map((t) => `'${t.replace(/'/g, "''")}'`);
const NAMES = ["Alex Kim", "Sam O'Brien", "People/Mei|Mei", "Dana#Notes", "2025-05-20"];

const scalar: fc.Arbitrary<Node> = fc.oneof(
  { weight: 5, arbitrary: word.map((text): Node => ({ k: "scalar", text })) },
  { weight: 2, arbitrary: doubleQuoted.map((text): Node => ({ k: "scalar", text })) },
  { weight: 1, arbitrary: singleQuoted.map((text): Node => ({ k: "scalar", text })) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES).map((name): Node => ({ k: "link", name })) },
);

/** Where a flow collection breaks its line: after the opening bracket (0) or after an entry's comma (i + 1); -1 for none. */
const breaks = fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 3 });

/** Mostly distinct keys from `pool` (YAML refuses a repeated one), now and then the first one again. */
const keysFrom = (pool: string[], max: number) =>
  fc.tuple(fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: max }), fc.integer({ min: 0, max: 39 })).map(([ks, dup]) => (dup === 0 ? [...ks, ks[0]] : ks));

const flow: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 2, depthIdentifier: "flow", withCrossShrink: true },
    scalar,
    fc.record({ k: fc.constant("flowSeq" as const), items: fc.array(tie("node"), { maxLength: 4 }), breaks }),
    fc.record({
      k: fc.constant("flowMap" as const),
      entries: fc.oneof(fc.constant<[string, Node][]>([]), keysFrom(["a", "b", "c d", '"e: f"', "'g'"], 3).chain((ks) => fc.tuple(...ks.map((key) => tie("node").map((v): [string, Node] => [key, v]))))),
      breaks,
    }),
  ),
})).node;

// A comment ends a plain value: "budget #2" comes last. An indented first line sets a block scalar's indentation: rarely.
const MULTI = ["talked about", "the offsite", "1:1", "- not a list", "x, y [z]"];
const multi = fc.record({
  k: fc.constant("multi" as const),
  lines: fc
    .tuple(fc.constantFrom(...MULTI.slice(0, 3)), fc.array(fc.constantFrom(...MULTI), { minLength: 1, maxLength: 2 }), fc.constantFrom("", "", "budget #2"))
    .map(([f, l, c]) => [f, ...l, ...(c ? [c] : [])]),
  blank: fc.boolean(),
});
const BLOCK_LINES = ["text", "more text", "", "  indented", "# a heading", "- [ ] a task", "a: b"];
const blockFirst = fc.oneof({ weight: 9, arbitrary: fc.constantFrom("text", "# a heading", "- [ ] a task", "") }, { weight: 1, arbitrary: fc.constant("  indented") });
const block = fc.record({
  k: fc.constant("block" as const),
  header: fc.constantFrom("|", ">", "|-", ">-", "|+", ">+", "|2", "| # note"),
  lines: fc.tuple(blockFirst, fc.array(fc.constantFrom(...BLOCK_LINES), { maxLength: 3 })).map(([f, r]) => [f, ...r]),
});

/** Keys: some quoted, one with a colon inside. */
export const KEYS = ["type", "date", "person", "tags", "aliases", "cadence", "feedback-lint", "notes", "a b", '"a: b"', "'k'", '"x #y"', "'it''s'", "1", "url:x", "-k"];
const keys = keysFrom(KEYS, 4);

export const doc: fc.Arbitrary<Node> = fc.letrec<{ value: Node; map: Node; seq: Node }>((tie) => ({
  value: fc.oneof({ maxDepth: 2, depthIdentifier: "block", withCrossShrink: true }, flow, multi, block, tie("map"), tie("seq")),
  map: fc.record({
    k: fc.constant("map" as const),
    entries: keys.chain((ks) => fc.tuple(...ks.map((key) => tie("value").map((v): [string, Node] => [key, v])))),
    step: fc.constantFrom(2, 4),
    comments: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 2 }),
    trailing: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
  }),
  seq: fc.record({ k: fc.constant("seq" as const), items: fc.array(tie("value"), { minLength: 1, maxLength: 3 }), step: fc.constantFrom(2, 4), sameIndent: fc.boolean() }),
})).map;

/** The document's text; links unquoted (as the reader gets them) or quoted (what YAML must read to give the reader's value). */
export function render(node: Node, quoteLinks: boolean): string {
  return renderMap(node as Extract<Node, { k: "map" }>, 0, quoteLinks).join("\n");
}

function renderMap(node: Extract<Node, { k: "map" }>, indent: number, q: boolean): string[] {
  const pad = " ".repeat(indent);
  const out: string[] = [];
  node.entries.forEach(([key, value], i) => {
    if (node.comments.includes(i)) out.push(`${" ".repeat(i % 3)}# comment ${i}`);
    const lines = after(`${pad}${key}:`, value, indent, q, true);
    // A comment after the value's last line, or after `key:` when the value is below it or a block scalar.
    if (node.trailing.includes(i)) {
      const at = value.k === "map" || value.k === "seq" || value.k === "block" ? 0 : lines.length - 1;
      lines[at] += value.k === "block" && value.header.includes("#") ? "" : " # note";
    }
    out.push(...lines);
  });
  return out;
}

/** `head` (a `key:` or `-`) and its value, on the same line or below it. */
function after(head: string, value: Node, indent: number, q: boolean, inMap: boolean): string[] {
  switch (value.k) {
    case "map": {
      const lines = renderMap(value, indent + value.step, q);
      if (inMap) return [head, ...lines];
      return [`${head}${" ".repeat(value.step - 1)}${lines[0].trimStart()}`, ...lines.slice(1)];
    }
    case "seq": {
      const inner = inMap && value.sameIndent ? indent : indent + value.step;
      const lines = value.items.flatMap((item) => after(`${" ".repeat(inner)}-`, item, inner, q, false));
      if (inMap) return [head, ...lines];
      return [`${head}${" ".repeat(value.step - 1)}${lines[0].trimStart()}`, ...lines.slice(1)];
    }
    case "block":
      return [`${head} ${value.header}`, ...value.lines.map((l) => (l === "" ? "" : " ".repeat(indent + 2) + l))];
    case "multi":
      return [`${head} ${value.lines[0]}`, ...(value.blank ? [""] : []), ...value.lines.slice(1).map((l) => " ".repeat(indent + 2) + l)];
    default:
      return `${head} ${inline(value, q, indent + 2)}`.split("\n");
  }
}

function inline(node: Node, q: boolean, cont: number): string {
  const nl = "\n" + " ".repeat(cont);
  switch (node.k) {
    case "scalar":
      return node.text;
    case "link":
      return q ? JSON.stringify(`[[${node.name}]]`) : `[[${node.name}]]`;
    case "flowSeq":
    case "flowMap": {
      const parts = node.k === "flowSeq" ? node.items.map((n) => inline(n, q, cont + 2)) : node.entries.map(([key, v]) => `${key}: ${inline(v, q, cont + 2)}`);
      const [open, close] = node.k === "flowSeq" ? ["[", "]"] : ["{", "}"];
      // A list's first entry that is a list gets a space, so that `[[a]]` stays a list in a list (not a link) for both readers.
      let text = open + (node.k === "flowSeq" && parts[0]?.startsWith("[") ? " " : "") + (node.breaks.includes(0) ? nl : "");
      // Some line breaks have a comment before them.
      const newline = (i: number) => (i % 2 === 0 ? " # c" : "") + nl;
      parts.forEach((p, i) => (text += p + (i < parts.length - 1 ? "," + (node.breaks.includes(i + 1) ? newline(i) : " ") : "")));
      return text + close;
    }
    default:
      throw new Error(`not inline: ${node.k}`);
  }
}

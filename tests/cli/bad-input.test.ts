// The bad-input catalogue (issue 10): each hostile input gets a clear answer, never a stack trace, and loses nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { personFromNote } from "../../src/core/people/directory";
import { cli, writeVault, type CliRun } from "./cli-harness";

const TODAY = "2026-11-25";
const SETTINGS = ".obsidian/plugins/one-on-one/data.json";
const file = (vault: string, rel: string) => path.join(vault, ...rel.split("/"));

/** No stack trace, no internal error text: every answer is a sentence for the user. */
function clean(r: CliRun): CliRun {
  expect(r.err).not.toMatch(/\n\s+at \S+ \(|TypeError|RangeError|ReferenceError|Maximum call stack/);
  return r;
}

/** Snapshot of every file's bytes, to prove a command changed nothing it should not. */
function snapshot(vault: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(vault, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.set(r, readFileSync(file(vault, r)).toString("base64"));
    }
  };
  walk("");
  return out;
}

async function items(vault: string): Promise<{ path: string; line: number; text: string }[]> {
  const r = clean(await cli("actions", vault, "--all", "--json", "--today", TODAY));
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as { path: string; line: number; text: string }[];
}

describe("bad input, one case each", () => {
  it("broken or non-object frontmatter: the note's tasks are still read, nothing fails", async () => {
    const vault = writeVault({
      "broken.md": "---\nname: [unclosed\n  - : :\n---\n- [ ] after broken frontmatter\n",
      "list.md": "---\n- just\n- a list\n---\n- [ ] after list frontmatter\n",
      "scalar.md": "---\njust a string\n---\n- [ ] after scalar frontmatter\n",
      "People/Sam Lee.md": "# Sam\n",
    });
    expect((await items(vault)).map((i) => i.text).sort()).toEqual(["after broken frontmatter", "after list frontmatter", "after scalar frontmatter"]);
    expect(clean(await cli("due", vault, "--today", TODAY)).code).toBe(0);
    expect(clean(await cli("lint", vault, "--today", TODAY)).code).toBe(0);
  });

  it("a 1:1 note whose frontmatter YAML refuses (a repeated key) is named with the reason, not silently left out", async () => {
    const vault = writeVault({
      "1-1s/Sam/2026-11-20.md": '---\ntype: one-on-one\nperson: "[[Sam Lee]]"\ndate: 2026-11-20\ndate: 2026-11-21\n---\n- [ ] Send the deck @me\n',
      "1-1s/Sam/2026-11-13.md": '---\ntype: one-on-one\nperson: "[[Sam Lee]]"\ndate: 2026-11-13\n---\n- [ ] Book the room @me\n',
      "Notes/broken but no 1-1.md": "---\na: 1\na: 2\ntype: project\n---\n",
      "People/Sam Lee.md": "---\ncadence: weekly\n---\n",
    });
    for (const command of ["actions", "due"]) {
      const r = clean(await cli(command, vault, "--today", TODAY));
      expect(r.code).toBe(0);
      expect(r.err).toContain('one-on-one ' + command + ': 1-1s/Sam/2026-11-20.md is not counted as a 1:1 note, because its frontmatter cannot be read');
      expect(r.err).toContain('line 5: duplicate key "date"');
      expect(r.err).not.toContain("2026-11-13.md");
      expect(r.err).not.toContain("broken but no 1-1");
    }
  });

  it("a person note without a name (`People/ .md`) is no person", async () => {
    expect(personFromNote("People/ .md", "---\ncadence: weekly\n---\n", "People")).toBeNull();
    expect(personFromNote("People/.md", "", "People")).toBeNull();
    const vault = writeVault({ "People/ .md": "---\ncadence: weekly\n---\n", "People/Sam Lee.md": "---\ncadence: weekly\n---\n" });
    const r = clean(await cli("due", vault, "--json", "--today", TODAY));
    expect((JSON.parse(r.out) as { person: string }[]).map((p) => p.person)).toEqual(["Sam Lee"]);
  });

  it("`cadence: sometimes` is not a cadence: the person is left out of `due`, nothing fails", async () => {
    const vault = writeVault({ "People/Sam Lee.md": "---\ncadence: sometimes\n---\n", "People/Ana Diaz.md": "---\ncadence: weekly\n---\n" });
    const r = clean(await cli("due", vault, "--json", "--today", TODAY));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { person: string }[]).map((p) => p.person)).toEqual(["Ana Diaz"]);
  });

  it("a template with an unclosed `{{` is written as it is, never evaluated", async () => {
    const template = "# 1:1 with {{person}}\n\nOpen brace {{date:YYYY {{oops\n- [ ] {{unclosed\n";
    const vault = writeVault({ "People/Sam Lee.md": "# Sam\n", "Templates/One.md": template, [SETTINGS]: JSON.stringify({ noteTemplate: "Templates/One.md" }) });
    const r = clean(await cli("new", vault, "--person", "Sam Lee", "--today", TODAY, "--json"));
    expect(r.code).toBe(0);
    const created = JSON.parse(r.out) as { path: string; created: boolean };
    expect(created.created).toBe(true);
    const text = readFileSync(file(vault, created.path), "utf8");
    expect(text).toContain("# 1:1 with Sam Lee");
    expect(text).toContain("{{oops");
    expect(text).toContain("- [ ] {{unclosed");
  });

  it("a binary file named .md: listed without a crash, and never rewritten", async () => {
    const vault = writeVault({ "ok.md": "- [ ] fine\n" });
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256));
    writeFileSync(file(vault, "binary.md"), binary);
    expect((await items(vault)).some((i) => i.path === "ok.md")).toBe(true);
    const r = clean(await cli("complete", vault, "binary.md:1", "--today", TODAY));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/binary\.md is not valid UTF-8/);
    expect(readFileSync(file(vault, "binary.md")).equals(binary)).toBe(true);
  });

  it("a UTF-16 note (either byte order): skipped with a warning that names it and says why, the rest read", async () => {
    const vault = writeVault({ "ok.md": "- [ ] fine @me\n" });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("- [ ] hidden task\n", "utf16le")]);
    const be = Buffer.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("- [ ] other\n", "utf16le")]).swap16());
    writeFileSync(file(vault, "wide.md"), le);
    writeFileSync(file(vault, "big-endian.md"), be);
    const r = clean(await cli("actions", vault, "--json", "--all", "--today", TODAY));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { path: string }[]).map((i) => i.path)).toEqual(["ok.md"]);
    expect(r.err).toMatch(/wide\.md is UTF-16 text, and Obsidian reads notes as UTF-8; skipped/);
    expect(r.err).toMatch(/big-endian\.md is UTF-16 text/);
    expect(readFileSync(file(vault, "wide.md")).equals(le)).toBe(true);
  });

  it.each(["../Outside", "a/b", "..", "People/../../x"])("a person name with `..` or `/` (%j) is refused, nothing is created", async (name) => {
    const vault = writeVault({ "People/Sam Lee.md": "# Sam\n" });
    const before = snapshot(vault);
    const r = clean(await cli("new", vault, "--person", name, "--today", TODAY));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no person note for/);
    expect(snapshot(vault)).toEqual(before);
    expect(existsSync(path.join(vault, "..", "Outside"))).toBe(false);
  });

  it("garbage in data.json: a warning naming the file, then the defaults", async () => {
    for (const garbage of ['{"noteTemplate": "x", "garb', "[1, 2, 3]", '"just a string"', '{"peopleFolder": 42, "dueSoonDays": "soon", "myAliases": {"a": 1}}', "\u0000\u0001binary"]) {
      const vault = writeVault({ [SETTINGS]: garbage, "People/Sam Lee.md": "# Sam\n", "a.md": "- [ ] still listed @[[Sam Lee]]\n" });
      const r = clean(await cli("actions", vault, "--json", "--today", TODAY));
      expect(r.code, garbage).toBe(0);
      expect(JSON.parse(r.out), garbage).toHaveLength(1);
      expect(r.err, garbage).toMatch(/data\.json/);
    }
  });

  it("a template that was deleted: a warning naming it, and the built-in template", async () => {
    const vault = writeVault({ "People/Sam Lee.md": "# Sam\n", [SETTINGS]: JSON.stringify({ noteTemplate: "Templates/Gone.md" }) });
    const r = clean(await cli("new", vault, "--person", "Sam Lee", "--today", TODAY, "--json"));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/template "Templates\/Gone\.md" not found; using the built-in default/);
    expect(JSON.parse(r.out)).toMatchObject({ created: true });
  });

  it("user mistakes get a usage line, never a stack trace", async () => {
    const vault = writeVault({ "a.md": "- [ ] one\n" });
    for (const argv of [["complete"], ["complete", vault, "a.md"], ["complete", vault, "../a.md:1"], ["complete", "/no/such/vault", "a.md:1"], ["actions", vault, "--nope"], ["lint", "/no/such/file.md"], ["new", vault]]) {
      const r = clean(await cli(...argv));
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err, argv.join(" ")).toMatch(/^one-on-one \w+: .+\nUsage: /);
    }
  });
});

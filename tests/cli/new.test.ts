import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/core/markdown/frontmatter";
import { parseQuestionBank, questionsIn } from "../../src/core/templates/questions";
import { cli, copyExampleVault, writeVault } from "./cli-harness";

const TODAY = "2026-11-25";
const read = (vault: string, rel: string) => readFileSync(path.join(vault, ...rel.split("/")), "utf8");

/** One hash over every file's path and bytes below a folder (dot-folders included). */
function hashFolder(root: string): string {
  const h = createHash("sha256");
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else h.update(`${r}\0`).update(readFileSync(path.join(root, r))).update("\0");
    }
  };
  walk("");
  return h.digest("hex");
}

/** Open items as the actions command lists them, by identity (carried counts move when a 1:1 is added). */
async function openItems(vault: string): Promise<string[]> {
  const r = await cli("actions", vault, "--json", "--today", TODAY);
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { path: string; line: number; text: string; state: string; owner: string | null; person: string | null; due: string | null }[])
    .map((i) => JSON.stringify([i.path, i.line, i.text, i.state, i.owner, i.person, i.due]))
    .sort();
}

describe("new on a copy of examples/vault", () => {
  it("creates a complete 1:1 note with Sam, moves his topics, and a second run changes nothing", async () => {
    const vault = copyExampleVault();
    const personBefore = read(vault, "People/Sam O'Brien.md");
    const itemsBefore = await openItems(vault);

    const first = await cli("new", vault, "--person", "Sammy", "--json", "--today", TODAY);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({
      path: "1-1s/Sam O'Brien/2026-11-25.md",
      created: true,
      moved: ["Accessibility training: is December too early?", "How pairing with Jun is going from his side"],
    });

    const note = read(vault, "1-1s/Sam O'Brien/2026-11-25.md");
    expect(parseFrontmatter(note)).toMatchObject({ error: null, data: { type: "one-on-one", person: "[[Sam O'Brien]]", date: "2026-11-25" } });
    expect(note).toContain("```one-on-one\nperson: [[Sam O'Brien]]\nshow: open\n```");
    expect(note).toContain("Previous: [[1-1s/Sam O'Brien/2026-11-12|2026-11-12]] (2026-11-12)");
    expect(note).toContain("- Accessibility training: is December too early?\n- How pairing with Jun is going from his side\n");
    expect(note).toContain("## Feedback\n\n### Facts");
    expect(note).not.toMatch(/\{\{|\}\}/);
    expect(note).not.toMatch(/^\s*[-*+] \[.\]/m);
    // Two opening questions from the bank, neither asked with Sam before.
    const bank = parseQuestionBank(read(vault, "Templates/Question bank.md"));
    const asked = questionsIn(note, bank);
    expect(asked).toHaveLength(2);
    for (const q of questionsIn(read(vault, "1-1s/Sam O'Brien/2026-11-12.md"), bank)) expect(asked).not.toContain(q);

    // The topics left the person note; every other byte is as it was.
    expect(read(vault, "People/Sam O'Brien.md")).toBe(
      personBefore.replace("- Accessibility training: is December too early?\n- How pairing with Jun is going from his side\n", ""),
    );
    // Nothing duplicated: the same open items as before.
    expect(await openItems(vault)).toEqual(itemsBefore);

    const hash = hashFolder(vault);
    const second = await cli("new", vault, "--person", "Sam O'Brien", "--json", "--today", TODAY);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)).toEqual({ path: "1-1s/Sam O'Brien/2026-11-25.md", created: false, moved: [] });
    expect(hashFolder(vault)).toBe(hash);
  });

  it("creates a note for another day with --date, and says so in text mode", async () => {
    const vault = copyExampleVault();
    const r = await cli("new", vault, "--person", "mei", "--date", "2026-12-01", "--today", TODAY);
    expect(r).toMatchObject({
      code: 0,
      out: 'Created 1-1s/Mei Chen/2026-12-01.md\nMoved 1 topic from "## Next 1:1" in People/Mei Chen.md:\n  - Research budget for Q1: what Marco said',
    });
    expect(parseFrontmatter(read(vault, "1-1s/Mei Chen/2026-12-01.md")).data.date).toBe("2026-12-01");
    expect((await cli("new", vault, "--person", "Mei Chen", "--date", "2026-12-01")).out).toBe("Exists, left as it is: 1-1s/Mei Chen/2026-12-01.md");
  });

  it("opens (does not recreate) a note of that day found by frontmatter after a rename", async () => {
    const vault = copyExampleVault();
    const hash = hashFolder(vault);
    const r = await cli("new", vault, "--person", "Alex", "--date", "2026-11-24", "--json", "--today", TODAY);
    expect(JSON.parse(r.out)).toEqual({ path: "1-1s/Alex Kim/2026-11-24.md", created: false, moved: [] });
    expect(hashFolder(vault)).toBe(hash);
  });
});

describe("new: bad input exits 2 and writes nothing", () => {
  it.each([
    [["--person", "Nobody"], /no person note for "Nobody" in People\/\. Known: Alex Kim, Jordan Lee/],
    [["--person", "Dana"], /"Dana" is you/],
    [["--person", "@me"], /"@me" is you/],
    [["--person", "  "], /--person NAME is required/],
    [[], /--person NAME is required/],
    [["--person", "Alex", "--date", "2026-02-30"], /--date must be a real date/],
    [["--person", "Alex", "--colour", "red"], /unknown option --colour/],
  ])("%j", async (args, message) => {
    const vault = copyExampleVault();
    const hash = hashFolder(vault);
    const r = await cli("new", vault, ...args, "--today", TODAY);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(hashFolder(vault)).toBe(hash);
  });
});

describe("new: hostile person names never escape the folder", () => {
  it("writes safe paths and valid frontmatter for names with reserved characters", async () => {
    const vault = writeVault({
      'People/Sam: "the man".md': "---\ncadence: weekly\n---\n## Next 1:1\n- ask about the move\n",
      "People/x[1] #2 ^a.md": "# odd\n",
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ myName: "Dana Reyes" }),
    });
    const a = await cli("new", vault, "--person", 'Sam: "the man"', "--json", "--today", TODAY);
    expect(JSON.parse(a.out)).toEqual({ path: "1-1s/Sam the man/2026-11-25.md", created: true, moved: ["ask about the move"] });
    const note = read(vault, "1-1s/Sam the man/2026-11-25.md");
    expect(parseFrontmatter(note)).toMatchObject({ error: null, data: { person: '[[Sam: "the man"]]' } });
    expect(note).toContain("- ask about the move");
    const b = await cli("new", vault, "--person", "x[1] #2 ^a", "--json", "--today", TODAY);
    expect(JSON.parse(b.out)).toEqual({ path: "1-1s/x 1 2 a/2026-11-25.md", created: true, moved: [] });
    // The 1:1 notes are found again by frontmatter: a second run creates nothing.
    expect(JSON.parse((await cli("new", vault, "--person", 'Sam: "the man"', "--json", "--today", TODAY)).out).created).toBe(false);
  });

  it("keeps a user pattern inside the vault and falls back to the built-in template when the configured one is missing", async () => {
    const vault = writeVault({
      "People/Alex Kim.md": "# Alex\n",
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ notePathPattern: "../../{{person}}/.{{date}}", noteTemplate: "Templates/gone" }),
    });
    const r = await cli("new", vault, "--person", "Alex Kim", "--json", "--today", TODAY);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ path: "Alex Kim/2026-11-25.md", created: true, moved: [] });
    expect(r.err).toMatch(/template "Templates\/gone\.md" not found; using the built-in default/);
    expect(read(vault, "Alex Kim/2026-11-25.md")).toContain("## Agenda");
  });

  it("names unknown template variables on stderr and leaves them in the note", async () => {
    const vault = writeVault({
      "People/Alex Kim.md": "# Alex\n",
      "T/1-1.md": "# {{person}} {{mood}}\n",
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ noteTemplate: "T/1-1.md" }),
    });
    const r = await cli("new", vault, "--person", "Alex Kim", "--json", "--today", TODAY);
    expect(r.err).toBe("one-on-one new: unknown template variables left as written: {{mood}}");
    const note = read(vault, "1-1s/Alex Kim/2026-11-25.md");
    expect(note).toBe('---\ntype: one-on-one\nperson: "[[Alex Kim]]"\ndate: 2026-11-25\n---\n# Alex Kim {{mood}}\n');
  });

  it("a template with JSON frontmatter makes a 1:1 note whose keys sit inside the JSON object", async () => {
    const vault = writeVault({
      "People/Alex Kim.md": "# Alex\n",
      "T/1-1.md": '---\n{ "tags": ["1-1"] }\n---\n# {{person}}\n',
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ noteTemplate: "T/1-1.md" }),
    });
    const r = await cli("new", vault, "--person", "Alex Kim", "--json", "--today", TODAY);
    expect(r.code).toBe(0);
    const fm = parseFrontmatter(read(vault, "1-1s/Alex Kim/2026-11-25.md"));
    expect(fm.error).toBeNull();
    expect(fm.data).toEqual({ type: "one-on-one", person: "[[Alex Kim]]", date: "2026-11-25", tags: ["1-1"] });
  });

  it("a template whose frontmatter cannot be read: the note is written as the template made it, and stderr says why it is no 1:1", async () => {
    const vault = writeVault({
      "People/Alex Kim.md": "# Alex\n",
      "T/1-1.md": "---\ntitle: [unclosed\n  : what\n---\n# {{person}}\n",
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ noteTemplate: "T/1-1.md" }),
    });
    const r = await cli("new", vault, "--person", "Alex Kim", "--json", "--today", TODAY);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^one-on-one new: the template's frontmatter cannot be read \(.+\), so the new note is not found as a 1:1/);
    expect(read(vault, "1-1s/Alex Kim/2026-11-25.md")).toBe("---\ntitle: [unclosed\n  : what\n---\n# Alex Kim\n");
  });
});

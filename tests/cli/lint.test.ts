// `lint`: the example vault's good and bad feedback blocks, a single note, JSON and exit codes.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { HANDBOOK_EXAMPLE, blockWith } from "../../src/core/feedback/examples";
import { cli, writeVault } from "./cli-harness";

interface ExpectedBlock {
  path: string;
  line: number;
  title: string;
  expect: "good" | "bad" | "skipped";
  rules?: string[];
  mayAlsoFire?: string[];
}
interface Row {
  path: string;
  line: number;
  ruleId: string;
  severity: string;
  block: string;
  part: string | null;
  message: string;
}

const EXAMPLE = path.resolve(__dirname, "../../examples/vault");
const expected = JSON.parse(readFileSync(path.resolve(__dirname, "../../examples/expected.json"), "utf8")) as {
  today: string;
  feedback: ExpectedBlock[];
  agreedActions: { path: string; line: number; rules: string[] }[];
};
const isAction = (r: Row) => r.ruleId.startsWith("actions/");

async function lintJson(...args: string[]): Promise<{ code: number; rows: Row[] }> {
  const r = await cli("lint", ...args, "--json");
  return { code: r.code, rows: JSON.parse(r.out) as Row[] };
}

describe("lint on examples/vault", () => {
  it("flags each bad block with the rules it was written to trigger, and nothing unexpected", async () => {
    const { code, rows } = await lintJson(EXAMPLE, "--today", expected.today);
    expect(code).toBe(rows.some((r) => r.severity === "error") ? 1 : 0);
    const bad = expected.feedback.filter((b) => b.expect === "bad");
    expect(bad.length).toBeGreaterThan(0);
    for (const b of bad) {
      const fired = new Set(rows.filter((r) => r.path === b.path && r.block === b.title).map((r) => r.ruleId));
      for (const id of b.rules ?? []) expect(fired, `${b.path}: ${id}`).toContain(id);
      const allowed = new Set([...(b.rules ?? []), ...(b.mayAlsoFire ?? [])]);
      expect([...fired].filter((id) => !allowed.has(id)), b.path).toEqual([]);
    }
  });

  it("raises nothing on the good blocks, the received feedback, or anywhere outside the bad blocks", async () => {
    const { rows } = await lintJson(EXAMPLE, "--today", expected.today);
    const badKeys = new Set(expected.feedback.filter((b) => b.expect === "bad").map((b) => `${b.path}\u0000${b.title}`));
    expect(expected.feedback.filter((b) => b.expect !== "bad").length).toBeGreaterThan(0);
    expect(rows.filter((r) => !isAction(r) && !badKeys.has(`${r.path}\u0000${r.block}`))).toEqual([]);
  });

  it("reports the agreed-action rules exactly where the generator expects them, and none on well-formed items", async () => {
    const { rows } = await lintJson(EXAMPLE, "--today", expected.today);
    const want = expected.agreedActions.flatMap((a) => a.rules.map((id) => `${a.path}:${a.line} ${id}`)).sort();
    expect(want).toEqual(expect.arrayContaining([expect.stringMatching(/ actions\/no-owner$/), expect.stringMatching(/ actions\/no-due$/)]));
    expect(expected.agreedActions.filter((a) => a.rules.length === 0).length).toBeGreaterThan(20);
    expect(rows.filter(isAction).map((r) => `${r.path}:${r.line} ${r.ruleId}`).sort()).toEqual(want);
    for (const r of rows.filter(isAction)) expect(r.block).toBe("Action item");
  });

  it("prints a readable report grouped by note", async () => {
    const r = await cli("lint", EXAMPLE, "--today", expected.today);
    const firstBad = expected.feedback.find((b) => b.expect === "bad")!;
    expect(r.out).toContain(`\n${firstBad.path}\n  `);
    expect(r.out).toMatch(/\d+ problems \(.*\) in \d+ of \d+ notes\.$/);
  });
});

describe("lint on a note or a folder", () => {
  const good = blockWith("facts", HANDBOOK_EXAMPLE.facts);
  const warningsOnly = blockWith("facts", "You never test your code in standup.");
  const withError = blockWith("facts", "You are always so careless.");

  it("lints a single note: path is its file name, exit 0 without errors", async () => {
    const dir = writeVault({ "Notes/one.md": warningsOnly, "Notes/two.md": withError });
    const { code, rows } = await lintJson(path.join(dir, "Notes", "one.md"));
    expect(code).toBe(0);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(Object.keys(r)).toEqual(["path", "line", "ruleId", "severity", "block", "part", "message"]);
    expect(rows.map((r) => r.path)).toEqual(rows.map(() => "one.md"));
    expect(rows.find((r) => r.ruleId === "facts/generalization")).toMatchObject({ line: 5, severity: "warning", block: "Feedback for Sam", part: "facts" });
  });

  it("lints every note of a folder with vault-relative '/' paths and exits 1 on an error", async () => {
    const dir = writeVault({ "a/one.md": warningsOnly, "a/b/two.md": withError, "clean.md": good, ".obsidian/x.md": withError });
    const { code, rows } = await lintJson(dir);
    expect(code).toBe(1);
    expect([...new Set(rows.map((r) => r.path))].sort()).toEqual(["a/b/two.md", "a/one.md"]);
    expect(rows.some((r) => r.path === "a/b/two.md" && r.ruleId === "any/person-label" && r.severity === "error")).toBe(true);
  });

  it("uses the vault's per-rule severities and excluded folders", async () => {
    const dir = writeVault({
      "a/one.md": withError,
      "Archive/old.md": withError,
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ excludedFolders: ["Archive"], ruleSeverity: { "any/person-label": "warning", "facts/generalization": "off" } }),
    });
    const { code, rows } = await lintJson(dir);
    expect(code).toBe(0);
    expect(rows.map((r) => r.path)).not.toContain("Archive/old.md");
    expect(rows.find((r) => r.ruleId === "any/person-label")?.severity).toBe("warning");
    expect(rows.map((r) => r.ruleId)).not.toContain("facts/generalization");
  });

  it("checks agreed actions with the vault's people, severities, scope setting and templates", async () => {
    const oneOnOne = "---\ntype: one-on-one\nperson: \"[[Ana Silva]]\"\ndate: 2024-03-04\n---\n## Action items\n\n- [ ] Ana to send the draft\n- [ ] Book the room 📅 2024-03-08\n";
    const notes = {
      "People/Ana Silva.md": "---\naliases: [Ana]\ncadence: weekly\n---\n# Ana Silva\n",
      "1-1s/Ana/2024-03-04.md": oneOnOne,
      "Projects/x.md": "- [ ] Look into the CDN bill\n",
      "Templates/1-1.md": oneOnOne,
    };
    const ids = (rows: Row[]) => rows.filter(isAction).map((r) => `${r.path}:${r.line} ${r.ruleId} ${r.severity}`);
    const plain = writeVault({ ...notes, ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ noteTemplate: "Templates/1-1.md" }) });
    // "Ana to …" is owned (Ana is a known alias): only its date is missing; "Book the room" has no owner.
    expect(ids((await lintJson(plain, "--today", "2024-03-07")).rows)).toEqual(["1-1s/Ana/2024-03-04.md:8 actions/no-due warning", "1-1s/Ana/2024-03-04.md:9 actions/no-owner warning"]);
    const tuned = writeVault({
      ...notes,
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ noteTemplate: "Templates/1-1.md", actionCheckEverywhere: true, ruleSeverity: { "actions/no-due": "off", "actions/no-owner": "error" } }),
    });
    const { code, rows } = await lintJson(tuned, "--today", "2024-03-07");
    expect(code).toBe(1);
    expect(ids(rows)).toEqual(["1-1s/Ana/2024-03-04.md:9 actions/no-owner error", "Projects/x.md:1 actions/no-owner error", "Projects/x.md:1 actions/vague hint"]);
    const text = await cli("lint", tuned, "--today", "2024-03-07");
    expect(text.out).toContain("  1  error  actions/no-owner  Action item: No owner: who does this? Add @me or @Name.");
  });

  it("reads the notes the plugin's 'Check feedback across vault' reads: no template note, as no excluded folder", async () => {
    const vault = writeVault({
      "1-1s/Sam/2024-03-07.md": blockWith("facts", "You are always so careless."),
      // A template that shows how a block reads, as people write theirs: the plugin never checks it.
      "Meta/1-1 template.md": blockWith("facts", "You never listen."),
      "Archive/old.md": blockWith("facts", "You never listen."),
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ noteTemplate: "Meta/1-1 template", excludedFolders: ["Archive"] }),
    });
    const { rows } = await lintJson(vault, "--today", "2024-03-07");
    expect([...new Set(rows.map((r) => r.path))]).toEqual(["1-1s/Sam/2024-03-07.md"]);
    expect((await cli("lint", vault, "--today", "2024-03-07")).out).toMatch(/ in 1 of 1 note\.$/m);
  });

  it("says so when there is nothing to report", async () => {
    const dir = writeVault({ "clean.md": good });
    const r = await cli("lint", dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe("No feedback or action-item problems in 1 note.");
  });

  it("exits 2 on a missing path, a non-Markdown file, extra arguments or a bad date", async () => {
    const dir = writeVault({ "notes.txt": "x", "a.md": good });
    expect((await cli("lint")).code).toBe(2);
    expect((await cli("lint", path.join(dir, "missing"))).code).toBe(2);
    expect((await cli("lint", path.join(dir, "notes.txt"))).code).toBe(2);
    expect((await cli("lint", dir, "extra")).code).toBe(2);
    expect((await cli("lint", dir, "--today", "2024-02-30")).code).toBe(2);
    const r = await cli("lint", dir, "--fix");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --fix/);
  });
});

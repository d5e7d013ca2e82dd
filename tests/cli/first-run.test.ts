// What a new user sees when the vault is not set up as the plugin expects: the people folder, misspelt people, custom daily notes.
import { describe, expect, it } from "vitest";
import { cli, writeVault } from "./cli-harness";

const SETTINGS = ".obsidian/plugins/one-on-one/data.json";
const oneOnOne = (person: string, date: string) => `---\ntype: one-on-one\nperson: "[[${person}]]"\ndate: ${date}\n---\n\n- [ ] Send the draft @${person.split(" ")[0]}\n`;

describe("no people folder", () => {
  const vault = writeVault({ "Team/Ana Silva.md": "---\ncadence: weekly\n---\n", "1-1s/a.md": oneOnOne("Ana Silva", "2026-11-20") });

  it("due says the folder is missing and how to set it, and exits 2", async () => {
    const r = await cli("due", vault, "--today", "2026-11-25");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain('The people folder "People/" does not exist in this vault');
    expect(r.err).toContain("--people-folder FOLDER");
    expect(r.err).toContain(`"peopleFolder" in ${SETTINGS}`);
  });

  it("--people-folder names the right one", async () => {
    const r = await cli("due", vault, "--people-folder", "Team", "--json", "--today", "2026-11-25");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toEqual([{ person: "Ana Silva", cadence: "weekly", last: "2026-11-20", next: "2026-11-27", overdueDays: 0 }]);
  });

  it("data.json's peopleFolder names it too", async () => {
    const configured = writeVault({ "Team/Ana Silva.md": "---\ncadence: weekly\n---\n", [SETTINGS]: '{"peopleFolder": "Team"}' });
    expect((await cli("due", configured, "--today", "2026-11-25")).out).toContain("Ana Silva");
  });

  it("actions still lists items, and warns on stderr", async () => {
    const r = await cli("actions", vault, "--json", "--today", "2026-11-25");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(1);
    expect(r.err).toContain('The people folder "People/" does not exist');
  });

  it("new refuses with the same explanation", async () => {
    const r = await cli("new", vault, "--person", "Ana Silva", "--today", "2026-11-25");
    expect(r.code).toBe(2);
    expect(r.err).toContain('The people folder "People/" does not exist');
  });
});

describe("a misspelt person link", () => {
  const vault = writeVault({
    "People/Ana Silva.md": "---\ncadence: weekly\n---\n",
    "1-1s/a.md": oneOnOne("Ana Silv", "2026-11-20"),
    "1-1s/b.md": oneOnOne("Ana Silva", "2026-11-13"),
  });

  it("warns and suggests the nearest known name (due, actions, new)", async () => {
    const due = await cli("due", vault, "--today", "2026-11-25");
    expect(due.err).toBe('one-on-one due: No person note for "Ana Silv" (person: in 1-1s/a.md). Did you mean "Ana Silva"?');
    expect(due.out).toContain("2026-11-13");
    expect((await cli("actions", vault, "--today", "2026-11-25")).err).toContain('Did you mean "Ana Silva"?');
    expect((await cli("new", vault, "--person", "Ana Silva", "--json", "--today", "2026-11-25")).err).toContain('Did you mean "Ana Silva"?');
  });
});

describe("daily notes named in a custom format", () => {
  it("carry their date in the CLI as in the plugin, so their items go stale", async () => {
    const vault = writeVault({
      [SETTINGS]: '{"dailyFormat": "DD.MM.YYYY", "staleDays": 30}',
      "People/Ana Silva.md": "# Ana\n",
      "Daily/02.10.2026.md": "- [ ] Book the offsite venue\n",
      "Daily/20.11.2026.md": "- [ ] Order the team lunch\n",
    });
    const items = JSON.parse((await cli("actions", vault, "--json", "--today", "2026-11-25")).out) as { path: string; stale: boolean }[];
    expect(items.map((i) => [i.path, i.stale])).toEqual([
      ["Daily/02.10.2026.md", true],
      ["Daily/20.11.2026.md", false],
    ]);
  });
});

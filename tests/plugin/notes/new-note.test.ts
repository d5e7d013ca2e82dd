import { readFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MarkdownView, chooseSuggestion, lastModal, notices, openModals, typeQuery, type SuggestModal } from "../../fakes/obsidian";
import { cli, copyExampleVault } from "../../cli/cli-harness";
import { exampleSettings, exampleVault, openItemKeys, start, startCommand, until, disposeStarted } from "./harness";

afterEach(disposeStarted);

const SAM = "1-1s/Sam O'Brien/2026-11-25.md";

async function pickInModal(query: string, pick: string): Promise<string[]> {
  const modal = lastModal<SuggestModal<unknown>>();
  const shown = await typeQuery(modal, query);
  const texts = Array.from(modal.resultContainerEl.querySelectorAll(".suggestion-item")).map((el) => el.textContent ?? "");
  chooseSuggestion(modal, pick);
  expect(shown.length).toBe(texts.length);
  return texts;
}

describe("New 1:1…", () => {
  it("creates the same note as the CLI, moves the topics, opens it with the cursor in the agenda, and adds no action item", async () => {
    const { t, plugin } = await start(exampleVault(), exampleSettings());
    const itemsBefore = openItemKeys(plugin);
    const cmd = startCommand(t, "new-1-1");
    expect(cmd.ran).toBe(true);
    await t.flush();
    const texts = await pickInModal("Sammy", "Sammy (Sam O'Brien)");
    expect(texts[0]).toBe("Sammy (Sam O'Brien)");
    await cmd.done();

    // The CLI on a copy of the same vault writes the same bytes.
    const disk = copyExampleVault();
    expect((await cli("new", disk, "--person", "Sam", "--today", "2026-11-25")).code).toBe(0);
    const read = (rel: string) => readFileSync(path.join(disk, ...rel.split("/")), "utf8");
    expect(t.read(SAM)).toBe(read(SAM));
    expect(t.read("People/Sam O'Brien.md")).toBe(read("People/Sam O'Brien.md"));
    expect(t.read("People/Sam O'Brien.md")).not.toContain("Accessibility training");

    const view = t.workspace.getActiveViewOfType(MarkdownView)!;
    expect(view.file?.path).toBe(SAM);
    // The example template puts an empty bullet after {{agenda}}: the cursor waits there, after the moved topics.
    const cursor = view.editor.getCursor();
    expect(view.editor.getLine(cursor.line - 1)).toBe("- How pairing with Jun is going from his side");
    expect(cursor.ch).toBe(view.editor.getLine(cursor.line).length);
    expect(view.editor.getLine(cursor.line)).toBe("- ");

    await t.flush();
    await plugin.actions.whenReady();
    expect(openItemKeys(plugin)).toEqual(itemsBefore);
    expect(notices).toEqual([]);
  });

  it("opens the existing note on a second run and writes nothing", async () => {
    const { t } = await start(exampleVault(), exampleSettings());
    for (let run = 0; run < 2; run++) {
      const cmd = startCommand(t, "new-1-1");
      await t.flush();
      await pickInModal("Sam O", "Sam O'Brien");
      await cmd.done();
    }
    const note = t.read(SAM);
    expect(t.vault.getMarkdownFiles().filter((f) => f.path.startsWith("1-1s/Sam O'Brien/")).length).toBe(5);
    expect(notices).toEqual(["The 1:1 note with Sam O'Brien for 2026-11-25 exists; opened it."]);
    expect(t.read(SAM)).toBe(note);
  });

  it("offers to create a person note for a new name, with a safe file name", async () => {
    const { t } = await start(exampleVault(), exampleSettings());
    const cmd = startCommand(t, "new-1-1");
    await t.flush();
    const texts = await pickInModal('../Zoë: "Z"', 'Create person note: ../Zoë: "Z"');
    expect(texts).toContain('Create person note: ../Zoë: "Z"');
    await cmd.done();
    expect(t.read("People/Zoë Z.md")).toBe("---\naliases: []\ncadence:\n---\n# Zoë Z\n\n## Next 1:1\n");
    expect(t.read("1-1s/Zoë Z/2026-11-25.md")).toContain('person: "[[Zoë Z]]"');
  });

  it.each([
    ["../x", "x"],
    ["a/b", "a b"],
    [".hidden", "hidden"],
    ['Sam: "the man"', "Sam the man"],
  ])("a hostile new name %j becomes the person note and folder %j, inside their folders", async (typed, safe) => {
    const { t } = await start({}, { myName: "Dana Reyes" });
    const cmd = startCommand(t, "new-1-1");
    await t.flush();
    await pickInModal(typed, `Create person note: ${typed}`);
    await cmd.done();
    const paths = t.vault.getMarkdownFiles().map((f) => f.path).sort();
    expect(paths).toEqual([`1-1s/${safe}/2026-11-25.md`, `People/${safe}.md`].sort());
    expect(t.read(`1-1s/${safe}/2026-11-25.md`)).toMatch(new RegExp(`^---\ntype: one-on-one\nperson: "\\[\\[${safe}\\]\\]"\ndate: 2026-11-25\n`));
  });

  it("never overwrites a file that sits at the note's path", async () => {
    const files = { ...exampleVault(), [SAM]: "written by hand\n" };
    const { t } = await start(files, exampleSettings());
    const cmd = startCommand(t, "new-1-1");
    await t.flush();
    await pickInModal("Sam O'Brien", "Sam O'Brien");
    await cmd.done();
    expect(t.read(SAM)).toBe("written by hand\n");
    expect(t.read("People/Sam O'Brien.md")).toContain("Accessibility training");
  });

  it("with no people yet (a vault without a people folder), the picker says where a typed name's note will go", async () => {
    const { t } = await start({ "Projects/Launch.md": "# Launch\n\n- [ ] Send the plan\n" }, { peopleFolder: "Team/Reports/" });
    const cmd = startCommand(t, "new-1-1");
    await t.flush();
    const modal = lastModal<SuggestModal<unknown>>();
    expect(modal.resultContainerEl.textContent).toBe("Type a name to create a person note in “Team/Reports”.");
    modal.close();
    await cmd.done();
  });

  it("closing the picker creates nothing", async () => {
    const { t } = await start(exampleVault(), exampleSettings());
    const count = t.vault.getFiles().length;
    const cmd = startCommand(t, "new-1-1");
    await t.flush();
    for (const m of openModals.slice()) m.close();
    await cmd.done();
    expect(t.vault.getFiles().length).toBe(count);
  });
});

describe("New 1:1 with this person", () => {
  it("is offered in a person note and in a 1:1 note, not elsewhere", async () => {
    const { t } = await start(exampleVault(), exampleSettings());
    await t.openFile("Projects/Ledger migration.md");
    expect(startCommand(t, "new-1-1-with-this-person").ran).toBe(false);
    await t.openFile("1-1s/Mei Chen/2026-10-27.md");
    expect(startCommand(t, "new-1-1-with-this-person").ran).toBe(true);
    await until(t, () => t.workspace.getActiveFile()?.path === "1-1s/Mei Chen/2026-11-25.md");
    await t.openFile("People/Jordan Lee.md");
    startCommand(t, "new-1-1-with-this-person");
    await until(t, () => t.vault.getFileByPath("1-1s/Jordan Lee/2026-11-25.md") !== null);
    expect(t.read("1-1s/Jordan Lee/2026-11-25.md")).toMatch(/^---\ntype: one-on-one\nperson: "\[\[Jordan Lee\]\]"\ndate: "2026-11-25"\n---\n/);
  });

  it("with a second note allowed the same day, adds a suffix instead of opening", async () => {
    const { t } = await start(exampleVault(), { ...(exampleSettings() as object), allowSameDayNote: true }, "2026-11-24T09:00:00");
    await t.openFile("People/Alex Kim.md");
    startCommand(t, "new-1-1-with-this-person");
    await until(t, () => t.workspace.getActiveFile()?.path === "1-1s/Alex Kim/2026-11-24 (2).md");
    expect(t.read("1-1s/Alex Kim/2026-11-24 (2).md")).toContain('date: "2026-11-24"');
  });
});

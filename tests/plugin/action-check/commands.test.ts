// The agreed-action check inside the real plugin: commands, the report modal, safe writes of quick fixes, settings.
import { afterEach, describe, expect, it, vi } from "vitest";
import OneOnOnePlugin from "../../../src/main";
import { clearNotices, createTestApp, lastModal, loadPlugin, notices, selectOption, settingByName, type DropdownComponent, type TestApp, type ToggleComponent } from "../../fakes/obsidian";

const ONE_ON_ONE = [
  "---",
  "type: one-on-one",
  'person: "[[Sam O\'Brien]]"',
  "date: 2024-03-04",
  "---",
  "# 1:1 with Sam",
  "",
  "## Action items",
  "",
  "- [ ] Sam to list the five flakiest e2e tests 📅 2024-03-08",
  "- [ ] Update the on-call rota 📅 2024-03-11 ^rota",
  "- [ ] Sam to pair with Mei on the settings page",
  "",
].join("\r\n");
const VAULT = {
  "People/Sam O'Brien.md": "---\naliases: [Sam]\ncadence: biweekly\n---\n# Sam O'Brien\n",
  "1-1s/Sam/2024-03-04.md": "\uFEFF" + ONE_ON_ONE,
  "Projects/Aurora.md": "# Aurora\n\n- [ ] Look into the CDN bill\n",
  "Templates/1-1 template.md": "---\ntype: one-on-one\nperson: \"[[Sam O'Brien]]\"\ndate: 2024-01-01\n---\n- [ ] \n- [ ] Look into it\n",
};

let t: TestApp | null = null;
afterEach(async () => {
  await t?.dispose();
  t = null;
  clearNotices();
});

async function setup(data: Record<string, unknown> = {}): Promise<{ t: TestApp; plugin: OneOnOnePlugin }> {
  t = createTestApp({ files: VAULT, layoutReady: true, pluginData: { "one-on-one": { myName: "Dana Reyes", noteTemplate: "Templates/1-1 template.md", ...data } } });
  const plugin = await loadPlugin(OneOnOnePlugin, t);
  await t.flush();
  return { t, plugin };
}

const rows = () => Array.from(lastModal().contentEl.querySelectorAll<HTMLElement>(".one-on-one-feedback-row"));
const click = (el: Element) => el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
const button = (row: HTMLElement, title: string) => Array.from(row.querySelectorAll("button")).find((b) => b.textContent === title)!;
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !cond(); i++) {
    await new Promise((r) => setTimeout(r, 0));
    await t?.flush();
  }
}

describe("action-check commands", () => {
  it("registers two commands with sentence-case names and no hotkeys", async () => {
    const { t } = await setup();
    const mine = t.fake.commands.listCommands().filter((c) => /action-items/.test(c.id));
    expect(mine.map((c) => c.name).sort()).toEqual(["One-on-one: Check action items across vault", "One-on-one: Check action items in this note"]);
    for (const c of mine) expect(c.hotkeys ?? []).toEqual([]);
  });

  it("lists a 1:1 note's findings with their quick fixes; a 'Name to' owner with a known alias counts", async () => {
    const { t } = await setup();
    await t.openFile("1-1s/Sam/2024-03-04.md");
    expect(await t.runCommand("one-on-one:check-action-items-in-note")).toBe(true);
    const found = rows().map((r) => [r.querySelector(".one-on-one-feedback-line")?.textContent, r.querySelector(".one-on-one-feedback-rule")?.textContent?.split(" · ")[1], Array.from(r.querySelectorAll("button")).map((b) => b.textContent)]);
    expect(found).toEqual([
      ["Line 11", "actions/no-owner", ["Mine", "Theirs"]],
      ["Line 12", "actions/no-due", ["By next 1:1", "In a week"]],
    ]);
  });

  it("writes a quick fix in the open note, keeping the BOM and block id (LF, as Obsidian's editor saves); refuses when the line changed", async () => {
    const { t } = await setup();
    await t.openFile("1-1s/Sam/2024-03-04.md");
    await t.runCommand("one-on-one:check-action-items-in-note");
    click(button(rows()[0], "Theirs"));
    await until(() => notices.length > 0);
    expect(notices.at(-1)).toBe("Applied: Theirs.");
    // The note is open, so the fix goes through Obsidian's editor, which saves LF endings (BOM and block id kept).
    expect(t.read("1-1s/Sam/2024-03-04.md")).toBe("\uFEFF" + ONE_ON_ONE.replace("📅 2024-03-11 ^rota", "📅 2024-03-11 @[[Sam O'Brien]] ^rota").replace(/\r\n/g, "\n"));

    await t.runCommand("one-on-one:check-action-items-in-note");
    const due = rows().find((r) => r.textContent?.includes("actions/no-due"))!;
    // Today is the index's clock; "By next 1:1" is the note's date plus whole cadences (14 days), from today on.
    const changed = t.read("1-1s/Sam/2024-03-04.md").replace("Sam to pair with Mei", "Sam to pair with Jun");
    await t.write("1-1s/Sam/2024-03-04.md", changed);
    click(button(due, "In a week"));
    await until(() => notices.length > 1);
    expect(t.read("1-1s/Sam/2024-03-04.md")).toBe(changed);
    expect(notices.at(-1)).toMatch(/changed since it was checked/);
  });

  it("checks the vault's 1:1 notes only (never the templates), or every note with the setting on", async () => {
    const { t, plugin } = await setup();
    const names = async () => {
      await t.runCommand("one-on-one:check-action-items-across-vault");
      await until(() => /in (\d+ of )?\d+ notes\.$/.test(lastModal().contentEl.textContent ?? ""));
      return Array.from(lastModal().contentEl.querySelectorAll(".one-on-one-feedback-note-name")).map((e) => e.textContent);
    };
    expect(await names()).toEqual(["1-1s/Sam/2024-03-04.md"]);
    plugin.settings.actionCheckEverywhere = true;
    await plugin.saveSettings();
    expect(await names()).toEqual(["1-1s/Sam/2024-03-04.md", "Projects/Aurora.md"]);
  });

  it("reads only the notes the metadata cache lists a task in (the people note has none), and the open editor's text first", async () => {
    const { t, plugin } = await setup({ actionCheckEverywhere: true });
    await plugin.actions.whenReady();
    const view = await t.openFile("Projects/Aurora.md");
    view.editor.setValue("# Aurora\n\nNo task here any more.\n");
    const read = vi.spyOn(t.vault, "cachedRead");
    await t.runCommand("one-on-one:check-action-items-across-vault");
    await until(() => /in (\d+ of )?\d+ notes\.$/.test(lastModal().contentEl.textContent ?? ""));
    expect(read.mock.calls.map(([f]) => f.path).sort()).toEqual(["1-1s/Sam/2024-03-04.md", "Projects/Aurora.md"]);
    expect(Array.from(lastModal().contentEl.querySelectorAll(".one-on-one-feedback-note-name")).map((e) => e.textContent)).toEqual(["1-1s/Sam/2024-03-04.md"]);
    expect(lastModal().contentEl.querySelector(".one-on-one-feedback-status")?.textContent).toMatch(/ in 1 of 3 notes\.$/);
  });
});

describe("action-check settings", () => {
  it("turns the editor extension off and on, scope and per-rule severities re-check open editors", async () => {
    const { t, plugin } = await setup();
    const arrays = t.fake.editorExtensions.filter((e) => Array.isArray(e)) as unknown[][];
    expect(arrays).toHaveLength(2);
    const extensions = arrays[1];
    expect(extensions).toHaveLength(1);
    const tab = t.openSettings("one-on-one");
    const toggle = settingByName(tab.containerEl, "Check action items while writing").components[0] as ToggleComponent;
    toggle.setValue(false);
    await t.flush();
    expect(plugin.settings.actionCheck).toBe(false);
    expect(extensions).toHaveLength(0);
    toggle.setValue(true);
    await t.flush();
    expect(extensions).toHaveLength(1);

    const row = settingByName(tab.containerEl, "No due date actions/no-due");
    expect(row.nameEl.querySelector("code")?.textContent).toBe("actions/no-due");
    // A new severity re-checks open editors at once: a fresh linter, and Obsidian told to reconfigure.
    const before = t.workspace.updateOptionsCalls;
    const linter = extensions[0];
    selectOption(row.components[0] as DropdownComponent, "off");
    await t.flush();
    expect(plugin.settings.ruleSeverity).toEqual({ "actions/no-due": "off" });
    expect(t.workspace.updateOptionsCalls).toBeGreaterThan(before);
    expect(extensions[0]).not.toBe(linter);

    await t.openFile("1-1s/Sam/2024-03-04.md");
    await t.runCommand("one-on-one:check-action-items-in-note");
    expect(rows().map((r) => r.querySelector(".one-on-one-feedback-rule")?.textContent?.split(" · ")[1])).toEqual(["actions/no-owner"]);

    const everywhere = settingByName(tab.containerEl, "Check action items in every note").components[0] as ToggleComponent;
    const scoped = extensions[0];
    everywhere.setValue(true);
    await t.flush();
    expect(plugin.settings.actionCheckEverywhere).toBe(true);
    expect(extensions[0]).not.toBe(scoped);

    // Other features' settings do not reconfigure the check.
    const unrelated = extensions[0];
    plugin.settings.myName = "Dana";
    await plugin.saveSettings();
    expect(extensions[0]).toBe(unrelated);
  });
});

// The feedback feature inside the real plugin: commands, the report modal, safe writes, settings and the extension array.
import { afterEach, describe, expect, it, vi } from "vitest";
import OneOnOnePlugin from "../../../src/main";
import { blockWith, HANDBOOK_EXAMPLE as H } from "../../../src/core/feedback/examples";
import { clearNotices, createTestApp, lastModal, loadPlugin, MarkdownView, notices, openModals, selectOption, settingByName, type DropdownComponent, type TestApp, type ToggleComponent } from "../../fakes/obsidian";

const BAD = `---\ntype: one-on-one\ndate: 2024-03-07\n---\n${blockWith("options", "Why didn't you ask for help?")}\n## Action items\n\n- [ ] Book the review @me\n`;
/** 0-based line of the "why" question in BAD. */
const WHY_LINE = BAD.split("\n").findIndex((l) => l.startsWith("Why didn't you"));
const GOOD = blockWith("facts", H.facts);
const VAULT = {
  "1-1s/Sam/2024-03-07.md": BAD,
  "1-1s/Sam/2024-02-29.md": GOOD,
  "Drafts/angry.md": blockWith("facts", "You are always so careless."),
  "Templates/feedback.md": blockWith("facts", "You never listen."),
};

let t: TestApp | null = null;
afterEach(async () => {
  await t?.dispose();
  t = null;
  clearNotices();
});

async function setup(data: Record<string, unknown> = {}): Promise<{ t: TestApp; plugin: OneOnOnePlugin }> {
  t = createTestApp({ files: VAULT, layoutReady: true, pluginData: { "one-on-one": data } });
  const plugin = await loadPlugin(OneOnOnePlugin, t);
  return { t, plugin };
}

const rows = () => Array.from(lastModal().contentEl.querySelectorAll<HTMLElement>(".one-on-one-feedback-row"));
const click = (el: Element) => el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !cond(); i++) {
    await new Promise((r) => setTimeout(r, 0));
    await t?.flush();
  }
}

describe("feedback commands", () => {
  it("registers the three commands with sentence-case names and no hotkeys", async () => {
    const { t } = await setup();
    const mine = t.fake.commands.listCommands().filter((c) => /feedback/.test(c.id));
    expect(mine.map((c) => c.name).sort()).toEqual(["One-on-one: Check feedback across vault", "One-on-one: Check feedback in this note", "One-on-one: Insert feedback block"]);
    for (const c of mine) expect(c.hotkeys ?? []).toEqual([]);
  });

  it("lists a note's findings, in reading view too, and jumps to the line", async () => {
    const { t } = await setup();
    const view = await t.openFile("1-1s/Sam/2024-03-07.md");
    view.mode = "preview";
    const jump = vi.spyOn(MarkdownView.prototype, "setEphemeralState");
    expect(await t.runCommand("one-on-one:check-feedback-in-note")).toBe(true);
    const found = rows();
    const why = found.find((r) => r.textContent?.includes("options/why-or-leading"))!;
    expect(why.textContent).toContain(`Line ${WHY_LINE + 1}`);
    click(why.querySelector(".one-on-one-feedback-message")!);
    await t.flush();
    expect(jump).toHaveBeenCalledWith({ line: WHY_LINE });
    expect(openModals).toEqual([]);
    jump.mockRestore();
  });

  it("moves the cursor when the note is open in the editor", async () => {
    const { t } = await setup();
    const view = await t.openFile("1-1s/Sam/2024-03-07.md");
    await t.runCommand("one-on-one:check-feedback-in-note");
    click(rows().find((r) => r.textContent?.includes("options/why-or-leading"))!.querySelector(".one-on-one-feedback-message")!);
    expect(view.editor.getCursor().line).toBe(WHY_LINE);
  });

  it("applies a fix from the list through vault.process, and refuses when the note changed", async () => {
    const { t } = await setup();
    await t.openFile("1-1s/Sam/2024-03-07.md");
    (t.workspace.getActiveViewOfType(MarkdownView) as MarkdownView).mode = "preview";
    await t.runCommand("one-on-one:check-feedback-in-note");
    click(rows().find((r) => r.textContent?.includes("options/why-or-leading"))!.querySelector("button")!);
    await until(() => notices.length > 0);
    expect(t.read("1-1s/Sam/2024-03-07.md")).toBe(BAD.replace("Why didn't you ask", "What made it hard to ask"));
    expect(notices.at(-1)).toMatch(/^Applied/);

    await t.runCommand("one-on-one:check-feedback-in-note");
    const stale = rows().find((r) => r.textContent?.includes("request/no-follow-up") || r.querySelector("button"));
    expect(stale).toBeDefined();
    await t.write("1-1s/Sam/2024-03-07.md", "# Rewritten meanwhile\n");
    click(stale!.querySelector("button")!);
    await until(() => notices.length > 1);
    expect(t.read("1-1s/Sam/2024-03-07.md")).toBe("# Rewritten meanwhile\n");
    expect(notices.at(-1)).toMatch(/changed since it was checked/);
  });

  it("tracks a request with a deadline as an action item from the list", async () => {
    const note = `---\ndate: 2024-03-07\n---\n${blockWith("request", "Could you add tests to every PR by Friday? Let's check in at our next 1:1.")}\n## Action items\n\n- [ ] Book the review @me\n`;
    const { t } = await setup();
    await t.write("1-1s/Sam/2024-03-07.md", note);
    await t.openFile("1-1s/Sam/2024-03-07.md");
    await t.runCommand("one-on-one:check-feedback-in-note");
    const buttons = Array.from(lastModal().contentEl.querySelectorAll("button")).filter((b) => b.textContent === "Track as action item");
    expect(buttons).toHaveLength(2);
    click(buttons[0]);
    await until(() => notices.length > 0);
    expect(t.read("1-1s/Sam/2024-03-07.md")).toBe(note.replace("- [ ] Book the review @me\n", "- [ ] Book the review @me\n- [ ] Could you add tests to every PR by Friday? 📅 2024-03-08\n"));
  });

  it("inserts the four-part skeleton at the cursor", async () => {
    const { t } = await setup();
    const view = await t.openFile("1-1s/Sam/2024-02-29.md");
    view.editor.setCursor({ line: 0, ch: 0 });
    await t.runCommand("one-on-one:insert-feedback-block");
    const text = view.editor.getValue();
    expect(text.startsWith("## Feedback\n\n### Facts\n\n%% ")).toBe(true);
    expect(text.match(/^### (Facts|Feelings|Options|Request)$/gm)).toEqual(["### Facts", "### Feelings", "### Options", "### Request", "### Facts", "### Feelings", "### Options", "### Request"]);
  });

  it("checks the whole vault, grouped by note, skipping excluded folders", async () => {
    const { t } = await setup({ excludedFolders: ["Templates"] });
    await t.runCommand("one-on-one:check-feedback-across-vault");
    await until(() => /findings in/.test(lastModal().contentEl.textContent ?? ""));
    const names = Array.from(lastModal().contentEl.querySelectorAll(".one-on-one-feedback-note-name")).map((e) => e.textContent);
    expect(names).toEqual(["1-1s/Sam/2024-03-07.md", "Drafts/angry.md"]);
    expect(lastModal().contentEl.querySelector(".one-on-one-feedback-status")?.textContent).toMatch(/findings in 2 of 3 notes\.$/);
  });
});

describe("feedback settings", () => {
  it("turns the editor extension off and on, and stores per-rule severities", async () => {
    const { t, plugin } = await setup();
    const extensions = t.fake.editorExtensions.find((e) => Array.isArray(e)) as unknown[];
    expect(extensions).toHaveLength(1);
    const calls = t.workspace.updateOptionsCalls;
    const tab = t.openSettings("one-on-one");
    const toggle = settingByName(tab.containerEl, "Check feedback while writing").components[0] as ToggleComponent;
    toggle.setValue(false);
    await t.flush();
    expect(plugin.settings.feedbackLint).toBe(false);
    expect(extensions).toHaveLength(0);
    expect(t.workspace.updateOptionsCalls).toBeGreaterThan(calls);
    toggle.setValue(true);
    await t.flush();
    expect(extensions).toHaveLength(1);

    // Rows show the rule's human name with its id beside it.
    const row = settingByName(tab.containerEl, "Too many asks request/too-many");
    expect(row.nameEl.querySelector("code")?.textContent).toBe("request/too-many");
    const dropdown = row.components[0] as DropdownComponent;
    const beforeSeverity = t.workspace.updateOptionsCalls;
    selectOption(dropdown, "off");
    await t.flush();
    expect(plugin.settings.ruleSeverity).toEqual({ "request/too-many": "off" });
    // A new severity re-lints open editors at once.
    expect(t.workspace.updateOptionsCalls).toBe(beforeSeverity + 1);
    expect(JSON.parse(t.vault.adapter.hidden.get(".obsidian/plugins/one-on-one/data.json") ?? "{}").ruleSeverity).toEqual({ "request/too-many": "off" });
    selectOption(dropdown, "default");
    await t.flush();
    expect(plugin.settings.ruleSeverity).toEqual({});

    // Other features' settings do not reconfigure every editor.
    const unrelated = t.workspace.updateOptionsCalls;
    plugin.settings.myName = "Dana";
    await plugin.saveSettings();
    expect(t.workspace.updateOptionsCalls).toBe(unrelated);
  });
});

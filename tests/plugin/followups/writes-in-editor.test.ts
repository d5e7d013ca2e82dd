// Every plugin write to a note that is open in an editor goes through the editor: the daily plan and a feedback fix keep unsaved typing.
import { afterEach, describe, expect, it } from "vitest";
import { lastModal, notices } from "../../fakes/obsidian";
import { disposeStarted, exampleSettings, exampleVault, start, startCommand, until } from "../notes/harness";

afterEach(disposeStarted);

const DAILY = "Daily/2026-11-25.md";
const TYPED = "Unsaved: call the venue. ";

describe("writes through the open editor", () => {
  it("the daily plan lands in the open daily note without losing what was typed there", async () => {
    const { t } = await start(exampleVault(), exampleSettings());
    t.fake.internalPlugins = { getPluginById: (id: string) => (id === "daily-notes" ? { enabled: true, instance: { options: { folder: "Daily", format: "YYYY-MM-DD" } } } : null) };
    const view = await t.openFile(DAILY);
    view.editor.replaceRange(TYPED, { line: 2, ch: 0 });
    view.editor.setCursor({ line: 2, ch: TYPED.length });
    await startCommand(t, "add-plan-to-daily-note").done();
    const text = view.editor.getValue();
    expect(text.split("\n")[2]).toBe(`${TYPED}## Top 3`);
    expect(text).toContain("## 1:1s today");
    expect(view.editor.getCursor()).toEqual({ line: 2, ch: TYPED.length });
    await t.flush();
    expect(t.read(DAILY)).toBe(text);
  });

  it("a fix from the feedback report edits the open editor and keeps the typing", async () => {
    const { t } = await start(exampleVault(), exampleSettings());
    const draft = Object.keys(exampleVault()).find((p) => p.startsWith("Drafts/"))!;
    const view = await t.openFile(draft);
    view.editor.replaceRange(TYPED, { line: 0, ch: 0 });
    await t.runCommand("one-on-one:check-feedback-in-note");
    const row = Array.from(lastModal().contentEl.querySelectorAll<HTMLElement>(".one-on-one-feedback-row")).find((r) => r.textContent?.includes("options/why-or-leading"))!;
    row.querySelector("button")!.click();
    await until(t, () => notices.some((n) => n.startsWith("Applied")), "the fix");
    const text = view.editor.getValue();
    expect(text.startsWith(TYPED)).toBe(true);
    expect(text).toContain("What made it hard to");
    expect(text).not.toContain("Why didn't you");
    await t.flush();
    expect(t.read(draft)).toBe(text);
  });
});

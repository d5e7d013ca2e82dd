import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_DAILY_TEMPLATE, DEFAULT_ONE_ON_ONE_TEMPLATE, DEFAULT_QUESTION_BANK } from "../../../src/core/templates/defaults";
import { clearNotices, openModals, lastModal, notices, settingByName, typeInto, chooseSuggestion, typeQuery, type Modal, type SuggestModal, type TextComponent, type SliderComponent, type ToggleComponent } from "../../fakes/obsidian";
import { exampleSettings, exampleVault, start, startCommand, until, disposeStarted } from "./harness";

afterEach(disposeStarted);

describe("Create default templates", () => {
  it("writes the three defaults, points empty settings at them, and never writes over a file", async () => {
    const { t, plugin } = await start({ "Templates/Daily note.md": "my own daily template\n", "People/Alex Kim.md": "# Alex\n" }, { myName: "Dana Reyes" });
    await startCommand(t, "create-default-templates").done();
    expect(t.read("Templates/1-1 note.md")).toBe(DEFAULT_ONE_ON_ONE_TEMPLATE);
    expect(t.read("Templates/1-1 questions.md")).toBe(DEFAULT_QUESTION_BANK);
    expect(t.read("Templates/Daily note.md")).toBe("my own daily template\n");
    expect(notices).toEqual(["Written: Templates/1-1 note.md, Templates/1-1 questions.md.\nAlready there, left as they are: Templates/Daily note.md."]);
    expect([plugin.settings.noteTemplate, plugin.settings.questionBank, plugin.settings.dailyTemplate]).toEqual(["Templates/1-1 note.md", "Templates/1-1 questions.md", ""]);
    clearNotices();
    await startCommand(t, "create-default-templates").done();
    expect(notices).toEqual(["Already there, left as they are: Templates/1-1 note.md, Templates/Daily note.md, Templates/1-1 questions.md."]);
    expect(DEFAULT_DAILY_TEMPLATE).toContain("## 1:1s today");
  });
});

describe("Add topic for next 1:1…", () => {
  it("appends the editor selection under ## Next 1:1 of the chosen person", async () => {
    const { t } = await start(exampleVault(), exampleSettings());
    const view = await t.openFile("Projects/Ledger migration.md");
    const line = view.editor.getLine(0);
    view.editor.setSelection({ line: 0, ch: 0 }, { line: 0, ch: line.length });
    const before = t.read("People/Jordan Lee.md");
    const cmd = startCommand(t, "add-topic-for-next-1-1");
    await t.flush();
    await typeQuery(lastModal<SuggestModal<unknown>>(), "JL");
    chooseSuggestion(lastModal<SuggestModal<unknown>>(), "JL (Jordan Lee)");
    await cmd.done();
    const topic = `- ${line.trim()}`;
    // Jordan's queue is empty: the topic goes right under the heading, the blank line before the next section stays.
    expect(t.read("People/Jordan Lee.md")).toBe(before.replace("## Next 1:1\n\n## Working agreements", `## Next 1:1\n${topic}\n\n## Working agreements`));
    expect(notices).toEqual(["Topic added for the next 1:1 with Jordan Lee."]);
  });

  it("asks for the topic when nothing is selected, and creates the section when missing", async () => {
    const { t } = await start({ "People/Kai.md": "---\ncadence: weekly\n---\n# Kai\n\nNotes about Kai.\n" }, { myName: "Dana Reyes" });
    const cmd = startCommand(t, "add-topic-for-next-1-1");
    await t.flush();
    await typeQuery(lastModal<SuggestModal<unknown>>(), "Kai");
    chooseSuggestion(lastModal<SuggestModal<unknown>>(), "Kai");
    await until(t, () => openModals.length > 0 && lastModal().titleEl.textContent === "Topic for the next 1:1 with Kai");
    const prompt = lastModal<Modal>();
    const input = prompt.contentEl.querySelector("input")!;
    input.value = "Conference budget";
    input.dispatchEvent(new Event("input"));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    await cmd.done();
    expect(t.read("People/Kai.md")).toBe("---\ncadence: weekly\n---\n# Kai\n\nNotes about Kai.\n\n## Next 1:1\n- Conference budget\n");
  });
});

describe("Copy agenda for sharing", () => {
  it("puts the agenda, topics and open follow-ups on the clipboard, private callouts left out", async () => {
    const note = `---\ntype: one-on-one\nperson: "[[Priya Natarajan]]"\ndate: 2026-11-25\n---\n## Agenda\n- Staffing ask\n> [!private] Mine\n> She may leave.\n\n## Topics\n- Mentee\n`;
    const { t } = await start({ ...exampleVault(), "1-1s/Priya Natarajan/2026-11-25.md": note }, exampleSettings());
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, "writeText").mockImplementation(async (s: string) => void writes.push(s));
    await t.openFile("Projects/Ledger migration.md");
    expect(startCommand(t, "copy-agenda-for-sharing").ran).toBe(false);
    await t.openFile("1-1s/Priya Natarajan/2026-11-25.md");
    expect(startCommand(t, "copy-agenda-for-sharing").ran).toBe(true);
    await until(t, () => writes.length === 1);
    const copied = writes[0];
    expect(copied.startsWith("# 1:1 with Priya Natarajan, 2026-11-25\n\n## Agenda\n- Staffing ask\n\n## Topics\n- Mentee\n\n## Open follow-ups\n- ")).toBe(true);
    expect(copied).not.toContain("She may leave");
    expect(notices).toEqual(["Agenda copied for sharing (private callouts left out)."]);
  });
});

describe("Settings: 1:1 notes", () => {
  it("shows and saves the section's settings", async () => {
    const { t, plugin } = await start({}, { myName: "Dana Reyes" });
    const tab = t.openSettings("one-on-one");
    const el = tab.containerEl;
    for (const [name, value] of [["1:1 note path", "Meetings/{{person}}/{{date}}.md"], ["1:1 template", "/Templates//Mine.md"]]) {
      const field = settingByName(el, name).components[0] as TextComponent;
      typeInto(field, value);
      field.inputEl.dispatchEvent(new Event("blur"));
    }
    (settingByName(el, "Allow a second note on the same day").components[0] as ToggleComponent).setValue(true);
    const slider = settingByName(el, "Questions per 1:1").components[0] as SliderComponent;
    slider.sliderEl.value = "4";
    slider.sliderEl.dispatchEvent(new Event("input"));
    slider.sliderEl.dispatchEvent(new Event("change"));
    await t.flush();
    expect(plugin.settings).toMatchObject({ notePathPattern: "Meetings/{{person}}/{{date}}.md", noteTemplate: "Templates/Mine.md", allowSameDayNote: true, questionCount: 4 });
    expect(JSON.parse(t.vault.adapter.hidden.get(".obsidian/plugins/one-on-one/data.json")!)).toMatchObject({ noteTemplate: "Templates/Mine.md" });
    expect(el.textContent).toContain("1:1 notes");
  });
});

// The settings tab as a new user meets it: sections in set-up order, path fields that suggest and warn, saves that wait for a pause.
import { afterEach, describe, expect, it } from "vitest";
import { Setting, settingByName, settingsIn, typeInto, type TextComponent } from "../../fakes/obsidian";
import { sliderValueLabel } from "../../../src/plugin/notes/settings-section";
import { PATH_COMMIT_DELAY_MS } from "../../../src/plugin/settings/path-field";
import { disposeStarted, start } from "../notes/harness";

afterEach(async () => {
  await disposeStarted();
  for (const el of Array.from(document.body.querySelectorAll(".suggestion-container"))) el.remove();
});

const VAULT = {
  "Team/Ana Silva.md": "# Ana\n",
  "Team/Leads/Bo.md": "# Bo\n",
  "Templates/1-1 note.md": "# {{person}}\n",
  "Templates/Daily.md": "# Day\n",
  "Projects/Plan.md": "- [ ] Draft the plan @Ana\n",
};

async function openTab() {
  const { t, plugin } = await start(VAULT, { myName: "Dana Reyes" });
  const el = t.openSettings("one-on-one").containerEl;
  return { t, plugin, el };
}

const field = (el: HTMLElement, name: string) => settingByName(el, name).components[0] as TextComponent;
const hint = (el: HTMLElement, name: string) => settingByName(el, name).descEl.querySelector(".one-on-one-setting-hint")!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The items of the input suggest opened last. */
async function suggestions(): Promise<HTMLElement[]> {
  await sleep(0);
  const open = Array.from(document.body.querySelectorAll<HTMLElement>(".suggestion-container")).at(-1);
  return Array.from(open?.querySelectorAll<HTMLElement>(".suggestion-item") ?? []);
}

describe("settings tab", () => {
  it("has its sections in the order a user sets up, the people folder under People", async () => {
    const { el } = await openTab();
    const headings = settingsIn(el).filter((s) => s.settingEl.classList.contains("setting-item-heading")).map((s) => s.nameEl.textContent);
    expect(headings).toEqual(["You", "People", "1:1 notes", "Daily notes", "Action items", "Feedback linter", "Agreed actions"]);
    const names = settingsIn(el).map((s) => s.nameEl.textContent);
    const at = (n: string) => names.indexOf(n);
    expect(at("My name")).toBeLessThan(at("People"));
    expect(at("People")).toBeLessThan(at("People folder"));
    expect(at("People folder")).toBeLessThan(at("1:1 notes"));
    expect(at("Daily notes")).toBeLessThan(at("Daily notes folder"));
    expect(at("Daily notes folder")).toBeLessThan(at("Action items"));
    for (const n of ["People folder", "1:1 template", "Daily notes folder"]) expect(field(el, n).inputEl.placeholder, n).toMatch(/^Example: /);
  });

  it("people folder: suggests folders as you type, says when one does not exist, saves on picking", async () => {
    const { t, plugin, el } = await openTab();
    expect(hint(el, "People folder").textContent).toBe('Folder "People" does not exist.');
    const input = field(el, "People folder");
    typeInto(input, "tea");
    expect((await suggestions()).map((s) => s.textContent)).toEqual(["Team", "Team/Leads"]);
    expect(hint(el, "People folder").textContent).toBe('Folder "tea" does not exist.');
    expect(plugin.settings.peopleFolder).toBe("People");
    (await suggestions())[0].click();
    await t.flush();
    await plugin.actions.settled();
    expect(plugin.settings.peopleFolder).toBe("Team");
    expect(input.inputEl.value).toBe("Team");
    expect(hint(el, "People folder").textContent).toBe("");
    expect(plugin.actions.directory().get("Ana Silva")?.name).toBe("Ana Silva");
  });

  it("typing a path saves nothing per keystroke: once on blur, or once after a pause", async () => {
    const { t, plugin, el } = await openTab();
    const input = field(el, "People folder");
    let rebuilds = 0;
    plugin.actions.onChange(() => rebuilds++);
    for (const v of ["T", "Te", "Tea", "Team"]) typeInto(input, v);
    await t.flush();
    expect(plugin.settings.peopleFolder).toBe("People");
    input.inputEl.dispatchEvent(new Event("blur"));
    await t.flush();
    await plugin.actions.settled();
    expect(plugin.settings.peopleFolder).toBe("Team");
    const afterBlur = rebuilds;
    expect(afterBlur).toBeGreaterThan(0);

    const daily = field(el, "Daily notes folder");
    for (const v of ["D", "Da", "Dai"]) typeInto(daily, v);
    await sleep(PATH_COMMIT_DELAY_MS / 2);
    expect(plugin.settings.dailyFolder).toBe("");
    await sleep(PATH_COMMIT_DELAY_MS + 100);
    expect(plugin.settings.dailyFolder).toBe("Dai");
  });

  it("note fields suggest notes, not folders, and warn about a missing template", async () => {
    const { el } = await openTab();
    typeInto(field(el, "1:1 template"), "templates/");
    expect((await suggestions()).map((s) => s.textContent)).toEqual(["Templates/1-1 note.md", "Templates/Daily.md"]);
    expect(hint(el, "1:1 template").textContent).toBe('Note "templates" does not exist.');
    typeInto(field(el, "1:1 template"), "Templates/1-1 note");
    expect(hint(el, "1:1 template").textContent).toBe("");
    typeInto(field(el, "1:1 template"), "Templates/Nope.md");
    expect(hint(el, "1:1 template").textContent).toBe('Note "Templates/Nope.md" does not exist.');
    expect(hint(el, "1:1 template").classList.contains("mod-warning")).toBe(true);
  });

  it("a slider shows its value where Obsidian does not (before 1.13)", () => {
    // The fake Setting stands in for Obsidian's (its type lacks members this code never uses).
    const setting = new Setting(document.createElement("div")) as unknown as Parameters<typeof sliderValueLabel>[0];
    expect(sliderValueLabel(setting, 3, true)).toBeNull();
    const label = sliderValueLabel(setting, 3, false)!;
    expect(label.textContent).toBe("3");
    expect(setting.controlEl.contains(label)).toBe(true);
  });
});

// main.ts wires the action index (plugin.actions) and the "Action items" settings section.
import { afterEach, describe, expect, it } from "vitest";
import OneOnOnePlugin from "../../../src/main";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { createTestApp, loadPlugin, selectOption, settingByName, typeInto, type DropdownComponent, type TestApp, type TextComponent, type ToggleComponent } from "../../fakes/obsidian";
import { FOLLOW_UP_VAULT } from "../../core/followups/follow-up-vault";

let t: TestApp | null = null;
afterEach(async () => {
  await t?.dispose();
  t = null;
});

describe("action items in the plugin", () => {
  it("exposes the index service on the plugin once the layout is ready", async () => {
    t = createTestApp({ files: FOLLOW_UP_VAULT, pluginData: { "one-on-one": { myName: "Dana Reyes", excludedFolders: ["Templates"] } } });
    const plugin = await loadPlugin(OneOnOnePlugin, t);
    await t.layoutReady();
    await plugin.actions.whenReady();
    const model = plugin.actions.query({}, "2024-05-30");
    expect(model.counts.open).toBe(9);
    expect(plugin.actions.directory().get("AK")!.name).toBe("Alex Kim");
  });

  it("settings edited in the tab reach the index: my name, excluded folders, numbers, done date", async () => {
    t = createTestApp({ files: { ...FOLLOW_UP_VAULT, "Projects/Mine.md": "- [ ] Renew the lease [owner:: [[Dana Reyes]]]\n" } });
    const plugin = await loadPlugin(OneOnOnePlugin, t);
    await t.layoutReady();
    await plugin.actions.whenReady();
    const lease = () => plugin.actions.resolved("2024-05-30").find((i) => i.path === "Projects/Mine.md")!;
    expect(lease().direction).toBe("they-owe");
    const tab = t.openSettings("one-on-one");
    typeInto(settingByName(tab.containerEl, "My name").components[0] as TextComponent, "Dana Reyes");
    await t.flush();
    expect(plugin.settings.myName).toBe("Dana Reyes");
    expect(lease().direction).toBe("i-owe");

    expect(plugin.actions.resolved("2024-05-30").some((i) => i.path.startsWith("Templates/"))).toBe(true);
    const excluded = settingByName(tab.containerEl, "Excluded folders").components[0] as TextComponent;
    typeInto(excluded, "Templates, Archive/");
    excluded.inputEl.dispatchEvent(new Event("blur"));
    await t.flush();
    await plugin.actions.settled();
    expect(plugin.settings.excludedFolders).toEqual(["Templates", "Archive"]);
    expect(plugin.actions.resolved("2024-05-30").some((i) => i.path.startsWith("Templates/"))).toBe(false);

    const staleDays = settingByName(tab.containerEl, "Stale after days").components[0] as TextComponent;
    typeInto(staleDays, "abc");
    expect(plugin.settings.staleDays).toBe(DEFAULT_SETTINGS.staleDays);
    typeInto(staleDays, "10");
    await t.flush();
    expect(plugin.settings.staleDays).toBe(10);
    selectOption(settingByName(tab.containerEl, "Done date").components[0] as DropdownComponent, "dataview");
    (settingByName(tab.containerEl, "Cancelled date").components[0] as ToggleComponent).setValue(false);
    await t.flush();
    expect(plugin.settings.doneDate).toBe("dataview");
    expect(plugin.settings.cancelledDate).toBe(false);
    expect(JSON.parse(t.vault.adapter.hidden.get(".obsidian/plugins/one-on-one/data.json")!)).toMatchObject({ myName: "Dana Reyes", staleDays: 10 });
  });
});

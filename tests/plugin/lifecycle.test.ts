// The real plugin class loads through onload in the fake Obsidian, and unloading releases everything it registered.
import { afterEach, describe, expect, it } from "vitest";
import OneOnOnePlugin from "../../src/main";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { clearNotices, createTestApp, listenerErrors, loadPlugin, notices, openModals, unloadPlugin, type TestApp } from "../fakes/obsidian";

const VAULT = {
  "People/Alex Kim.md": "---\ncadence: weekly\naliases: [Alex]\n---\n# Alex Kim\n\n## Next 1:1\n- Ask about the migration\n",
  "1-1s/Alex Kim/2024-05-02.md":
    "---\ntype: one-on-one\nperson: \"[[Alex Kim]]\"\ndate: 2024-05-02\n---\n# 1:1 with Alex\n\n- [ ] @Alex send the design doc 📅 2024-05-09\n- [x] @me book the room ✅ 2024-05-02\n",
  "Daily/2024-05-03.md": "# Friday\n\n- [ ] Review [[Alex Kim]]'s PR\n",
};

let t: TestApp | null = null;

afterEach(async () => {
  await t?.dispose();
  t = null;
  clearNotices();
  listenerErrors.length = 0;
});

describe("plugin lifecycle", () => {
  it("loads, becomes ready, and unloading releases every registration", async () => {
    t = createTestApp({ files: VAULT });
    // A note is open, as in a real session; its editor view belongs to the app, not the plugin.
    await t.openFile("1-1s/Alex Kim/2024-05-02.md");
    const before = t.resources();
    const plugin = await loadPlugin(OneOnOnePlugin, t);
    await t.layoutReady();
    const loaded = t.resources();
    // The settings tab is the one registration main.ts has had since the start.
    expect(loaded.settingTabs).toBe(before.settingTabs + 1);
    expect(plugin.settings).toEqual(DEFAULT_SETTINGS);

    // Exercise what the plugin registered (views, modals, leaves a command opens) so it all exists before unload.
    for (const command of t.fake.commands.listCommands()) {
      if (!command.id.startsWith("one-on-one:") || !t.fake.commands.isAvailable(command.id)) continue;
      t.fake.commands.executeCommandById(command.id);
      // A command may wait on a modal forever; give it a moment, then move on.
      await Promise.race([t.fake.commands.lastResult, new Promise((r) => setTimeout(r, 50))]);
      await t.flush();
      for (const modal of openModals.slice()) modal.close();
    }
    t.openSettings("one-on-one");

    await unloadPlugin(t, plugin);
    expect(t.resources()).toEqual(before);
    expect(listenerErrors).toEqual([]);
  });

  it("can be loaded again after unloading (nothing registered twice)", async () => {
    t = createTestApp({ files: VAULT });
    const before = t.resources();
    const first = await loadPlugin(OneOnOnePlugin, t);
    await t.layoutReady();
    const loaded = t.resources();
    await unloadPlugin(t, first);
    const second = await loadPlugin(OneOnOnePlugin, t);
    await t.flush();
    expect(t.resources()).toEqual(loaded);
    await unloadPlugin(t, second);
    expect(t.resources()).toEqual(before);
  });

  it("renders its settings tab with a heading per section", async () => {
    t = createTestApp({ files: VAULT, layoutReady: true });
    await loadPlugin(OneOnOnePlugin, t);
    const tab = t.openSettings("one-on-one");
    expect(tab.containerEl.isConnected).toBe(true);
    // Every setting main.ts contributes has a name.
    for (const name of Array.from(tab.containerEl.querySelectorAll(".setting-item-name"))) expect(name.textContent?.trim()).not.toBe("");
    // Re-displaying (what a section's redisplay does) rebuilds the same settings, not a second copy.
    const count = tab.containerEl.querySelectorAll(".setting-item").length;
    tab.display();
    expect(tab.containerEl.querySelectorAll(".setting-item").length).toBe(count);
  });

  it.each([
    ["unparseable JSON", "{ this is not json"],
    ["a JSON string", JSON.stringify("garbage")],
    ["a JSON array", JSON.stringify([1, 2, 3])],
    ["wrong value types", JSON.stringify({ peopleFolder: 42, staleDays: "soon", feedbackLint: "yes" })],
  ])("falls back to defaults with a notice when data.json holds %s", async (_label, data) => {
    t = createTestApp({ files: VAULT, pluginData: { "one-on-one": data } });
    const plugin = await loadPlugin(OneOnOnePlugin, t);
    expect(plugin.settings.peopleFolder).toBe(DEFAULT_SETTINGS.peopleFolder);
    expect(plugin.settings.staleDays).toBe(DEFAULT_SETTINGS.staleDays);
    expect(plugin.settings.feedbackLint).toBe(DEFAULT_SETTINGS.feedbackLint);
    expect(notices.length).toBe(1);
    expect(notices[0]).toMatch(/^One-on-one: some settings could not be read/);
  });

  it("keeps valid stored settings without a notice", async () => {
    t = createTestApp({ files: VAULT, pluginData: { "one-on-one": { peopleFolder: "Team", staleDays: 14 } } });
    const plugin = await loadPlugin(OneOnOnePlugin, t);
    expect(plugin.settings.peopleFolder).toBe("Team");
    expect(plugin.settings.staleDays).toBe(14);
    expect(notices).toEqual([]);
  });
});

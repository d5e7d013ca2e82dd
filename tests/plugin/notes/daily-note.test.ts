import { afterEach, describe, expect, it } from "vitest";
import { coreDailyNotesConfig, dailyNoteConfig } from "../../../src/plugin/notes/daily-notes-shim";
import { notices, type App } from "../../fakes/obsidian";
import { exampleSettings, exampleVault, start, startCommand, disposeStarted } from "./harness";

afterEach(disposeStarted);

/** Obsidian's internal registry as the core Daily notes plugin exposes it. */
function dailyNotesPlugin(enabled: boolean, options: Record<string, unknown>) {
  return { getPluginById: (id: string) => (id === "daily-notes" ? { enabled, instance: { options } } : null) };
}

describe("daily-notes shim", () => {
  const app = (internalPlugins: unknown) => ({ internalPlugins }) as unknown as App;
  it("reads folder, format and template from the enabled core plugin", () => {
    expect(coreDailyNotesConfig(app(dailyNotesPlugin(true, { folder: "Journal", format: "YYYY/MM-DD", template: "T/Day" })) as never)).toEqual({ folder: "Journal", format: "YYYY/MM-DD", template: "T/Day" });
    expect(coreDailyNotesConfig(app(dailyNotesPlugin(true, { format: "", folder: 3 })) as never)).toEqual({});
  });
  it("gives null, never throws, when the plugin is off, missing or shaped differently", () => {
    const throwing = { get getPluginById(): never { throw new Error("internal API changed"); } };
    for (const internal of [undefined, null, {}, { getPluginById: 5 }, dailyNotesPlugin(false, { folder: "x" }), throwing, { getPluginById: () => ({ enabled: true }) }]) {
      const r = coreDailyNotesConfig(app(internal) as never);
      expect(r === null || Object.keys(r).length === 0).toBe(true);
    }
  });
  it("falls back to our settings", () => {
    const ours = { dailyFolder: "Daily", dailyFormat: "DD-MM-YYYY", dailyTemplate: "Templates/Daily note.md" };
    expect(dailyNoteConfig(app(undefined) as never, ours)).toEqual({ folder: "Daily", format: "DD-MM-YYYY", template: "Templates/Daily note.md" });
    expect(dailyNoteConfig(app(dailyNotesPlugin(true, { folder: "J", format: "", template: "" })) as never, ours)).toEqual({ folder: "J", format: "DD-MM-YYYY", template: "Templates/Daily note.md" });
  });
});

describe("Add today's 1:1 plan to daily note", () => {
  it("adds the section to today's note found through the core plugin's settings, and a second run leaves one section", async () => {
    const vault = exampleVault();
    const { t } = await start(vault, exampleSettings());
    t.fake.internalPlugins = dailyNotesPlugin(true, { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily template" });
    await startCommand(t, "add-plan-to-daily-note").done();
    // Daily/2026-11-25.md exists (LF, no final newline): the section is appended and the note still ends without one.
    const text = t.read("Daily/2026-11-25.md");
    expect(text.startsWith(vault["Daily/2026-11-25.md"] + "\n\n## 1:1s today\n")).toBe(true);
    expect(text.endsWith("\n")).toBe(false);
    expect(text).toContain("## 1:1s today\n- [[People/Sam O'Brien|Sam O'Brien]]: 6 days overdue (weekly, last [[1-1s/Sam O'Brien/2026-11-12|2026-11-12]])\n- [[People/Priya Natarajan|Priya Natarajan]]: due today");
    expect(text).toContain("Actions due today or overdue:\n- ");
    expect(text).not.toMatch(/^\s*[-*+] \[.\].*·/m);
    await startCommand(t, "add-plan-to-daily-note").done();
    expect(t.read("Daily/2026-11-25.md")).toBe(text);
    expect(text.match(/1:1s today/g)).toHaveLength(1);
    expect(t.workspace.getActiveFile()?.path).toBe("Daily/2026-11-25.md");
  });

  it("creates a missing daily note from the template, in the folder and format of the core plugin", async () => {
    const { t } = await start(exampleVault(), exampleSettings(), "2026-11-26T08:00:00");
    t.fake.internalPlugins = dailyNotesPlugin(true, { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD", template: "Templates/Daily template" });
    await startCommand(t, "add-plan-to-daily-note").done();
    const text = t.read("Journal/2026/11/2026-11-26.md");
    expect(text.startsWith("# Thursday, 26 November 2026\n\n## Top 3\n- \n- \n- \n\n## Meetings\n- \n\n## Notes\n")).toBe(true);
    expect(text).toContain("\n\n## 1:1s today\n");
    expect(notices).toEqual(["Created 2026-11-26: 3 1:1s are due today or overdue."]);
  });

  it("uses our own folder and format when the core plugin is off, and the built-in template", async () => {
    const { t } = await start({ "People/Kai.md": "---\ncadence: weekly\n---\n" }, { dailyFolder: "Days", dailyFormat: "D MMM YYYY" });
    await startCommand(t, "add-plan-to-daily-note").done();
    expect(t.read("Days/25 Nov 2026.md")).toBe(
      "# Wednesday 25 November 2026\n\n## 1:1s today\n- [[People/Kai|Kai]]: due today (weekly, no 1:1 yet)\n\nActions due today or overdue:\n- Nothing is due.\n\n## Notes\n",
    );
  });
});

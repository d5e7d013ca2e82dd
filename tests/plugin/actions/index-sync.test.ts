// The plugin's index follows the fake vault's events and stays equal to a fresh full index of the same files.
import { afterEach, describe, expect, it } from "vitest";
import { ActionIndex } from "../../../src/core/vault/index-store";
import { resolvedItems } from "../../../src/core/followups/follow-ups";
import { modelConfigFrom } from "../../../src/core/vault/note-record";
import { registerActionIndex, type ActionIndexService } from "../../../src/plugin/actions/index-sync";
import { DEFAULT_SETTINGS, type OneOnOneSettings } from "../../../src/settings";
import { DEFAULT_MANIFEST, Plugin, createTestApp, listenerErrors, moment, type TestApp } from "../../fakes/obsidian";
import { FOLLOW_UP_VAULT } from "../../core/followups/follow-up-vault";
import { exampleVault as exampleNotes } from "../../examples/example-vault";


class TestPlugin extends Plugin {}

interface Harness {
  t: TestApp;
  plugin: Plugin;
  service: ActionIndexService;
  settings: OneOnOneSettings;
  saveSettings(): Promise<void>;
}

let current: TestApp | null = null;
afterEach(async () => {
  await current?.dispose();
  current = null;
  listenerErrors.length = 0;
});

function start(files: Record<string, string>, settings: Partial<OneOnOneSettings> = {}): Harness {
  const t = createTestApp({ files });
  current = t;
  const plugin = new TestPlugin(t.app as never, DEFAULT_MANIFEST);
  plugin.load();
  const listeners: (() => void)[] = [];
  const all: OneOnOneSettings = { ...DEFAULT_SETTINGS, myAliases: [], excludedFolders: [], ruleSeverity: {}, myName: "Dana Reyes", ...settings };
  const host = { app: t.app, plugin: plugin as never, settings: all, onSettingsChange: (l: () => void) => listeners.push(l) };
  const service = registerActionIndex(host);
  return {
    t,
    plugin,
    service,
    settings: all,
    async saveSettings() {
      for (const l of listeners) l();
      await t.flush();
      await service.settled();
    },
  };
}

/** A fresh full index of every Markdown file in the fake vault, with the same settings. */
function freshIndex(h: Harness): ActionIndex {
  const index = new ActionIndex(modelConfigFrom(h.settings, (i, f, s) => moment(i, f, s)));
  for (const f of h.t.vault.getMarkdownFiles()) index.update(f.path, h.t.vault.contentOf(f));
  return index;
}

async function expectInStep(h: Harness): Promise<void> {
  await h.t.flush();
  await h.service.settled();
  const fresh = freshIndex(h);
  expect(h.service.index.snapshot()).toEqual(fresh.snapshot());
  expect(resolvedItems(h.service.index, "2026-11-25", h.settings)).toEqual(resolvedItems(fresh, "2026-11-25", h.settings));
}

describe("registerActionIndex", () => {
  it("builds after layout ready and follows a scripted sequence of edits", async () => {
    const h = start({ ...exampleNotes(), ...FOLLOW_UP_VAULT });
    expect(h.service.ready).toBe(false);
    await h.t.layoutReady();
    await h.service.whenReady();
    expect(h.service.index.size.items).toBeGreaterThan(100);
    await expectInStep(h);

    let changes = 0;
    const off = h.service.onChange(() => changes++);
    // Modify: complete an item by hand.
    const daily = "Daily/2026-11-25.md";
    await h.t.write(daily, h.t.read(daily).replace("- [ ] Ask finance", "- [x] Ask finance"));
    await expectInStep(h);
    expect(changes).toBeGreaterThan(0);
    // Create: a new 1:1 note (carried counts move), an empty person note, a note with no tasks.
    await h.t.write("1-1s/Alex Kim/2026-11-30.md", '---\ntype: one-on-one\nperson: "[[Alex Kim]]"\ndate: 2026-11-25\n---\n# 1:1\n\n- [ ] New item @Alex\n');
    await h.t.write("People/Noor Haddad.md", "");
    await h.t.write("Projects/Prose only.md", "# Notes\n\nNothing to do.\n");
    await expectInStep(h);
    expect(h.service.directory().get("Noor Haddad")).not.toBeNull();
    // Rename a file, a person note and a folder; move a note into the excluded folder and back out.
    await h.t.vault.rename(h.t.file("1-1s/Alex Kim/2026-11-30.md"), "1-1s/Alex Kim/2026-11-25 extra.md");
    await h.t.vault.rename(h.t.file("People/Noor Haddad.md"), "People/Noor H.md");
    await h.t.vault.rename(h.t.vault.getFolderByPath("1-1s/Sam O'Brien")!, "1-1s/Sam OB");
    await h.t.vault.rename(h.t.file("Projects/Plan.md"), "Projects/Plan (old).md");
    await expectInStep(h);
    await h.t.vault.createFolder("Templates/Old");
    await h.t.vault.rename(h.t.file("Daily/2026-11-24.md"), "Templates/Old/2026-11-24.md");
    await expectInStep(h);
    await h.t.vault.rename(h.t.file("Templates/Old/2026-11-24.md"), "Daily/2026-11-24.md");
    await h.t.vault.rename(h.t.file("Projects/Plan (old).md"), "People/Plan.md");
    await expectInStep(h);
    // Delete a file and a folder.
    await h.t.fileManager.trashFile(h.t.file("Reading list.md"));
    await h.t.fileManager.trashFile(h.t.vault.getFolderByPath("1-1s/Mei Chen")!);
    await expectInStep(h);
    // Settings that change how notes are read trigger a rebuild.
    h.settings.excludedFolders = ["Templates", "Daily"];
    await h.saveSettings();
    await expectInStep(h);
    expect(h.service.index.snapshot().some((r) => r.path.startsWith("Daily/"))).toBe(false);
    h.settings.peopleFolder = "Projects";
    await h.saveSettings();
    await expectInStep(h);
    h.settings.excludedFolders = [];
    h.settings.peopleFolder = "People";
    await h.saveSettings();
    await expectInStep(h);
    // A note named as the 1:1 template holds placeholders, not work.
    await h.t.write("Templates/Mine.md", "- [ ] @{{person}} send the draft\n");
    await expectInStep(h);
    expect(h.service.index.snapshot().some((r) => r.path === "Templates/Mine.md")).toBe(true);
    h.settings.noteTemplate = "Templates/Mine";
    await h.saveSettings();
    await expectInStep(h);
    expect(h.service.index.snapshot().some((r) => r.path === "Templates/Mine.md")).toBe(false);
    off();
    const seen = changes;
    await h.t.write(daily, "- [ ] one more\n");
    await h.t.flush();
    expect(changes).toBe(seen);
    expect(listenerErrors).toEqual([]);
  });

  it("stays right when notes change while the first build runs", async () => {
    const h = start({ ...exampleNotes(), ...FOLLOW_UP_VAULT });
    await h.t.layoutReady();
    // No awaiting the build: these land while it reads.
    await h.t.write("Daily/2026-11-25.md", "- [ ] written during the build\n");
    await h.t.vault.rename(h.t.file("Projects/Plan.md"), "Projects/Renamed plan.md");
    await h.t.fileManager.trashFile(h.t.file("Reading list.md"));
    await h.t.write("People/New Person.md", "---\naliases: [NP]\n---\n");
    await h.service.whenReady();
    await expectInStep(h);
  });

  it("drops a slow read that a newer change overtook", async () => {
    const h = start({ ...FOLLOW_UP_VAULT });
    const vault = h.t.vault;
    const original = vault.cachedRead.bind(vault);
    let raced = false;
    // The build's read of Plan.md sees the old text, and the note changes (with its events) before the read returns.
    vault.cachedRead = async (file) => {
      const text = await original(file);
      if (file.path === "Projects/Plan.md" && !raced) {
        raced = true;
        await vault.modify(file, "- [ ] the newest text\n");
        await h.t.flush();
      }
      return text;
    };
    await h.t.layoutReady();
    await h.service.whenReady();
    expect(raced).toBe(true);
    await expectInStep(h);
    expect(h.service.index.get("Projects/Plan.md")!.items.map((i) => i.text)).toEqual(["the newest text"]);
  });

  it("reads at most four files at a time and skips files the cache shows without tasks", async () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 40; i++) notes[`Notes/n${i}.md`] = i % 2 ? `# Note ${i}\n\n- [ ] task ${i}\n` : `# Note ${i}\n\n- a list item\n`;
    const h = start(notes);
    let inFlight = 0;
    let most = 0;
    const read: string[] = [];
    const vault = h.t.vault;
    const original = vault.cachedRead.bind(vault);
    vault.cachedRead = async (file) => {
      read.push(file.path);
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return original(file);
    };
    await h.t.layoutReady();
    await h.service.whenReady();
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
    expect(read.sort()).toEqual(Object.keys(notes).filter((_, i) => i % 2 === 1).sort());
    expect(h.service.index.size).toEqual({ notes: 20, items: 20 });
  });

  it("reads a note whose frontmatter the cache could not read, though it lists no task: a 1:1 note with broken properties is named at once, not after its next edit", async () => {
    const h = start({
      "People/Alex Kim.md": "---\ncadence: weekly\n---\n# Alex Kim\n",
      // A repeated key: YAML, and so Obsidian's cache, refuses the whole frontmatter.
      "1-1s/Alex/2026-11-20.md": '---\ntype: one-on-one\nperson: "[[Alex Kim]]"\ndate: 2026-11-20\ndate: 2026-11-21\n---\n# 1:1 with Alex\n\nWe talked about the launch.\n',
    });
    await h.t.layoutReady();
    await h.service.whenReady();
    expect(h.t.app.metadataCache.getFileCache(h.t.vault.getFileByPath("1-1s/Alex/2026-11-20.md") as never)?.frontmatter).toBeUndefined();
    expect(h.service.index.unreadableOneOnOnes().map((u) => u.path)).toEqual(["1-1s/Alex/2026-11-20.md"]);
    await expectInStep(h);
  });

  it("gives the UI a turn while building a large vault", async () => {
    const notes: Record<string, string> = {};
    const body = Array.from({ length: 40 }, (_, i) => `- [ ] item ${i} @me 📅 2024-05-01 #tag\nSome prose line ${i}.`).join("\n");
    for (let i = 0; i < 1500; i++) notes[`Notes/n${i}.md`] = body;
    const h = start(notes);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await h.t.layoutReady();
    await h.service.whenReady();
    clearInterval(timer);
    expect(h.service.index.size.items).toBe(60000);
    expect(ticks).toBeGreaterThan(2);
  });

  it("stops following the vault when the plugin unloads", async () => {
    const h = start(FOLLOW_UP_VAULT);
    await h.t.layoutReady();
    await h.service.whenReady();
    const before = h.t.resources();
    expect(before.vaultListeners).toBeGreaterThan(0);
    const rev = h.service.index.revision;
    h.plugin.unload();
    await h.t.write("Projects/Plan.md", "- [ ] after unload\n");
    await h.t.flush();
    expect(h.service.index.revision).toBe(rev);
    expect(h.t.resources().vaultListeners).toBe(0);
    expect(h.t.resources().metadataListeners).toBe(0);
  });
});

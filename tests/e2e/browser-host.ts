// Runs inside Chromium: the fake Obsidian app, a CommonJS `require` for main.js, and `window.host` for the test driver.
import "../fakes/dom-helpers";
import * as lint from "@codemirror/lint";
import * as state from "@codemirror/state";
import * as view from "@codemirror/view";
import * as obsidian from "../fakes/obsidian";
import type { ResourceCounts, TestApp } from "../fakes/obsidian";

/** What Obsidian provides to plugins at runtime (esbuild.config.mjs keeps these external). */
const provided: Record<string, unknown> = {
  obsidian,
  "@codemirror/lint": lint,
  "@codemirror/state": state,
  "@codemirror/view": view,
};

function requireShim(id: string): unknown {
  const m = provided[id];
  if (!m) throw new Error(`main.js required "${id}", which the e2e host does not provide (add it to tests/e2e/browser-host.ts)`);
  return m;
}

interface PluginLike {
  manifest: { id: string };
  settings?: unknown;
}

/** A core plugin as Obsidian's internal registry holds it (`app.internalPlugins.plugins[id]`). */
export interface CorePluginConfig {
  enabled: boolean;
  options?: Record<string, unknown>;
}

let t: TestApp | null = null;
let plugin: PluginLike | null = null;
let running: Promise<boolean> | null = null;
let editor: view.EditorView | null = null;
let baseline: ResourceCounts | null = null;
const errors: string[] = [];

window.addEventListener("error", (e) => errors.push(String(e.error?.stack ?? e.message)));
window.addEventListener("unhandledrejection", (e) => errors.push(String((e.reason as Error)?.stack ?? e.reason)));

function app(): TestApp {
  if (!t) throw new Error("host.start() first");
  return t;
}

const host = {
  /** Creates the vault, evaluates main.js as CommonJS and loads its default export through onload. */
  async start(files: Record<string, string>, mainJs: string, manifest: Record<string, unknown>, pluginData?: unknown, corePlugins: Record<string, CorePluginConfig> = {}): Promise<void> {
    t = obsidian.createTestApp({ files, pluginData: pluginData === undefined ? {} : { [String(manifest.id)]: pluginData } });
    // Obsidian's internal registry of core plugins (not in obsidian.d.ts): what the vault's .obsidian config enables.
    const plugins = Object.fromEntries(Object.entries(corePlugins).map(([id, c]) => [id, { enabled: c.enabled, instance: { options: c.options ?? {} } }]));
    t.fake.internalPlugins = {
      plugins,
      getPluginById: (id: string) => plugins[id] ?? null,
      getEnabledPluginById: (id: string) => (plugins[id]?.enabled ? plugins[id].instance : null),
    };
    const module = { exports: {} as Record<string, unknown> };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the built bundle is the point of this harness
    new Function("module", "exports", "require", mainJs)(module, module.exports, requireShim);
    const PluginClass = (module.exports.default ?? module.exports) as new (app: unknown, manifest: unknown) => obsidian.Plugin;
    baseline = t.resources();
    plugin = await obsidian.loadPlugin(PluginClass, t, manifest);
  },
  layoutReady: () => app().layoutReady(),
  flush: () => app().flush(),
  runCommand: (id: string) => app().runCommand(id),
  /** Runs a command without waiting for it (one that waits on a modal); commandDone() awaits it. */
  startCommand: (id: string) => {
    running = app().runCommand(id);
  },
  commandDone: async (): Promise<boolean> => {
    const p = running;
    running = null;
    return p ? await p : false;
  },
  commandIds: () => app().fake.commands.listCommands().map((c) => c.id),
  notices: () => obsidian.notices.slice(),
  read: (path: string) => app().read(path),
  write: async (path: string, text: string) => {
    await app().write(path, text);
    await app().flush();
  },
  paths: () => app().vault.getFiles().map((f) => f.path),
  openFile: async (path: string) => {
    await app().openFile(path);
  },
  /** Opens the plugin's settings tab; returns the names of the settings shown. */
  openSettings: () => {
    const tab = app().openSettings(plugin?.manifest.id);
    return Array.from(tab.containerEl.querySelectorAll(".setting-item-name")).map((el) => el.textContent ?? "");
  },
  closeSettings: () => app().fake.setting.close(),
  viewTypes: () => app().workspace._allLeaves().map((l) => l.view.getViewType()),
  resources: (): ResourceCounts => app().resources(),
  /** Resource counts just before the plugin was loaded. */
  baseline: (): ResourceCounts | null => baseline,
  settings: () => JSON.parse(JSON.stringify(plugin?.settings ?? null)) as unknown,
  unload: async () => {
    if (plugin) await obsidian.unloadPlugin(app(), plugin as unknown as obsidian.Plugin);
    plugin = null;
  },
  errors: () => errors.slice(),
  /**
   * Shows the active note in a real CodeMirror 6 EditorView inside its MarkdownView, with the editor extensions the
   * plugins registered (as Obsidian's source mode does). With `sync`, document changes go to the view's Editor and so
   * are saved to the vault (on the next flush), like typing in Obsidian.
   */
  showInEditor: (sync = false): view.EditorView => {
    const mv = app().workspace.getActiveViewOfType(obsidian.MarkdownView);
    if (!mv) throw new Error("No active Markdown view: host.openFile() first");
    editor?.destroy();
    mv.contentEl.empty();
    const source = mv.contentEl.createDiv({ cls: "markdown-source-view mod-cm6" });
    editor = new view.EditorView({
      parent: source,
      state: state.EditorState.create({
        doc: mv.editor.getValue(),
        extensions: [
          view.EditorView.lineWrapping,
          app().fake.editorExtensions as state.Extension[],
          sync ? view.EditorView.updateListener.of((u) => u.docChanged && mv.editor.setValue(u.state.doc.toString())) : [],
        ],
      }),
    });
    return editor;
  },
  /**
   * Shows the active note as reading view does: the body (frontmatter left to the properties view) through
   * MarkdownRenderer with the registered code block processors, the MarkdownView as the owning component, so that
   * closing the note unloads its blocks.
   */
  showInReading: async (): Promise<void> => {
    const mv = app().workspace.getActiveViewOfType(obsidian.MarkdownView);
    if (!mv?.file) throw new Error("No active Markdown view: host.openFile() first");
    editor?.destroy();
    editor = null;
    mv.mode = "preview";
    mv.contentEl.empty();
    const el = mv.contentEl.createDiv({ cls: "markdown-preview-view markdown-rendered" });
    const text = mv.editor.getValue().replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
    await obsidian.MarkdownRenderer.render(app().fake, text, el, mv.file.path, mv);
  },
  /** The EditorView made by showInEditor. */
  get editor(): view.EditorView {
    if (!editor) throw new Error("host.showInEditor() first");
    return editor;
  },
  /** CodeMirror as provided to main.js (same instances). */
  cm: { view, state, lint },
  /** The fake module itself, for steps the helpers above do not cover. */
  obsidian,
  get app(): TestApp {
    return app();
  },
};

export type E2eHost = typeof host;
(window as unknown as { host: E2eHost }).host = host;

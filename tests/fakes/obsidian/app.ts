// App with Obsidian's (internal) registries, and the test factory: createTestApp, loadPlugin, runCommand.
import type * as Real from "obsidian";
import { Keymap, Scope } from "./util";
import { FileManager } from "./file-manager";
import { MetadataCache } from "./metadata-cache";
import { openMenus } from "./menu";
import { openModals } from "./modal";
import type { Command, Plugin, PluginManifest, ViewCreator, ObsidianProtocolHandler } from "./plugin";
import { makeContext, type MarkdownPostProcessor, type MarkdownPostProcessorContext } from "./render";
import { Scheduler } from "./scheduler";
import type { PluginSettingTab } from "./setting";
import { installTracking, liveDomListeners, liveIntervals } from "./tracking";
import { TFile, Vault } from "./vault";
import { MarkdownView } from "./views";
import { Workspace } from "./workspace";
import { Component } from "./events";

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<any> | void;

class ViewRegistry {
  readonly viewByType: Record<string, ViewCreator> = {};
  readonly typeByExtension = new Map<string, string>();
  registerView(type: string, creator: ViewCreator): void {
    if (this.viewByType[type]) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.viewByType[type] = creator;
  }
  unregisterView(type: string): void {
    delete this.viewByType[type];
  }
  getViewCreatorByType(type: string): ViewCreator | undefined {
    return this.viewByType[type];
  }
}

class Commands {
  readonly commands: Record<string, Command> = {};
  constructor(private readonly app: App) {}
  addCommand(command: Command): void {
    this.commands[command.id] = command;
  }
  removeCommand(id: string): void {
    delete this.commands[id];
  }
  findCommand(id: string): Command | undefined {
    return this.commands[id];
  }
  listCommands(): Command[] {
    return Object.values(this.commands);
  }
  /** Obsidian's check: is the command available right now (checkCallback(true), editor present…)? */
  isAvailable(id: string): boolean {
    const cmd = this.require(id);
    const view = this.editorView();
    if (cmd.editorCheckCallback) return !!view && !!cmd.editorCheckCallback(true, view.editor, view);
    if (cmd.editorCallback) return !!view;
    if (cmd.checkCallback) return !!cmd.checkCallback(true);
    return !!cmd.callback;
  }
  /** Runs like Obsidian's command palette; false when the command is not available. */
  executeCommandById(id: string): boolean {
    const cmd = this.require(id);
    if (!this.isAvailable(id)) return false;
    const view = this.editorView();
    if (cmd.editorCheckCallback) this.lastResult = cmd.editorCheckCallback(false, view!.editor, view!);
    else if (cmd.editorCallback) this.lastResult = cmd.editorCallback(view!.editor, view!);
    else if (cmd.checkCallback) this.lastResult = cmd.checkCallback(false);
    else this.lastResult = cmd.callback!();
    return true;
  }
  /** What the last executed callback returned (a promise for async callbacks). */
  lastResult: unknown;
  private require(id: string): Command {
    const cmd = this.commands[id];
    if (!cmd) throw new Error(`Unknown command "${id}"; registered: ${Object.keys(this.commands).join(", ") || "none"}`);
    return cmd;
  }
  private editorView(): MarkdownView | null {
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    return view && view.getMode() === "source" ? view : null;
  }
}

class SettingRegistry {
  readonly pluginTabs: PluginSettingTab[] = [];
  activeTab: PluginSettingTab | null = null;
  addSettingTab(tab: PluginSettingTab): void {
    this.pluginTabs.push(tab);
  }
  removeSettingTab(tab: PluginSettingTab): void {
    const i = this.pluginTabs.indexOf(tab);
    if (i !== -1) this.pluginTabs.splice(i, 1);
    if (this.activeTab === tab) this.close();
  }
  /** Opens the tab like the settings window does: display() into a container attached to the page. */
  openTab(tab: PluginSettingTab): PluginSettingTab {
    this.close();
    document.body.appendChild(tab.containerEl);
    tab.display();
    this.activeTab = tab;
    return tab;
  }
  close(): void {
    if (!this.activeTab) return;
    this.activeTab.hide();
    this.activeTab.containerEl.remove();
    this.activeTab = null;
  }
}

export class App {
  keymap = new Keymap();
  scope = new Scope();
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  lastEvent: UserEvent | null = null;
  // Obsidian-internal registries (not in obsidian.d.ts); tests read them through TestApp helpers.
  viewRegistry = new ViewRegistry();
  commands: Commands;
  setting = new SettingRegistry();
  plugins: { plugins: Record<string, Plugin>; getPlugin(id: string): Plugin | null };
  markdownProcessors = { codeBlocks: new Map<string, CodeBlockHandler>(), postProcessors: [] as MarkdownPostProcessor[] };
  editorExtensions: unknown[] = [];
  protocolHandlers = new Map<string, ObsidianProtocolHandler>();
  editorSuggests: unknown[] = [];
  hoverLinkSources = new Map<string, unknown>();
  cliHandlers = new Map<string, unknown>();
  ribbonEl: HTMLElement;
  statusBarEl: HTMLElement;
  _scheduler = new Scheduler();
  private localStorage = new Map<string, unknown>();
  [extra: string]: unknown;

  constructor(vault?: Vault) {
    this.vault = vault ?? new Vault();
    this.metadataCache = new MetadataCache(this.vault, this._scheduler);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.workspace = new Workspace(this);
    this.commands = new Commands(this);
    const plugins: Record<string, Plugin> = {};
    this.plugins = { plugins, getPlugin: (id) => plugins[id] ?? null };
    this.ribbonEl = document.createElement("div");
    this.ribbonEl.className = "side-dock-ribbon";
    this.statusBarEl = document.createElement("div");
    this.statusBarEl.className = "status-bar";
    this.workspace.containerEl.prepend(this.ribbonEl);
    this.workspace.containerEl.appendChild(this.statusBarEl);
  }

  isDarkMode(): boolean {
    return false;
  }
  loadLocalStorage(key: string): any {
    return this.localStorage.get(key) ?? null;
  }
  saveLocalStorage(key: string, data: unknown): void {
    if (data === null) this.localStorage.delete(key);
    else this.localStorage.set(key, data);
  }
}

type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;

/** Everything a plugin can leave behind; compare before load and after unload. */
export interface ResourceCounts {
  vaultListeners: number;
  workspaceListeners: number;
  metadataListeners: number;
  domListeners: number;
  intervals: number;
  viewTypes: number;
  pluginLeaves: number;
  commands: number;
  settingTabs: number;
  editorExtensions: number;
  codeBlockProcessors: number;
  postProcessors: number;
  protocolHandlers: number;
  editorSuggests: number;
  ribbonIcons: number;
  statusBarItems: number;
  openModals: number;
  openMenus: number;
}

export interface TestAppOptions {
  /** path → exact text; parent folders are created. */
  files?: Record<string, string>;
  /** Extra (empty) folders. */
  folders?: string[];
  /** plugin id → data.json content: a string is stored as is (may be garbage), anything else as JSON. */
  pluginData?: Record<string, unknown>;
  /** Clock for file ctime/mtime. */
  now?: () => number;
  /** Mark the layout ready at once (default false: call layoutReady()). */
  layoutReady?: boolean;
  /** Attach the workspace to document.body (default true). */
  attach?: boolean;
  /** A layout saved by an earlier app (its workspace `_savedLayout`): restored by layoutReady(), after the plugins loaded, as Obsidian starts. */
  layout?: Record<string, unknown> | null;
}

export interface TestApp {
  /** The app, typed as Obsidian's App for passing to plugin code. */
  app: Real.App;
  /** The same object with the fake's own type (registries, helpers). */
  fake: App;
  vault: Vault;
  workspace: Workspace;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  /** Runs deferred work (metadata `changed`/`resolved`, editor saves) and pending promise continuations until idle. */
  flush(): Promise<void>;
  /** Restores the saved `layout` if one was given, marks the layout ready (runs onLayoutReady callbacks), then flushes. */
  layoutReady(): Promise<void>;
  file(path: string): TFile;
  read(path: string): string;
  /** Writes through the vault like a user/sync would: modify if it exists, else create (with folders). Fires events. */
  write(path: string, text: string): Promise<TFile>;
  /** Opens the note in the active leaf (file-open, active-leaf-change) and returns its MarkdownView. */
  openFile(path: string): Promise<MarkdownView>;
  /** Runs a command by full id ("plugin-id:command"); awaits an async callback; false when unavailable. */
  runCommand(id: string): Promise<boolean>;
  /** Opens the plugin's setting tab (display() into a container on the page). */
  openSettings(pluginId?: string): PluginSettingTab;
  /** Renders a code block through the registered processor, as reading view would. */
  renderCodeBlock(language: string, source: string, sourcePath?: string): Promise<RenderedBlock>;
  resources(): ResourceCounts;
  /** Unloads plugins loaded through loadPlugin, detaches DOM, stops timers. */
  dispose(): Promise<void>;
}

export interface RenderedBlock {
  el: HTMLElement;
  component: Component;
  /** Unloads the block's component (like scrolling it away / closing the note). */
  unload(): void;
}

function ensureFolders(vault: Vault, path: string, silent: boolean): void {
  const parts = path.split("/").slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const p = parts.slice(0, i).join("/");
    if (!vault.getFolderByPath(p)) vault.createFolderSync(p, silent);
  }
}

export function createTestApp(options: TestAppOptions = {}): TestApp {
  installTracking();
  const vault = new Vault();
  if (options.now) vault.now = options.now;
  for (const folder of options.folders ?? []) ensureFolders(vault, `${folder}/x`, true);
  for (const [path, text] of Object.entries(options.files ?? {})) {
    ensureFolders(vault, path, true);
    vault.createSync(path, text, undefined, true);
  }
  const app = new App(vault);
  for (const [id, data] of Object.entries(options.pluginData ?? {})) {
    vault.adapter.hidden.set(`${vault.configDir}/plugins/${id}/data.json`, typeof data === "string" ? data : JSON.stringify(data));
  }
  (globalThis as { __fakeObsidianApp?: App }).__fakeObsidianApp = app;
  if (options.attach !== false) document.body.appendChild(app.workspace.containerEl);
  if (options.layoutReady && options.layout) throw new Error("createTestApp: a saved layout is restored by layoutReady(), after the plugins load; leave layoutReady unset");
  if (options.layoutReady) app.workspace._setLayoutReady();

  const flush = () => app._scheduler.flush();
  const file = (path: string) => {
    const f = vault.getFileByPath(path);
    if (!f) throw new Error(`No file "${path}" in the test vault`);
    return f;
  };
  const t: TestApp = {
    app: app as unknown as Real.App,
    fake: app,
    vault,
    workspace: app.workspace,
    metadataCache: app.metadataCache,
    fileManager: app.fileManager,
    flush,
    async layoutReady() {
      if (options.layout && !app.workspace.layoutReady) await app.workspace.changeLayout(options.layout);
      app.workspace._setLayoutReady();
      await flush();
    },
    file,
    read: (path) => vault.contentOf(file(path)),
    async write(path, text) {
      const f = vault.getFileByPath(path);
      if (f) {
        await vault.modify(f, text);
        return f;
      }
      ensureFolders(vault, path, false);
      return vault.create(path, text);
    },
    async openFile(path) {
      const leaf = app.workspace.getLeaf(false);
      await leaf.openFile(file(path), { active: true });
      await flush();
      return leaf.view as MarkdownView;
    },
    async runCommand(id) {
      const ran = app.commands.executeCommandById(id);
      if (ran) await app.commands.lastResult;
      await flush();
      return ran;
    },
    openSettings(pluginId) {
      const tabs = app.setting.pluginTabs;
      const tab = pluginId ? tabs.find((x) => x.plugin.manifest.id === pluginId) : tabs[tabs.length - 1];
      if (!tab) throw new Error(`No setting tab${pluginId ? ` for ${pluginId}` : ""}`);
      return app.setting.openTab(tab);
    },
    async renderCodeBlock(language, source, sourcePath = "") {
      const handler = app.markdownProcessors.codeBlocks.get(language);
      if (!handler) throw new Error(`No code block processor for "${language}"`);
      const component = new Component();
      component.load();
      const el = document.createElement("div");
      el.className = `block-language-${language}`;
      app.workspace.rootSplit.containerEl.appendChild(el);
      const text = sourcePath && vault.getFileByPath(sourcePath) ? vault.contentOf(file(sourcePath)) : "";
      const lines = text.split(/\r\n|\r|\n/);
      const start = lines.findIndex((l) => new RegExp("^\\s*(```+|~~~+)\\s*" + language.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "\\s*$").test(l));
      const section = start === -1 ? null : { text, lineStart: start, lineEnd: start + source.replace(/\n$/, "").split("\n").length + 1 };
      await handler(source, el, makeContext(app, sourcePath, component, section));
      await flush();
      return {
        el,
        component,
        unload() {
          component.unload();
          el.remove();
        },
      };
    },
    resources: () => resourcesOf(app),
    async dispose() {
      for (const p of Object.values(app.plugins.plugins)) await unloadPlugin(t, p);
      app.setting.close();
      for (const m of openModals.slice()) m.close();
      for (const m of openMenus.slice()) m.hide();
      for (const leaf of app.workspace._allLeaves()) leaf.detach();
      await flush();
      app._scheduler.dispose();
      app.workspace.containerEl.remove();
    },
  };
  return t;
}

export function resourcesOf(app: App): ResourceCounts {
  const builtIn = new Set(["empty", "markdown", "file"]);
  return {
    vaultListeners: app.vault.listenerCount(),
    workspaceListeners: app.workspace.listenerCount(),
    metadataListeners: app.metadataCache.listenerCount(),
    domListeners: liveDomListeners(),
    intervals: liveIntervals(),
    viewTypes: Object.keys(app.viewRegistry.viewByType).length,
    pluginLeaves: app.workspace._allLeaves().filter((l) => !builtIn.has(l.view.getViewType())).length,
    commands: Object.keys(app.commands.commands).length,
    settingTabs: app.setting.pluginTabs.length,
    editorExtensions: app.editorExtensions.length,
    codeBlockProcessors: app.markdownProcessors.codeBlocks.size,
    postProcessors: app.markdownProcessors.postProcessors.length,
    protocolHandlers: app.protocolHandlers.size,
    editorSuggests: app.editorSuggests.length,
    ribbonIcons: app.ribbonEl.childElementCount,
    statusBarItems: app.statusBarEl.childElementCount,
    openModals: openModals.length,
    openMenus: openMenus.length,
  };
}

export const DEFAULT_MANIFEST: PluginManifest = {
  id: "one-on-one",
  name: "One-on-one",
  author: "test",
  version: "0.0.0",
  minAppVersion: "1.5.0",
  description: "test manifest",
};

/** Constructs the plugin, runs load() (→ onload, awaited when async), flushes; returns the plugin. */
export async function loadPlugin<T extends Real.Plugin | Plugin>(
  PluginClass: new (app: any, manifest: any) => T,
  testApp: TestApp,
  manifest: Partial<PluginManifest> = {},
): Promise<T> {
  const m = { ...DEFAULT_MANIFEST, ...manifest };
  const plugin = new PluginClass(testApp.app, m);
  testApp.fake.plugins.plugins[m.id] = plugin as unknown as Plugin;
  const p = plugin as unknown as Plugin;
  p.load();
  await p._onloadResult;
  await testApp.flush();
  return plugin;
}

/** Disables the plugin as Obsidian does: unload() (children, registered callbacks, then onunload), then flush. */
export async function unloadPlugin(testApp: TestApp, plugin: Real.Plugin | Plugin): Promise<void> {
  const p = plugin as unknown as Plugin;
  p.unload();
  delete testApp.fake.plugins.plugins[p.manifest.id];
  await testApp.flush();
}


// Plugin: everything it registers goes through Component.register, so unload releases it; the app records it all.
import { Component } from "./events";
import type { MarkdownPostProcessor, MarkdownPostProcessorContext } from "./render";
import type { PluginSettingTab } from "./setting";
import type { App } from "./app";
import type { Editor } from "./editor";
import type { MarkdownView, View } from "./views";
import type { WorkspaceLeaf } from "./workspace";

export interface PluginManifest {
  dir?: string;
  id: string;
  name: string;
  author: string;
  version: string;
  minAppVersion: string;
  description: string;
  authorUrl?: string;
  isDesktopOnly?: boolean;
}

export interface Command {
  id: string;
  name: string;
  icon?: string;
  mobileOnly?: boolean;
  repeatable?: boolean;
  callback?: () => any;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: Editor, ctx: MarkdownView) => any;
  editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
  hotkeys?: { modifiers: string[]; key: string }[];
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;
export type ObsidianProtocolHandler = (params: { action: string; [key: string]: string }) => any;

export abstract class Plugin extends Component {
  app: App;
  manifest: PluginManifest;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  onload(): Promise<void> | void {}

  private get dataPath(): string {
    return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
  }

  /** data.json parsed; null when there is none. Unparseable JSON throws, as JSON.parse does. */
  async loadData(): Promise<any> {
    const raw = this.app.vault.adapter.hidden.get(this.dataPath);
    if (raw === undefined) return null;
    return JSON.parse(raw);
  }

  async saveData(data: any): Promise<void> {
    this.app.vault.adapter.hidden.set(this.dataPath, JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const el = document.createElement("div");
    el.className = "side-dock-ribbon-action clickable-icon";
    el.setAttribute("aria-label", title);
    el.setAttribute("data-icon", icon);
    el.addEventListener("click", callback);
    this.app.ribbonEl.appendChild(el);
    this.register(() => el.remove());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = document.createElement("div");
    el.className = "status-bar-item";
    this.app.statusBarEl.appendChild(el);
    this.register(() => el.remove());
    return el;
  }

  /** As Obsidian: the id and name get the plugin's id/name as prefix; the same object is returned. */
  addCommand(command: Command): Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    this.app.commands.addCommand(command);
    this.register(() => this.app.commands.removeCommand(command.id));
    return command;
  }

  removeCommand(commandId: string): void {
    this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: PluginSettingTab): void {
    this.app.setting.addSettingTab(settingTab);
    this.register(() => this.app.setting.removeSettingTab(settingTab));
  }

  /** Unloading detaches the leaves showing this view type, then forgets the type. */
  registerView(type: string, viewCreator: ViewCreator): void {
    this.app.viewRegistry.registerView(type, viewCreator);
    this.register(() => {
      this.app.workspace.detachLeavesOfType(type);
      this.app.viewRegistry.unregisterView(type);
    });
  }

  registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
    this.app.hoverLinkSources.set(id, info);
    this.register(() => this.app.hoverLinkSources.delete(id));
  }

  registerExtensions(extensions: string[], viewType: string): void {
    for (const ext of extensions) this.app.viewRegistry.typeByExtension.set(ext, viewType);
    this.register(() => extensions.forEach((ext) => this.app.viewRegistry.typeByExtension.delete(ext)));
  }

  registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): MarkdownPostProcessor {
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    const list = this.app.markdownProcessors.postProcessors;
    list.push(postProcessor);
    list.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
    this.register(() => list.splice(list.indexOf(postProcessor), 1));
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(
    language: string,
    handler: (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<any> | void,
    sortOrder?: number,
  ): MarkdownPostProcessor {
    const blocks = this.app.markdownProcessors.codeBlocks;
    if (blocks.has(language)) throw new Error(`Attempting to register an existing code block processor: ${language}`);
    blocks.set(language, handler);
    this.register(() => blocks.delete(language));
    const pp: MarkdownPostProcessor = () => {};
    if (sortOrder !== undefined) pp.sortOrder = sortOrder;
    return pp;
  }

  registerBasesView(viewId: string, registration: unknown): boolean {
    void viewId;
    void registration;
    return false;
  }

  /** Obsidian reconfigures open editors; the fake keeps the list and counts updateOptions calls. */
  registerEditorExtension(extension: unknown): void {
    const list = this.app.editorExtensions;
    list.push(extension);
    this.app.workspace.updateOptions();
    this.register(() => {
      list.splice(list.indexOf(extension), 1);
      this.app.workspace.updateOptions();
    });
  }

  registerObsidianProtocolHandler(action: string, handler: ObsidianProtocolHandler): void {
    this.app.protocolHandlers.set(action, handler);
    this.register(() => this.app.protocolHandlers.delete(action));
  }

  registerEditorSuggest(editorSuggest: unknown): void {
    this.app.editorSuggests.push(editorSuggest);
    this.register(() => this.app.editorSuggests.splice(this.app.editorSuggests.indexOf(editorSuggest), 1));
  }

  registerCliHandler(command: string, description: string, flags: unknown, handler: unknown): void {
    void description;
    void flags;
    this.app.cliHandlers.set(command, handler);
    this.register(() => this.app.cliHandlers.delete(command));
  }
}

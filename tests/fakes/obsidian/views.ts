// View, ItemView, FileView, TextFileView, MarkdownView: the containers plugins render into.
import { Component } from "./events";
import { Editor } from "./editor";
import type { Menu } from "./menu";
import { Scope, setIcon } from "./util";
import type { TFile } from "./vault";
import type { App } from "./app";
import type { WorkspaceLeaf } from "./workspace";

export interface ViewStateResult {
  history: boolean;
}

export abstract class View extends Component {
  app: App;
  icon = "";
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: Scope | null = null;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    // Obsidian's layout: .workspace-leaf-content > [.view-header, .view-content].
    this.containerEl = document.createElement("div");
    this.containerEl.className = "workspace-leaf-content";
    const header = document.createElement("div");
    header.className = "view-header";
    const title = document.createElement("div");
    title.className = "view-header-title";
    const actions = document.createElement("div");
    actions.className = "view-actions";
    header.append(title, actions);
    const content = document.createElement("div");
    content.className = "view-content";
    this.containerEl.append(header, content);
  }

  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}
  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getState(): Record<string, unknown> {
    return {};
  }
  async setState(state: unknown, result: ViewStateResult): Promise<void> {
    void state;
    void result;
  }
  getEphemeralState(): Record<string, unknown> {
    return {};
  }
  setEphemeralState(state: unknown): void {
    void state;
  }
  getIcon(): string {
    return this.icon;
  }
  onResize(): void {}
  onPaneMenu(menu: Menu, source: string): void {
    void menu;
    void source;
  }

  /** Fake-internal: what WorkspaceLeaf.open does with a view. */
  async _open(): Promise<void> {
    this.containerEl.setAttribute("data-type", this.getViewType());
    const title = this.containerEl.querySelector(".view-header-title");
    if (title) title.textContent = this.getDisplayText();
    this.load();
    await this.onOpen();
  }

  /** Fake-internal: closing = onClose, then unload (releasing everything registered). */
  async _close(): Promise<void> {
    try {
      await this.onClose();
    } finally {
      this.unload();
      this.containerEl.remove();
    }
  }
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.contentEl = this.containerEl.children[1] as HTMLElement;
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const actions = this.containerEl.querySelector(".view-actions") as HTMLElement;
    const a = document.createElement("a");
    a.className = "clickable-icon view-action";
    a.setAttribute("aria-label", title);
    setIcon(a, icon);
    a.addEventListener("click", callback);
    actions.prepend(a);
    return a;
  }
}

export class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }
  getDisplayText(): string {
    return "New tab";
  }
}

export abstract class FileView extends ItemView {
  allowNoFile = false;
  file: TFile | null = null;
  navigation = true;

  getDisplayText(): string {
    return this.file ? this.file.basename : "No file";
  }
  onload(): void {
    this.registerEvent(
      this.app.vault._internal.on("rename", (f: unknown) => {
        if (this.file && f === this.file) void this.onRename(this.file);
      }),
    );
    this.registerEvent(
      this.app.vault._internal.on("delete", (f: unknown) => {
        if (f === this.file) this.leaf.detach();
      }),
    );
  }
  getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }
  async setState(state: any, result: ViewStateResult): Promise<void> {
    void result;
    const path = state?.file;
    if (typeof path !== "string") return;
    const file = this.app.vault.getFileByPath(path);
    if (!file || file === this.file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
    // Obsidian's header shows the file now open.
    const title = this.containerEl.querySelector(".view-header-title");
    if (title) title.textContent = this.getDisplayText();
  }
  async onLoadFile(file: TFile): Promise<void> {
    void file;
  }
  async onUnloadFile(file: TFile): Promise<void> {
    void file;
  }
  async onRename(file: TFile): Promise<void> {
    void file;
  }
  canAcceptExtension(extension: string): boolean {
    void extension;
    return false;
  }
}

export abstract class EditableFileView extends FileView {}

/** What Obsidian shows for a file no registered view handles (images, PDFs… in the fake: nothing). */
export class GenericFileView extends FileView {
  getViewType(): string {
    return "file";
  }
}

export abstract class TextFileView extends EditableFileView {
  data = "";
  /** Debounced save, like Obsidian's: runs on the app's deferred queue (a test's flush() runs it). */
  requestSave: () => void;
  private saveQueued = false;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.requestSave = () => {
      if (this.saveQueued) return;
      this.saveQueued = true;
      this.app._scheduler.schedule(() => {
        this.saveQueued = false;
        void this.save();
      });
    };
  }

  onload(): void {
    super.onload();
    this.registerEvent(
      this.app.vault._internal.on("modify", (f: unknown) => {
        if (!this.file || f !== this.file) return;
        const text = this.app.vault.contentOf(this.file);
        if (text !== this.getViewData()) {
          this.data = text;
          this.setViewData(text, false);
          this.savedView = this.getViewData();
        }
      }),
    );
  }

  async onLoadFile(file: TFile): Promise<void> {
    this.data = await this.app.vault.read(file);
    this.setViewData(this.data, true);
    this.savedView = this.getViewData();
  }

  async onUnloadFile(file: TFile): Promise<void> {
    void file;
    await this.save();
  }

  async save(clear?: boolean): Promise<void> {
    void clear;
    const file = this.file;
    if (!file || this.app.vault.getFileByPath(file.path) !== file) return;
    // Like Obsidian, a view writes only what was edited in it: a note loaded (CRLF shown as LF) and not typed in is left alone.
    if (this.getViewData() === this.savedView) return;
    this.data = this.getViewData();
    this.savedView = this.data;
    if (this.app.vault.contentOf(file) !== this.data) await this.app.vault.modify(file, this.data);
  }
  /** The view's text as last loaded or saved. */
  private savedView: string | null = null;

  abstract getViewData(): string;
  abstract setViewData(data: string, clear: boolean): void;
  abstract clear(): void;
}

export type MarkdownViewModeType = "source" | "preview";

export class MarkdownView extends TextFileView {
  editor: Editor;
  /** Tests may switch this to "preview". */
  mode: MarkdownViewModeType = "source";
  previewMode: { containerEl: HTMLElement; rerender(full?: boolean): void };
  currentMode: { getScroll(): number; applyScroll(scroll: number): void };
  hoverPopover = null;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor = new Editor();
    this.editor.onChange = () => {
      this.app.workspace.trigger("editor-change", this.editor, this);
      this.requestSave();
    };
    const preview = document.createElement("div");
    preview.className = "markdown-preview-view";
    this.previewMode = { containerEl: preview, rerender: () => {} };
    this.currentMode = { getScroll: () => 0, applyScroll: () => {} };
  }

  getViewType(): string {
    return "markdown";
  }
  getMode(): MarkdownViewModeType {
    return this.mode;
  }
  getViewData(): string {
    return this.editor.getValue();
  }
  setViewData(data: string, clear: boolean): void {
    if (clear) this.editor._reset(data);
    else if (data !== this.editor.getValue()) this.editor._reset(data);
  }
  clear(): void {
    this.editor._reset("");
  }
  showSearch(replace?: boolean): void {
    void replace;
  }
  canAcceptExtension(extension: string): boolean {
    return extension === "md";
  }
}

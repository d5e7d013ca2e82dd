// Workspace and WorkspaceLeaf: leaves in root/left/right splits, the active leaf, layout readiness, workspace events.
import { Events, type EventRef } from "./events";
import { debounce } from "./util";
import { TFile } from "./vault";
import { EmptyView, FileView, GenericFileView, MarkdownView, View } from "./views";
import type { App } from "./app";

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
  pinned?: boolean;
  group?: WorkspaceLeaf;
}

export interface OpenViewState {
  state?: Record<string, unknown>;
  eState?: Record<string, unknown>;
  active?: boolean;
  group?: WorkspaceLeaf;
}

export type PaneType = "tab" | "split" | "window";
type Side = "left" | "right" | "root";

let leafIds = 0;

export class WorkspaceLeaf extends Events {
  readonly id = `leaf-${++leafIds}`;
  view: View;
  containerEl: HTMLElement;
  hoverPopover = null;
  pinned = false;
  group: string | null = null;
  /** Fake-internal: true once revealLeaf() was called on it. */
  revealed = false;

  constructor(
    readonly app: App,
    readonly side: Side,
  ) {
    super();
    this.containerEl = document.createElement("div");
    this.containerEl.className = "workspace-leaf";
    this.view = new EmptyView(this);
    this.containerEl.appendChild(this.view.containerEl);
  }

  get parent(): { side: Side } {
    return { side: this.side };
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {}

  async open(view: View): Promise<View> {
    const old = this.view;
    this.view = view;
    await old._close();
    this.containerEl.appendChild(view.containerEl);
    await view._open();
    return view;
  }

  async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
    void eState;
    const ws = this.app.workspace;
    if (viewState.type !== this.view.getViewType()) {
      const creator = this.app.viewRegistry.getViewCreatorByType(viewState.type);
      let view: View;
      if (viewState.type === "empty") view = new EmptyView(this);
      else if (viewState.type === "markdown" && !creator) view = new MarkdownView(this);
      else if (viewState.type === "file" && !creator) view = new GenericFileView(this);
      else if (creator) view = creator(this);
      else {
        console.warn(`[fake obsidian] no view registered for type "${viewState.type}"; opening an empty view`);
        view = new EmptyView(this);
      }
      await this.open(view);
    }
    if (viewState.state) {
      await this.view.setState(viewState.state, { history: false });
      // Obsidian's leaf header follows the view's display text after a state change (a view showing another person, file…).
      const title = this.view.containerEl.querySelector(".view-header-title");
      if (title) title.textContent = this.view.getDisplayText();
    }
    if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
    if (viewState.active) ws.setActiveLeaf(this);
    ws.trigger("layout-change");
  }

  getViewState(): ViewState {
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
  }

  async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
    const type = file.extension === "md" ? "markdown" : (this.app.viewRegistry.typeByExtension.get(file.extension) ?? "file");
    await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true });
    if (openState?.eState) this.view.setEphemeralState(openState.eState);
  }

  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }
  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }
  togglePinned(): void {
    this.setPinned(!this.pinned);
  }
  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    this.trigger("pinned-change", pinned);
  }
  setGroupMember(other: WorkspaceLeaf): void {
    this.setGroup(other.group ?? other.id);
  }
  setGroup(group: string): void {
    this.group = group;
    this.trigger("group-change", group);
  }
  getIcon(): string {
    return this.view.getIcon();
  }
  getDisplayText(): string {
    return this.view.getDisplayText();
  }
  onResize(): void {
    this.view.onResize();
  }
  getRoot(): unknown {
    return this.app.workspace.rootSplit;
  }
  getContainer(): unknown {
    return this.app.workspace.rootSplit;
  }

  /** Closes the view (onClose, then unload) and removes the leaf. */
  detach(): void {
    this.app.workspace._removeLeaf(this);
    void this.view._close();
    this.containerEl.remove();
  }
}

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  containerEl: HTMLElement;
  leftSplit: { containerEl: HTMLElement; collapsed: boolean; expand(): void; collapse(): void };
  rightSplit: { containerEl: HTMLElement; collapsed: boolean; expand(): void; collapse(): void };
  rootSplit: { containerEl: HTMLElement };
  /**
   * Fake-internal: the layout as last saved (Obsidian's workspace.json), through JSON as it is on disk: a restart
   * (createTestApp's `layout`) reads it back. Every view's getState() is taken at save time, as Obsidian does.
   */
  _savedLayout: Record<string, unknown> | null = null;
  /** Saves the layout, debounced; Obsidian also asks for a save on every layout change, a view asks when its state changes. */
  requestSaveLayout = debounce(async () => {
    this._savedLayout = JSON.parse(JSON.stringify(this.getLayout())) as Record<string, unknown>;
  }, 0);
  /** Fake-internal: how often plugins asked for editor extensions to be reloaded. */
  updateOptionsCalls = 0;
  private leaves: WorkspaceLeaf[] = [];
  private layoutCallbacks: (() => unknown)[] = [];
  private lastActiveFile: TFile | null = null;
  private lastOpenFiles: string[] = [];

  constructor(private readonly app: App) {
    super();
    this.containerEl = document.createElement("div");
    this.containerEl.className = "workspace";
    const split = (cls: string) => {
      const el = document.createElement("div");
      el.className = `workspace-split ${cls}`;
      this.containerEl.appendChild(el);
      const s = { containerEl: el, collapsed: false, expand: () => (s.collapsed = false), collapse: () => (s.collapsed = true) };
      return s;
    };
    this.leftSplit = split("mod-left-split");
    this.rootSplit = split("mod-root");
    this.rightSplit = split("mod-right-split");
  }

  on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
  on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
  on(name: "layout-change" | "resize" | "css-change", callback: () => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  trigger(name: string, ...data: unknown[]): void {
    super.trigger(name, ...data);
    if (name === "layout-change") void this.requestSaveLayout();
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.layoutCallbacks.push(callback);
  }

  /** Fake-internal (use the test app's `layoutReady()`): marks the layout ready and runs the waiting callbacks. */
  _setLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    const cbs = this.layoutCallbacks;
    this.layoutCallbacks = [];
    for (const cb of cbs) cb();
    this.trigger("layout-change");
  }

  private newLeaf(side: Side): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side);
    this.leaves.push(leaf);
    const host = side === "left" ? this.leftSplit : side === "right" ? this.rightSplit : this.rootSplit;
    host.containerEl.appendChild(leaf.containerEl);
    return leaf;
  }

  _removeLeaf(leaf: WorkspaceLeaf): void {
    const i = this.leaves.indexOf(leaf);
    if (i === -1) return;
    this.leaves.splice(i, 1);
    if (this.activeLeaf === leaf) {
      this.activeLeaf = this.leaves.filter((l) => l.side === "root").pop() ?? null;
      this.trigger("active-leaf-change", this.activeLeaf);
    }
    this.trigger("layout-change");
  }

  getLeaf(newLeaf?: PaneType | boolean | "split", direction?: "vertical" | "horizontal"): WorkspaceLeaf {
    void direction;
    if (!newLeaf) {
      const current = this.activeLeaf && this.activeLeaf.side === "root" && !this.activeLeaf.pinned ? this.activeLeaf : this.getMostRecentLeaf();
      if (current && !current.pinned) return current;
    }
    return this.newLeaf("root");
  }

  getUnpinnedLeaf(): WorkspaceLeaf {
    return this.getLeaf(false);
  }

  splitActiveLeaf(): WorkspaceLeaf {
    return this.newLeaf("root");
  }

  createLeafBySplit(leaf: WorkspaceLeaf): WorkspaceLeaf {
    return this.newLeaf(leaf.side);
  }

  getLeftLeaf(split: boolean): WorkspaceLeaf | null {
    void split;
    return this.newLeaf("left");
  }

  getRightLeaf(split: boolean): WorkspaceLeaf | null {
    void split;
    return this.newLeaf("right");
  }

  async ensureSideLeaf(type: string, side: "left" | "right", options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: any }): Promise<WorkspaceLeaf> {
    const existing = this.getLeavesOfType(type)[0];
    const leaf = existing ?? this.newLeaf(side);
    if (!existing) await leaf.setViewState({ type, state: options?.state, active: options?.active });
    if (options?.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  }

  getMostRecentLeaf(): WorkspaceLeaf | null {
    return this.leaves.filter((l) => l.side === "root").pop() ?? null;
  }

  getLeafById(id: string): WorkspaceLeaf | null {
    return this.leaves.find((l) => l.id === id) ?? null;
  }

  getGroupLeaves(group: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.group === group);
  }

  setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
    void params;
    void focus;
    if (this.activeLeaf !== leaf) {
      this.activeLeaf = leaf;
      this.trigger("active-leaf-change", leaf);
    }
    const view = leaf.view;
    if (view instanceof FileView && view.file !== this.lastActiveFile) {
      this.lastActiveFile = view.file;
      if (view.file) this.lastOpenFiles = [view.file.path, ...this.lastOpenFiles.filter((p) => p !== view.file!.path)].slice(0, 10);
      this.trigger("file-open", view.file);
    }
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    leaf.revealed = true;
    if (leaf.side === "right") this.rightSplit.expand();
    if (leaf.side === "left") this.leftSplit.expand();
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: any[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? (view) : null;
  }

  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    if (view instanceof FileView) return view.file;
    return this.lastActiveFile;
  }

  get activeEditor(): MarkdownView | null {
    return this.getActiveViewOfType(MarkdownView);
  }

  iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const l of this.leaves.filter((x) => x.side === "root")) callback(l);
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const l of this.leaves.slice()) callback(l);
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === viewType);
  }

  detachLeavesOfType(viewType: string): void {
    for (const l of this.getLeavesOfType(viewType)) l.detach();
  }

  getLastOpenFiles(): string[] {
    return this.lastOpenFiles.slice();
  }

  /** Opens a link; like Obsidian, a link to a missing note creates it first. */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
    const hash = linktext.indexOf("#");
    const path = hash === -1 ? linktext : linktext.slice(0, hash);
    let file = path ? this.app.metadataCache.getFirstLinkpathDest(path, sourcePath) : this.app.vault.getFileByPath(sourcePath);
    if (!file) {
      const target = /\.[A-Za-z0-9]+$/.test(path) ? path : `${path}.md`;
      file = await this.app.vault.create(target, "");
    }
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  updateOptions(): void {
    this.updateOptionsCalls++;
  }

  getLayout(): Record<string, unknown> {
    return { leaves: this.leaves.map((l) => ({ id: l.id, side: l.side, state: l.getViewState() })), active: this.activeLeaf?.id ?? null };
  }

  /** Replaces every leaf with those of a layout getLayout() gave: each view is created, opened, then given its saved state. */
  async changeLayout(layout: unknown): Promise<void> {
    const saved = layout as { leaves?: { id?: string; side?: Side; state?: ViewState }[]; active?: string | null } | null;
    for (const l of this.leaves.slice()) l.detach();
    let active: WorkspaceLeaf | null = null;
    for (const entry of saved?.leaves ?? []) {
      const leaf = this.newLeaf(entry.side ?? "root");
      if (entry.state) await leaf.setViewState({ type: entry.state.type, state: entry.state.state, pinned: entry.state.pinned });
      if (entry.id !== undefined && entry.id === saved?.active) active = leaf;
    }
    if (active) this.setActiveLeaf(active);
    this.trigger("layout-change");
  }

  /** Fake-internal: every leaf, in creation order. */
  _allLeaves(): WorkspaceLeaf[] {
    return this.leaves.slice();
  }
}

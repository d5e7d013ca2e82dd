// Keeps the ActionIndex in step with the vault: a sliced build after layout ready, then vault and cache events.
import { TFile, TFolder, moment as obsidianMoment, normalizePath, type CachedMetadata, type TAbstractFile } from "obsidian";
import { ActionIndex } from "../../core/vault/index-store";
import { type ActionsModel, type ItemQuery } from "../../core/followups/queries";
import { queryItems } from "../../core/followups/follow-ups";
import { resolvedItems } from "../../core/followups/follow-ups";
import type { ResolvedItem } from "../../core/followups/types";
import { isInFolder } from "../../core/markdown/note-paths";
import type { PersonDirectory } from "../../core/people/directory";
import { isOutOfScope, modelConfigFrom, modelConfigKey, type ModelConfig } from "../../core/vault/note-record";
import { followUpOptions, modelSettings } from "../../settings";
import type { Host } from "../host";
import { registerCompleteCommand } from "./complete-command";
import { TimeSlice } from "./time-slice";

/** What other features use: the live index, the directory, resolved items, change notifications. */
export interface ActionIndexService {
  /** The live index; the same object for the plugin's lifetime (rebuilds swap its contents). */
  readonly index: ActionIndex;
  /** True once the first full build finished. */
  readonly ready: boolean;
  whenReady(): Promise<void>;
  /** The person directory for the current settings. */
  directory(): PersonDirectory;
  /** Today's date (YYYY-MM-DD, local time). */
  today(): string;
  /** Every item resolved (owner, person, direction, carried, stale), path then line order. */
  resolved(today?: string): readonly ResolvedItem[];
  /** The dashboard model: filtered, counted and grouped items. */
  query(query?: ItemQuery, today?: string): ActionsModel;
  /** Called after the index changed; returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Reads one note again (after a refused write, for instance). */
  reindex(path: string): Promise<void>;
  /** Resolves once no build and no read is under way (tests, and callers that just wrote). */
  settled(): Promise<void>;
}

/** What the index needs from the plugin host. */
export type IndexHost = Pick<Host, "app" | "plugin" | "settings" | "onSettingsChange">;

const CONCURRENT_READS = 4;
/** Typing in a settings field (people folder, excluded folders) rebuilds once the typing pauses, not per keystroke. */
export const SETTINGS_REBUILD_DELAY_MS = 400;

/** Obsidian's bundled moment; its typings declare a namespace, so name the callable type. */
const moment = obsidianMoment as unknown as typeof import("moment");

class ActionIndexSync implements ActionIndexService {
  readonly index: ActionIndex;
  ready = false;
  private building: ActionIndex | null = null;
  private buildGen = 0;
  private configKey: string;
  private readonly listeners = new Set<() => void>();
  /** Latest read ticket per path: a read whose ticket is no longer the latest is dropped. */
  private readonly tickets = new Map<string, number>();
  private ticket = 0;
  private readonly readyPromise: Promise<void>;
  private readonly pending = new Set<Promise<unknown>>();
  private resolveReady!: () => void;
  private scheduledRebuild: { timer: number; run: () => void; release: () => void } | null = null;

  constructor(private readonly host: IndexHost) {
    this.index = new ActionIndex(this.modelConfig());
    this.configKey = modelConfigKey(modelSettings(host.settings));
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
  }

  start(): void {
    const { app, plugin } = this.host;
    app.workspace.onLayoutReady(() => {
      plugin.registerEvent(app.metadataCache.on("changed", (file, data) => this.onChanged(file, data)));
      plugin.registerEvent(app.vault.on("create", (file) => this.onCreate(file)));
      plugin.registerEvent(app.vault.on("delete", (file) => this.onDelete(file)));
      plugin.registerEvent(app.vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
      void this.track(this.rebuild());
    });
    this.host.onSettingsChange(() => this.onSettings());
    plugin.register(() => {
      this.buildGen++;
      this.listeners.clear();
      if (this.scheduledRebuild) {
        window.clearTimeout(this.scheduledRebuild.timer);
        this.scheduledRebuild.release();
        this.scheduledRebuild = null;
      }
    });
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }

  directory(): PersonDirectory {
    const s = this.host.settings;
    return this.index.directory({ name: s.myName, aliases: s.myAliases });
  }

  today(): string {
    return moment().format("YYYY-MM-DD");
  }

  resolved(today = this.today()): readonly ResolvedItem[] {
    return resolvedItems(this.index, today, followUpOptions(this.host.settings));
  }

  query(query: ItemQuery = {}, today = this.today()): ActionsModel {
    return queryItems(this.index, today, followUpOptions(this.host.settings), query);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async reindex(path: string): Promise<void> {
    const file = this.host.app.vault.getFileByPath(normalizePath(path));
    if (file) await this.refresh(file);
    else this.apply(path, (t) => t.remove(path));
  }

  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Keeps track of work under way for settled(). */
  private track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    const done = () => this.pending.delete(p);
    p.then(done, done);
    return p;
  }

  private modelConfig(): ModelConfig {
    return modelConfigFrom(modelSettings(this.host.settings), (input, format, strict) => moment(input, format, strict));
  }

  /** Builds a fresh index a few files at a time, then swaps it in; a newer build supersedes this one. */
  private async rebuild(): Promise<void> {
    const gen = ++this.buildGen;
    const target = new ActionIndex(this.modelConfig());
    this.building = target;
    const files = this.host.app.vault.getMarkdownFiles();
    const slice = new TimeSlice();
    let next = 0;
    const worker = async () => {
      while (next < files.length && gen === this.buildGen) {
        const file = files[next++];
        if (this.needsRead(file, target.config) && (await this.read(file, () => [target]))) {
          // The index reads a note's fields on first use; the dashboard uses them all, so read them here, a slice at a time.
          void target.get(file.path)?.items;
        }
        await slice.maybeYield();
      }
    };
    const workers: Promise<void>[] = [];
    for (let i = 0; i < CONCURRENT_READS; i++) workers.push(worker());
    await Promise.all(workers);
    if (gen !== this.buildGen) return;
    this.building = null;
    this.index.replaceWith(target);
    if (!this.ready) {
      this.ready = true;
      this.resolveReady();
    }
    this.notify();
  }

  /** Whether a file can hold anything the index keeps: tasks (per the metadata cache), a person, a 1:1 (or frontmatter too broken to tell). */
  private needsRead(file: TFile, config: Readonly<ModelConfig>): boolean {
    if (isOutOfScope(file.path, config)) return false;
    const cache: CachedMetadata | null = this.host.app.metadataCache.getFileCache(file);
    if (!cache) return true;
    if (cache.listItems?.some((li) => li.task !== undefined)) return true;
    if (isInFolder(file.path, config.peopleFolder)) return true;
    // Frontmatter the cache could not read may still mean a 1:1 note: the index names it (unreadableOneOnOnes).
    if (cache.frontmatter === undefined) return cache.frontmatterPosition !== undefined || cache.sections?.[0]?.type === "yaml";
    return "type" in cache.frontmatter;
  }

  /** The indexes an event applies to: the live one and the one being built. */
  private targets(): ActionIndex[] {
    return this.building ? [this.index, this.building] : [this.index];
  }

  private apply(path: string, change: (target: ActionIndex) => unknown): void {
    this.tickets.set(path, ++this.ticket);
    const before = this.index.revision;
    for (const t of this.targets()) change(t);
    if (this.index.revision !== before) this.notify();
  }

  /** Reads a file and updates the given indexes, unless a newer event for that path came first. */
  private async read(file: TFile, targets: () => ActionIndex[]): Promise<boolean> {
    const path = file.path;
    const ticket = ++this.ticket;
    this.tickets.set(path, ticket);
    let text: string;
    try {
      text = await this.host.app.vault.cachedRead(file);
    } catch {
      return false; // deleted or renamed meanwhile; its own event handles it
    }
    if (this.tickets.get(path) !== ticket || file.path !== path) return false;
    this.tickets.delete(path);
    for (const t of targets()) t.update(path, text);
    return true;
  }

  private refresh(file: TFile): Promise<void> {
    const before = this.index.revision;
    return this.track(
      this.read(file, () => this.targets()).then(() => {
        if (this.index.revision !== before) this.notify();
      }),
    );
  }

  private onChanged(file: TFile, data: string): void {
    this.apply(file.path, (t) => t.update(file.path, data));
  }

  private onCreate(file: TAbstractFile): void {
    // An empty new file may never get a `changed` event; a new person note must still count.
    if (file instanceof TFile && !isOutOfScope(file.path, this.index.config)) void this.refresh(file);
  }

  private onDelete(file: TAbstractFile): void {
    if (file instanceof TFolder) this.apply(file.path, (t) => t.removeFolder(file.path));
    else this.apply(file.path, (t) => t.remove(file.path));
  }

  private onRename(file: TAbstractFile, oldPath: string): void {
    this.tickets.set(oldPath, ++this.ticket);
    if (file instanceof TFolder) {
      const reread = new Set<string>();
      this.apply(file.path, (t) => t.renameFolder(oldPath, file.path).forEach((p) => reread.add(p)));
      for (const p of reread) void this.reindex(p);
      return;
    }
    if (!(file instanceof TFile)) return;
    let needRead = false;
    this.apply(file.path, (t) => {
      if (!t.rename(oldPath, file.path)) needRead = true;
    });
    if (needRead && this.needsRead(file, this.index.config)) void this.refresh(file);
  }

  private onSettings(): void {
    const key = modelConfigKey(modelSettings(this.host.settings));
    if (key !== this.configKey) {
      this.configKey = key;
      this.rebuildSoon();
    }
    this.notify();
  }

  /** One rebuild after the settings stop changing for a moment; settled() waits for it. */
  private rebuildSoon(): void {
    if (this.scheduledRebuild) {
      window.clearTimeout(this.scheduledRebuild.timer);
      this.scheduledRebuild.timer = window.setTimeout(this.scheduledRebuild.run, SETTINGS_REBUILD_DELAY_MS);
      return;
    }
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    const run = () => {
      this.scheduledRebuild = null;
      this.track(this.rebuild()).then(release, release);
    };
    this.scheduledRebuild = { timer: window.setTimeout(run, SETTINGS_REBUILD_DELAY_MS), run, release };
    void this.track(done);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** Starts the action index (after layout ready), adds its editor command, and returns the service. */
export function registerActionIndex(host: IndexHost): ActionIndexService {
  const sync = new ActionIndexSync(host);
  sync.start();
  registerCompleteCommand(host, sync);
  return sync;
}

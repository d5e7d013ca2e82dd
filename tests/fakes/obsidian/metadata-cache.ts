// MetadataCache: per-file CachedMetadata computed from the text, updated after vault events, plus link resolution.
import { Events, type EventRef } from "./events";
import { computeCache, type CachedMetadata } from "./markdown-cache";
import type { Scheduler } from "./scheduler";
import { parseLinktext } from "./util";
import { TFile, type Vault } from "./vault";

export class MetadataCache extends Events {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  private readonly caches = new Map<string, CachedMetadata>();

  constructor(
    private readonly vault: Vault,
    private readonly scheduler: Scheduler,
  ) {
    super();
    vault._hooks = {
      changed: (file) => this.scheduler.schedule(() => this.reparse(file)),
      deleted: (file) => {
        const prev = this.caches.get(file.path) ?? null;
        this.caches.delete(file.path);
        delete this.resolvedLinks[file.path];
        delete this.unresolvedLinks[file.path];
        this.scheduler.schedule(() => this.trigger("deleted", file, prev));
      },
      renamed: (file, oldPath) => {
        const c = this.caches.get(oldPath);
        this.caches.delete(oldPath);
        if (c) this.caches.set(file.path, c);
        for (const table of [this.resolvedLinks, this.unresolvedLinks]) {
          if (table[oldPath]) {
            table[file.path] = table[oldPath];
            delete table[oldPath];
          }
        }
        this.scheduler.schedule(() => this.resolveAll());
      },
    };
    scheduler.onIdle = () => this.trigger("resolved");
    for (const f of vault.getMarkdownFiles()) this.caches.set(f.path, computeCache(vault.contentOf(f)));
    this.resolveAll();
  }

  on(name: "changed", callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
  on(name: "deleted", callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
  on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
  on(name: "resolved", callback: () => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  /** Parses a file seeded without events (test setup). */
  _index(file: TFile): void {
    if (file.extension === "md") this.caches.set(file.path, computeCache(this.vault.contentOf(file)));
  }

  private reparse(file: TFile): void {
    if (this.vault.getFileByPath(file.path) !== file || file.extension !== "md") return;
    const data = this.vault.contentOf(file);
    const cache = computeCache(data);
    this.caches.set(file.path, cache);
    this.trigger("changed", file, data, cache);
    this.resolveFile(file);
    this.trigger("resolve", file);
  }

  private resolveAll(): void {
    for (const f of this.vault.getMarkdownFiles()) this.resolveFile(f);
  }

  private resolveFile(file: TFile): void {
    const cache = this.caches.get(file.path);
    const resolved: Record<string, number> = {};
    const unresolved: Record<string, number> = {};
    const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
    for (const ref of refs) {
      const path = parseLinktext(ref.link).path;
      if (path === "") continue;
      const dest = this.getFirstLinkpathDest(path, file.path);
      const table = dest ? resolved : unresolved;
      const key = dest ? dest.path : path;
      table[key] = (table[key] ?? 0) + 1;
    }
    this.resolvedLinks[file.path] = resolved;
    this.unresolvedLinks[file.path] = unresolved;
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** Obsidian's resolution: exact path, then relative to the source folder, then by name (case-insensitive), nearest first. */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const path = parseLinktext(linkpath).path;
    if (path === "") return this.vault.getFileByPath(sourcePath);
    const candidates = /\.[A-Za-z0-9]+$/.test(path) && !path.endsWith(".") ? [path, `${path}.md`] : [`${path}.md`, path];
    const srcDir = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/")) : "";
    for (const c of candidates) {
      const exact = this.vault.getFileByPath(c);
      if (exact) return exact;
      if (srcDir) {
        const rel = this.vault.getFileByPath(`${srcDir}/${c}`);
        if (rel) return rel;
      }
    }
    const files = this.vault.getFiles();
    for (const c of candidates) {
      const lower = c.toLowerCase();
      const matches = files.filter((f) => f.path.toLowerCase() === lower || f.path.toLowerCase().endsWith(`/${lower}`));
      if (matches.length === 0) continue;
      matches.sort((a, b) => rank(a.path, srcDir) - rank(b.path, srcDir) || a.path.length - b.path.length || a.path.localeCompare(b.path));
      return matches[0];
    }
    return null;
  }

  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    void sourcePath;
    const name = file.extension === "md" && omitMdExtension ? file.basename : file.name;
    const full = file.extension === "md" && omitMdExtension ? file.path.slice(0, -3) : file.path;
    const same = this.vault.getFiles().filter((f) => f.name.toLowerCase() === file.name.toLowerCase());
    return same.length > 1 ? full : name;
  }
}

/** Lower is nearer: same folder as the source first. */
function rank(path: string, srcDir: string): number {
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  return dir === srcDir ? 0 : 1;
}


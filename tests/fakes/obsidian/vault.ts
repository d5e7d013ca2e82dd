// The vault: files and folders in memory, exact strings, and Obsidian's vault events.
import { Events, type EventRef } from "./events";
import { normalizePath } from "./util";

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}

export interface DataWriteOptions {
  ctime?: number;
  mtime?: number;
}

export abstract class TAbstractFile {
  vault!: Vault;
  path = "";
  name = "";
  parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";

  constructor(vault?: Vault, path?: string) {
    super();
    if (vault) this.vault = vault;
    if (path !== undefined) setFilePath(this, path);
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  constructor(vault?: Vault, path?: string) {
    super();
    if (vault) this.vault = vault;
    if (path !== undefined) setFolderPath(this, path);
  }

  isRoot(): boolean {
    return this.path === "/";
  }
}

function setFilePath(f: TFile, path: string): void {
  f.path = path;
  f.name = path.slice(path.lastIndexOf("/") + 1);
  const dot = f.name.lastIndexOf(".");
  f.basename = dot > 0 ? f.name.slice(0, dot) : f.name;
  f.extension = dot > 0 ? f.name.slice(dot + 1) : "";
}

function setFolderPath(f: TFolder, path: string): void {
  f.path = path;
  f.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
}

function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "/" : path.slice(0, i);
}

const utf8 = new TextEncoder();

/** What the vault tells the metadata cache, after the vault event fired (not through public events). */
export interface VaultHooks {
  changed(file: TFile): void;
  deleted(file: TFile): void;
  renamed(file: TFile, oldPath: string): void;
}

export class DataAdapterFake {
  /** Files outside the vault index (config dir), path → content. */
  readonly hidden = new Map<string, string>();
  constructor(private readonly vault: Vault) {}

  getName(): string {
    return this.vault.getName();
  }
  async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
    if (this.hidden.has(normalizedPath) || this.vault.getAbstractFileByPath(normalizedPath)) return true;
    if (sensitive) return false;
    const lower = normalizedPath.toLowerCase();
    return this.vault.getAllLoadedFiles().some((f) => f.path.toLowerCase() === lower) || [...this.hidden.keys()].some((p) => p.toLowerCase() === lower);
  }
  async read(normalizedPath: string): Promise<string> {
    const h = this.hidden.get(normalizedPath);
    if (h !== undefined) return h;
    const f = this.vault.getFileByPath(normalizedPath);
    if (!f) throw new Error(`ENOENT: no such file or directory, open '${normalizedPath}'`);
    return this.vault.contentOf(f);
  }
  async write(normalizedPath: string, data: string): Promise<void> {
    if (normalizedPath.startsWith(this.vault.configDir + "/")) {
      this.hidden.set(normalizedPath, data);
      return;
    }
    const f = this.vault.getFileByPath(normalizedPath);
    if (f) await this.vault.modify(f, data);
    else await this.vault.create(normalizedPath, data);
  }
  async append(normalizedPath: string, data: string): Promise<void> {
    const old = (await this.exists(normalizedPath)) ? await this.read(normalizedPath) : "";
    await this.write(normalizedPath, old + data);
  }
  async stat(normalizedPath: string): Promise<{ type: "file" | "folder"; ctime: number; mtime: number; size: number } | null> {
    const f = this.vault.getAbstractFileByPath(normalizedPath);
    if (f instanceof TFile) return { type: "file", ...f.stat };
    if (f instanceof TFolder) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
    const h = this.hidden.get(normalizedPath);
    return h === undefined ? null : { type: "file", ctime: 0, mtime: 0, size: utf8.encode(h).length };
  }
  async list(normalizedPath: string): Promise<{ files: string[]; folders: string[] }> {
    const folder = this.vault.getFolderByPath(normalizedPath === "" ? "/" : normalizedPath);
    if (!folder) throw new Error(`ENOENT: no such file or directory, scandir '${normalizedPath}'`);
    return {
      files: folder.children.filter((c) => c instanceof TFile).map((c) => c.path),
      folders: folder.children.filter((c) => c instanceof TFolder).map((c) => c.path),
    };
  }
  async mkdir(normalizedPath: string): Promise<void> {
    if (!this.vault.getFolderByPath(normalizedPath)) await this.vault.createFolder(normalizedPath);
  }
  async remove(normalizedPath: string): Promise<void> {
    if (this.hidden.delete(normalizedPath)) return;
    const f = this.vault.getFileByPath(normalizedPath);
    if (f) await this.vault.delete(f);
  }
  getResourcePath(normalizedPath: string): string {
    return `app://local/${normalizedPath}`;
  }
}

export class Vault extends Events {
  configDir = ".obsidian";
  adapter: DataAdapterFake;
  /** Set by the app so the metadata cache follows changes after each vault event. */
  _hooks: VaultHooks | null = null;
  /** The app's own listeners (open views), kept apart so listener counts show only plugin listeners. */
  readonly _internal = new Events();
  /** Clock for ctime/mtime; tests may replace it. */
  now: () => number = () => Date.now();
  private readonly files = new Map<string, TAbstractFile>();
  private readonly contents = new Map<TFile, string>();
  private readonly root: TFolder;
  private vaultName = "Test vault";

  constructor() {
    super();
    this.root = new TFolder(this, "/");
    this.files.set("/", this.root);
    this.adapter = new DataAdapterFake(this);
  }

  on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
  on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  trigger(name: string, ...data: unknown[]): void {
    super.trigger(name, ...data);
    this._internal.trigger(name, ...data);
  }

  getName(): string {
    return this.vaultName;
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(path === "" ? "/" : path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const f = this.files.get(path);
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const f = this.files.get(path === "" ? "/" : path);
    return f instanceof TFolder ? f : null;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.files.values()];
  }

  getAllFolders(includeRoot = false): TFolder[] {
    return [...this.files.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
  }

  getFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
    const stack: TAbstractFile[] = [root];
    while (stack.length) {
      const f = stack.pop()!;
      cb(f);
      if (f instanceof TFolder) stack.push(...f.children);
    }
  }

  /** Test/internal helper: the exact stored text of a file. */
  contentOf(file: TFile): string {
    const c = this.contents.get(file);
    if (c === undefined) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
    return c;
  }

  async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
    return this.createSync(path, data, options);
  }

  /** Creates without awaiting; used to seed test vaults (fires events like `create`). */
  createSync(path: string, data: string, options?: DataWriteOptions, silent = false): TFile {
    checkPath(path);
    if (this.files.has(path)) throw new Error("File already exists.");
    const parent = this.getFolderByPath(parentPath(path));
    if (!parent) throw new Error(`ENOENT: no such file or directory, open '${path}' (create the folder first)`);
    const file = new TFile(this, path);
    const t = this.now();
    file.stat = { ctime: options?.ctime ?? t, mtime: options?.mtime ?? t, size: utf8.encode(data).length };
    file.parent = parent;
    parent.children.push(file);
    this.files.set(path, file);
    this.contents.set(file, data);
    if (!silent) {
      this.trigger("create", file);
      this._hooks?.changed(file);
    }
    return file;
  }

  async createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
    return this.createSync(path, new TextDecoder().decode(data), options);
  }

  async createFolder(path: string): Promise<TFolder> {
    return this.createFolderSync(path);
  }

  createFolderSync(path: string, silent = false): TFolder {
    checkPath(path);
    if (this.files.has(path)) throw new Error("Folder already exists.");
    const parentP = parentPath(path);
    const parent = this.getFolderByPath(parentP) ?? this.createFolderSync(parentP, silent);
    const folder = new TFolder(this, path);
    folder.parent = parent;
    parent.children.push(folder);
    this.files.set(path, folder);
    if (!silent) this.trigger("create", folder);
    return folder;
  }

  async read(file: TFile): Promise<string> {
    return this.contentOf(this.live(file));
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.contentOf(this.live(file));
  }

  async readBinary(file: TFile): Promise<ArrayBuffer> {
    const bytes = utf8.encode(this.contentOf(this.live(file)));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  getResourcePath(file: TFile): string {
    return `app://local/${file.path}?${file.stat.mtime}`;
  }

  async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    this.write(this.live(file), data, options);
  }

  async modifyBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
    this.write(this.live(file), new TextDecoder().decode(data), options);
  }

  async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
    const f = this.live(file);
    this.write(f, this.contentOf(f) + data, options);
  }

  async appendBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
    await this.append(file, new TextDecoder().decode(data), options);
  }

  /** Atomic read-modify-write: `fn` sees the current text; nothing is written (and no event fires) when it returns the same text. */
  async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
    const f = this.live(file);
    const old = this.contentOf(f);
    const next = fn(old);
    if (typeof next !== "string") throw new TypeError("Vault.process: fn must return a string");
    if (next !== old) this.write(f, next, options);
    return next;
  }

  private write(file: TFile, data: string, options?: DataWriteOptions): void {
    this.contents.set(file, data);
    file.stat = { ctime: options?.ctime ?? file.stat.ctime, mtime: options?.mtime ?? this.now(), size: utf8.encode(data).length };
    this.trigger("modify", file);
    this._hooks?.changed(file);
  }

  async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
    if (file instanceof TFile) return (await this.create(newPath, this.contentOf(file))) as unknown as T;
    const folder = await this.createFolder(newPath);
    for (const child of (file as unknown as TFolder).children.slice()) await this.copy(child, `${newPath}/${child.name}`);
    return folder as unknown as T;
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    checkPath(newPath);
    const f = this.live(file);
    if (f === this.root) throw new Error("Cannot rename the vault root.");
    if (newPath === f.path) return;
    if (this.files.has(newPath) && this.files.get(newPath) !== f) throw new Error("Destination file already exists!");
    const parent = this.getFolderByPath(parentPath(newPath));
    if (!parent) throw new Error(`ENOENT: no such file or directory, rename '${f.path}' -> '${newPath}'`);
    if (f instanceof TFolder && (newPath + "/").startsWith(f.path + "/")) throw new Error("Cannot move a folder into itself.");
    const moved: [TAbstractFile, string][] = [];
    const oldPath = f.path;
    this.files.delete(oldPath);
    f.parent!.children.splice(f.parent!.children.indexOf(f), 1);
    f.parent = parent;
    parent.children.push(f);
    this.rekey(f, newPath, moved);
    for (const [item, from] of moved) {
      this.trigger("rename", item, from);
      if (item instanceof TFile) this._hooks?.renamed(item, from);
    }
  }

  private rekey(f: TAbstractFile, newPath: string, moved: [TAbstractFile, string][]): void {
    const from = f.path;
    this.files.delete(from);
    if (f instanceof TFile) setFilePath(f, newPath);
    else setFolderPath(f as TFolder, newPath);
    this.files.set(newPath, f);
    moved.push([f, from]);
    if (f instanceof TFolder) for (const c of f.children) this.rekey(c, `${newPath}/${c.name}`, moved);
  }

  async delete(file: TAbstractFile, force?: boolean): Promise<void> {
    void force;
    const f = this.live(file);
    if (f === this.root) throw new Error("Cannot delete the vault root.");
    this.remove(f);
  }

  async trash(file: TAbstractFile, system: boolean): Promise<void> {
    void system;
    await this.delete(file, true);
  }

  private remove(f: TAbstractFile): void {
    if (f instanceof TFolder) for (const c of f.children.slice()) this.remove(c);
    this.files.delete(f.path);
    if (f.parent) f.parent.children.splice(f.parent.children.indexOf(f), 1);
    if (f instanceof TFile) this.contents.delete(f);
    this.trigger("delete", f);
    if (f instanceof TFile) this._hooks?.deleted(f);
  }

  /** The vault's own object for this file; throws for a stale object from a deleted file. */
  private live<T extends TAbstractFile>(file: T): T {
    if (this.files.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory, '${file.path}'`);
    return file;
  }
}

/** The fake refuses paths that `normalizePath` would change, so missing normalisation shows up in tests. */
function checkPath(path: string): void {
  if (path === "" || path === "/" || normalizePath(path) !== path) {
    throw new Error(`Invalid path (not normalized): ${JSON.stringify(path)}`);
  }
}

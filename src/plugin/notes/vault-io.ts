// Small vault helpers for the 1:1-notes commands: read by path, create folders, the clock through Obsidian's moment.
import { moment as obsidianMoment, normalizePath, TFile, type App } from "obsidian";
import type { MomentFn } from "../../core/templates/render";

/** Obsidian's bundled moment; its typings declare a namespace, so name the callable type. */
const momentCallable = obsidianMoment as unknown as typeof import("moment");

/** `moment(input, format, strict)` for the core. */
export const momentFn: MomentFn = (input, format, strict) => momentCallable(input, format, strict);

/** Local time as HH:mm. */
export function nowTime(): string {
  return momentCallable().format("HH:mm");
}

export function fileAt(app: App, path: string): TFile | null {
  return app.vault.getFileByPath(normalizePath(path));
}

/** A note's text, or null when there is no such note. */
export async function readPath(app: App, path: string): Promise<string | null> {
  const file = fileAt(app, path);
  return file ? app.vault.cachedRead(file) : null;
}

/** Creates the missing folders above a path (Obsidian's `create` needs them). */
export async function ensureParentFolders(app: App, path: string): Promise<void> {
  const parts = normalizePath(path).split("/").slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const folder = parts.slice(0, i).join("/");
    if (!app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
  }
}

/** Creates a note unless something is at the path already; returns the file at the path either way. */
export async function createIfAbsent(app: App, path: string, text: string): Promise<{ file: TFile; created: boolean }> {
  const p = normalizePath(path);
  const existing = app.vault.getFileByPath(p);
  if (existing) return { file: existing, created: false };
  await ensureParentFolders(app, p);
  try {
    return { file: await app.vault.create(p, text), created: true };
  } catch (e) {
    // Created in between (sync, another command): open what is there, never overwrite.
    const now = app.vault.getFileByPath(p);
    if (now) return { file: now, created: false };
    throw e;
  }
}

/** Opens a note in the current tab (or a new one when the current is pinned) and returns its leaf. */
export async function openNote(app: App, file: TFile) {
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true });
  return leaf;
}

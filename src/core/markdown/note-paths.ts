// Vault paths of notes: base names, the .md extension, folders; every reader of the vault shares these.

export function basename(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return hasMdExtension(file) ? file.slice(0, -3) : file;
}

/** Whether a path ends with `.md` in any letter case (without lower-casing a copy of it). */
export function hasMdExtension(path: string): boolean {
  const n = path.length;
  return n >= 3 && path.charCodeAt(n - 3) === 46 && (path.charCodeAt(n - 2) | 32) === 109 && (path.charCodeAt(n - 1) | 32) === 100;
}

/** A folder path without leading or trailing slashes. */
export function trimSlashes(folder: string): string {
  return folder.charCodeAt(0) === 47 || folder.charCodeAt(folder.length - 1) === 47 ? folder.replace(/^\/+|\/+$/g, "") : folder;
}

export function isInFolder(path: string, folder: string): boolean {
  const f = trimSlashes(folder);
  if (f === "") return true;
  // path.startsWith(f + "/") without building the string: this runs for every note read.
  return path.length > f.length && path.charCodeAt(f.length) === 47 && path.startsWith(f);
}

/** A note path from a setting (`Templates/1-1` or `Templates/1-1.md`), or null when the setting is empty. */
export function settingNotePath(value: string): string | null {
  const v = value.trim().replace(/^\/+/, "");
  if (v === "") return null;
  return /\.md$/i.test(v) ? v : `${v}.md`;
}

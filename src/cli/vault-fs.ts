// A vault on disk: the notes of a folder, read as Obsidian would see them (vault-relative, "/" paths).
import { promises as fs, statSync } from "node:fs";
import * as path from "node:path";
import { UsageError } from "./args";

export interface DiskNote {
  /** Vault-relative path with "/" separators. */
  path: string;
  text: string;
}

/** Checks that the vault argument names an existing folder. */
export function requireVaultFolder(dir: string | undefined): string {
  if (!dir) throw new UsageError("missing the vault folder");
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new UsageError(`vault folder not found: ${dir}`);
  }
  if (!isDir) throw new UsageError(`not a folder: ${dir}`);
  return path.resolve(dir);
}

/** Lists every Markdown note below root, skipping dot-folders (.obsidian, .git, .trash) and node_modules. */
export async function listNotes(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) out.push(r);
    }
  }
  await walk("");
  return out.sort();
}

/** Reads a note as UTF-8 text, BOM included so that edits can keep it. */
export async function readNote(root: string, rel: string): Promise<string> {
  return fs.readFile(path.join(root, ...rel.split("/")), "utf8");
}

export async function readVault(root: string): Promise<DiskNote[]> {
  const paths = await listNotes(root);
  const notes: DiskNote[] = [];
  for (const p of paths) notes.push({ path: p, text: await readNote(root, p) });
  return notes;
}

/** Resolves a vault-relative path and refuses anything that escapes the vault. */
export function resolveInVault(root: string, rel: string): string {
  const abs = path.resolve(root, rel);
  const back = path.relative(root, abs);
  if (back === "" || back.startsWith("..") || path.isAbsolute(back)) throw new UsageError(`path escapes the vault: ${rel}`);
  return abs;
}

/**
 * Replaces a note's text only if it still equals what was read (the CLI's vault.process).
 * Returns false, writing nothing, when the file changed in between.
 */
export async function processNote(root: string, rel: string, edit: (text: string) => string | null): Promise<"written" | "unchanged" | "refused"> {
  const abs = resolveInVault(root, rel);
  const before = await fs.readFile(abs, "utf8");
  const after = edit(before);
  if (after === null) return "refused";
  if (after === before) return "unchanged";
  const again = await fs.readFile(abs, "utf8");
  if (again !== before) return "refused";
  const tmp = `${abs}.one-on-one-${process.pid}.tmp`;
  await fs.writeFile(tmp, after, "utf8");
  await fs.rename(tmp, abs);
  return "written";
}

/** Creates a note; never overwrites (fails with "exists" if the path is taken). */
export async function createNote(root: string, rel: string, text: string): Promise<"created" | "exists"> {
  const abs = resolveInVault(root, rel);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  try {
    await fs.writeFile(abs, text, { encoding: "utf8", flag: "wx" });
    return "created";
  } catch (e) {
    if ((e as { code?: string }).code === "EEXIST") return "exists";
    throw e;
  }
}

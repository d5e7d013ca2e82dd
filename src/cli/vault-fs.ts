// A vault on disk: the notes of a folder, read as Obsidian would see them (vault-relative, "/" paths).
import { promises as fs, statSync } from "node:fs";
import * as path from "node:path";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { isInside, NoteError, openForEdit, readBytes, readBytesNow, reasonOf, resolveInVault, writeKeepingMetadata } from "./note-file";

export { NoteError, resolveInVault } from "./note-file";

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

/** Where warnings about skipped files go (stderr in the CLI); none when reading quietly. */
type Warn = (message: string) => void;

/**
 * Lists every Markdown note below root, skipping dot-folders (.obsidian, .git, .trash) and node_modules.
 * A link to a folder is skipped with a warning: to one of this vault, as Obsidian ignores it (its notes are read
 * where they are, never twice); to one outside, because the CLI reads and writes nothing outside the vault. So is a
 * folder that cannot be listed. A link to a note is followed only inside the vault and when no other path reads that
 * note: the note itself, or an earlier link to it (one the walk does not reach, in a dot-folder), so its items are
 * listed once. A note out of scope (an excluded folder) reads nothing, so it does not stand for a link to it.
 */
export async function listNotes(root: string, warn: Warn = () => {}, inScope: (path: string) => boolean = () => true): Promise<string[]> {
  const out: string[] = [];
  const realRoot = await fs.realpath(root);
  /** Links to notes, kept until the walk has seen every note by its own path. */
  const links: { rel: string; real: string }[] = [];
  async function walk(rel: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch (e) {
      warn(`cannot read the folder ${rel || "."} (${reasonOf(e)}); skipped.`);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      const isNote = e.name.toLowerCase().endsWith(".md");
      if (e.isSymbolicLink()) {
        const target = await linkTarget(root, r, realRoot, warn);
        if (target === null) continue;
        if (target.dir) warn(`${r} is a link to a folder of this vault (${inVault(realRoot, target.real)}); skipped, as Obsidian does: its notes are read there.`);
        else if (target.file && isNote) links.push({ rel: r, real: target.real });
        continue;
      }
      if (e.isDirectory()) await walk(r);
      else if (e.isFile() && isNote) out.push(r);
    }
  }
  await walk("");
  // Folder links are never followed, so a note the walk reached is at its real path.
  const read = new Map(out.filter(inScope).map((r) => [path.join(realRoot, ...r.split("/")), r]));
  for (const link of links.sort((a, b) => (a.rel < b.rel ? -1 : 1))) {
    const by = read.get(link.real);
    if (by !== undefined) {
      warn(`${link.rel} is a link to a note of this vault (${inVault(realRoot, link.real)}); skipped, so that note is read once${by === inVault(realRoot, link.real) ? "" : `, as ${by}`}.`);
      continue;
    }
    if (inScope(link.rel)) read.set(link.real, link.rel);
    out.push(link.rel);
  }
  return out.sort();
}

/** A real path inside the vault as a vault path ("/" separators), or "its root". */
function inVault(realRoot: string, real: string): string {
  return path.relative(realRoot, real).split(path.sep).join("/") || "its root";
}

async function linkTarget(root: string, rel: string, realRoot: string, warn: Warn): Promise<{ real: string; dir: boolean; file: boolean } | null> {
  try {
    const real = await fs.realpath(path.join(root, ...rel.split("/")));
    if (real !== realRoot && !isInside(realRoot, real)) {
      warn(`${rel} is a link to outside the vault; skipped.`);
      return null;
    }
    const st = await fs.stat(real);
    return { real, dir: st.isDirectory(), file: st.isFile() };
  } catch (e) {
    warn(`cannot follow the link ${rel} (${reasonOf(e)}); skipped.`);
    return null;
  }
}

/** Reads a note as text, BOM included so that edits can keep it; bytes that are not UTF-8 read as U+FFFD (as Obsidian shows them). */
export async function readNote(root: string, rel: string): Promise<string> {
  const bytes = await readBytes(resolveInVault(root, rel), rel);
  return bytes.toString("utf8");
}

/** Reads every note; one that cannot be read is left out with a warning naming it, and the rest is read. `inScope` as for listNotes. */
export async function readVault(root: string, io?: CliIo, inScope?: (path: string) => boolean): Promise<DiskNote[]> {
  const warn: Warn = (m) => io?.err(`one-on-one: ${m}`);
  const paths = await listNotes(root, warn, inScope);
  const notes: DiskNote[] = [];
  for (const p of paths) {
    try {
      const bytes = readBytesNow(resolveInVault(root, p), p);
      // Obsidian reads every note as UTF-8, so a UTF-16 note shows as garbage there and none of its tasks count.
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        warn(`${p} is UTF-16 text, and Obsidian reads notes as UTF-8; skipped. Save it as UTF-8 to have its tasks read.`);
        continue;
      }
      notes.push({ path: p, text: bytes.toString("utf8") });
    } catch (e) {
      warn(`${e instanceof NoteError ? e.message : `cannot read ${p}: ${reasonOf(e)}`}; skipped.`);
    }
  }
  return notes;
}

/**
 * Replaces a note's text only if it still holds what was read (the CLI's vault.process). Refuses ("refused",
 * writing nothing) when the edit does not apply or the file changed in between; throws NoteError when the note
 * is outside the vault, read-only, unreadable or not UTF-8. Mode, owner and links are kept (see writeKeepingMetadata).
 */
export async function processNote(root: string, rel: string, edit: (text: string) => string | null): Promise<"written" | "unchanged" | "refused"> {
  const note = await openForEdit(root, rel);
  const after = edit(note.text);
  if (after === null) return "refused";
  if (after === note.text) return "unchanged";
  const again = await readBytes(note.real, rel);
  if (!again.equals(note.bytes)) return "refused";
  await writeKeepingMetadata(note.real, note.stat, Buffer.from(after, "utf8"));
  return "written";
}

/** Reads a note strictly, as an edit would (for checks before an edit). */
export async function readForEdit(root: string, rel: string): Promise<string> {
  return (await openForEdit(root, rel)).text;
}

/** Creates a note; never overwrites (fails with "exists" if the path is taken), never creates anything outside the vault's real folder. */
export async function createNote(root: string, rel: string, text: string): Promise<"created" | "exists"> {
  const abs = resolveInVault(root, rel);
  const realRoot = await fs.realpath(root);
  // The deepest folder that exists must really be inside the vault, or mkdir would follow a link out of it.
  let existing = path.dirname(abs);
  for (;;) {
    try {
      existing = await fs.realpath(existing);
      break;
    } catch {
      existing = path.dirname(existing);
    }
  }
  if (existing !== realRoot && !isInside(realRoot, existing)) throw new NoteError(`${rel} would be created outside the vault (in ${existing}) through a symbolic link; nothing was created.`, "outside");
  await fs.mkdir(path.dirname(abs), { recursive: true });
  try {
    await fs.writeFile(abs, text, { encoding: "utf8", flag: "wx" });
    return "created";
  } catch (e) {
    if ((e as { code?: string }).code === "EEXIST") return "exists";
    throw e;
  }
}

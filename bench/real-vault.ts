// The index against the regex floor on a folder of real notes (`--vault <dir>`), where tasks are as sparse as people write them.
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { modelConfigFrom } from "../src/core/vault/note-record";
import { DEFAULT_SETTINGS } from "../src/settings";
import { fullIndex, regexPass } from "./actions";
import { collectGarbage } from "./heap";
import type { Benchmark } from "./list";
import { record } from "./results";
import { bestOf, fmt, report } from "./timing";
import type { GeneratedNote } from "./vault-gen";

/** Every `.md` file below `root` (dot-folders such as `.obsidian` and `.git`, and symbolic links, left out: a link loop never ends), read as UTF-8. */
function readNotes(root: string): GeneratedNote[] {
  const notes: GeneratedNote[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const full = join(dir, name);
      const stat = lstatSync(full);
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile() && name.toLowerCase().endsWith(".md")) notes.push({ path: relative(root, full).split(sep).join("/"), text: readFileSync(full, "utf8") });
    }
  };
  walk(root);
  return notes;
}

export const realVaultBenchmark: Benchmark = {
  name: "vault",
  run() {
    const at = process.argv.indexOf("--vault");
    const root = at === -1 ? undefined : process.argv[at + 1];
    if (root === undefined) {
      report("real vault", "not measured: pass --vault <dir> (a folder of notes)");
      return;
    }
    const notes = readNotes(root);
    if (notes.length === 0) throw new Error(`bench: no .md notes below ${root}`);
    const config = modelConfigFrom({ ...DEFAULT_SETTINGS, excludedFolders: [] });
    const chars = notes.reduce((s, n) => s + n.text.length, 0);
    collectGarbage();
    const floor = bestOf(() => regexPass(notes), 9, 2);
    collectGarbage();
    const index = bestOf(() => fullIndex(notes, config), 9, 2);
    const size = fullIndex(notes, config).size;
    report("notes read", `${notes.length} notes, ${(chars / 1e6).toFixed(1)} M characters, ${size.items} task items (${regexPass(notes)} task-shaped lines)`);
    report("regex pass over the text (floor, best of 9)", fmt(floor));
    report("full index (records kept, GC included)", fmt(index));
    report("ratio full index / regex floor", `${(index / floor).toFixed(2)}×`, "≤ 3×");
    record("vaultNotes", notes.length);
    record("vaultItems", size.items);
    record("vaultFloorMs", floor);
    record("vaultIndexMs", index);
  },
};

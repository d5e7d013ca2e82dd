// The index against the regex floor on a folder of real notes (`--vault <dir>`), where tasks are as sparse as people write them.
import { readVault } from "../src/cli/vault-fs";
import { modelConfigFrom } from "../src/core/vault/note-record";
import { DEFAULT_SETTINGS } from "../src/settings";
import { fullIndex, regexPass } from "./actions";
import { collectGarbage } from "./heap";
import type { Benchmark } from "./list";
import { record } from "./results";
import { bestOf, fmt, report } from "./timing";

export const realVaultBenchmark: Benchmark = {
  name: "vault",
  async run() {
    const at = process.argv.indexOf("--vault");
    const root = at === -1 ? undefined : process.argv[at + 1];
    if (root === undefined) {
      report("real vault", "not measured: pass --vault <dir> (a folder of notes)");
      return;
    }
    // Read as the CLI reads a vault: dot-folders left out, links followed only inside it, unreadable notes skipped.
    const notes = await readVault(root);
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

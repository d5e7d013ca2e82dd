// Action index: full index vs a bare regex floor and remark, one-file update at 2k vs 20k notes, dashboard query.
import { ActionIndex } from "../src/core/actions/index-store";
import { queryItems } from "../src/core/actions/queries";
import { parseActions } from "../src/core/actions/parse";
import { modelConfigFrom, readNoteRecord } from "../src/core/vault-model";
import { DEFAULT_SETTINGS } from "../src/settings";
import type { Benchmark } from "./list";
import { bestOf, fmt, perCall, report } from "./timing";
import { generateVault, type GeneratedNote } from "./vault-gen";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes", excludedFolders: [] as string[] };
const config = modelConfigFrom(settings);
const TODAY = "2025-06-01";
// The floor: find task-shaped lines and nothing else (no code fences, comments or fields).
const TASK_LINE = /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[(.)\]/gm;

function regexPass(notes: readonly GeneratedNote[]): number {
  let n = 0;
  for (const note of notes) {
    TASK_LINE.lastIndex = 0;
    while (TASK_LINE.exec(note.text) !== null) n++;
  }
  return n;
}

function fullIndex(notes: readonly GeneratedNote[]): ActionIndex {
  const index = new ActionIndex(config);
  for (const note of notes) index.update(note.path, note.text);
  return index;
}

interface MdNode {
  type: string;
  checked?: boolean | null;
  children?: MdNode[];
}

/** remark + remark-gfm over the notes, counting task list items (ESM-only, so loaded with import()). */
async function remarkPass(notes: readonly GeneratedNote[]): Promise<() => number> {
  const { remark } = await import("remark");
  const { default: remarkGfm } = await import("remark-gfm");
  const processor = remark().use(remarkGfm);
  const count = (node: MdNode): number => (node.type === "listItem" && typeof node.checked === "boolean" ? 1 : 0) + (node.children ?? []).reduce((s, c) => s + count(c), 0);
  return () => notes.reduce((s, note) => s + count(processor.parse(note.text) as MdNode), 0);
}

/** The median time of re-indexing one typical note (a 1:1 with ~10 items), alternating two versions. */
function updateTime(notes: readonly GeneratedNote[]): { ms: number; index: ActionIndex } {
  const index = fullIndex(notes);
  const target = notes.find((n) => n.path.startsWith("1-1s/") && n.text.split("- [").length > 10) ?? notes[notes.length - 1];
  const versions = [target.text, target.text.replace("- [ ]", "- [x]")];
  return { ms: perCall((i) => index.update(target.path, versions[i % 2]), 2000), index };
}

export const actionsBenchmark: Benchmark = {
  name: "actions",
  async run() {
    const vault = generateVault({ notes: 5000, seed: 1 });
    const bytes = vault.reduce((s, n) => s + n.text.length, 0);
    const index = fullIndex(vault);
    report("generated vault", `${vault.length} notes, ${(bytes / 1e6).toFixed(1)} MB, ${index.size.items} task items (${regexPass(vault)} task-shaped lines)`);

    const floor = bestOf(() => regexPass(vault), 7, 2);
    const full = bestOf(() => fullIndex(vault), 5, 1);
    const parseOnly = bestOf(() => vault.forEach((n) => parseActions(n.path, n.text)), 5, 1);
    const recordsOnly = bestOf(() => vault.forEach((n) => readNoteRecord(n.path, n.text, config)), 5, 1);
    report("regex pass over the text (floor)", fmt(floor));
    report("task-line parser alone (items dropped)", `${fmt(parseOnly)} (${(parseOnly / floor).toFixed(2)}×)`);
    report("note records (parser + frontmatter), dropped", `${fmt(recordsOnly)} (${(recordsOnly / floor).toFixed(2)}×)`);
    report("full index (records kept: the difference is mostly GC)", fmt(full));
    report("ratio full index / regex floor", `${(full / floor).toFixed(2)}×`, "≤ 3×");

    const subset = vault.slice(0, 500);
    const remark = await remarkPass(subset);
    const remarkMs = bestOf(remark, 3, 1) * (vault.length / subset.length);
    report("remark + remark-gfm (500 notes, scaled to 5,000)", fmt(remarkMs));
    report("speed-up over remark", `${(remarkMs / full).toFixed(1)}×`, "≥ 10×");

    const small = updateTime(generateVault({ notes: 2000, seed: 2 }));
    const large = updateTime(generateVault({ notes: 20000, seed: 2 }));
    report(`one-note update, ${small.index.size.notes} notes`, fmt(small.ms), "< 1 ms");
    report(`one-note update, ${large.index.size.notes} notes`, fmt(large.ms), "< 1 ms");
    report("ratio update 20k / 2k notes", `${(large.ms / small.ms).toFixed(2)}×`, "≤ 1.5×");

    // Dashboard model over the 5,000-note vault (~50k items).
    const note = vault.find((n) => n.path.startsWith("Projects/"))!;
    let day = 0;
    const cold = bestOf(() => queryItems(index, `2025-06-${String(1 + (day++ % 28)).padStart(2, "0")}`, settings), 5, 1);
    let flip = 0;
    const warm = perCall(() => {
      index.update(note.path, flip++ % 2 ? note.text : note.text + "\n- [ ] one more @me\n");
      return queryItems(index, TODAY, settings);
    }, 50);
    const items = queryItems(index, TODAY, settings);
    report(`dashboard model, all ${index.size.items} items resolved anew (new day)`, fmt(cold), "< 10 ms");
    report(`dashboard model after one note changed (${items.counts.open} open)`, fmt(warm), "< 10 ms");
  },
};

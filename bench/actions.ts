// Action index: full index vs a bare regex floor and remark, one-file update at 2k vs 20k notes, dashboard model.
import { performance } from "node:perf_hooks";
import { ActionIndex } from "../src/core/vault/index-store";
import { queryItems } from "../src/core/followups/follow-ups";
import { parseActions, scanTaskLines } from "../src/core/actions/parse";
import { modelConfigFrom, readNoteRecord } from "../src/core/vault/note-record";
import { DEFAULT_SETTINGS } from "../src/settings";
import { collectGarbage } from "./heap";
import type { Benchmark } from "./list";
import { record } from "./results";
import { bestOf, fmt, report } from "./timing";
import { generateVault, type GeneratedNote } from "./vault-gen";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes", excludedFolders: [] as string[] };
const config = modelConfigFrom(settings);
const TODAY = "2025-06-01";
// The floor: find task-shaped lines and nothing else (no code fences, comments or fields).
const TASK_LINE = /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+\[(.)\]/gm;

export function regexPass(notes: readonly GeneratedNote[]): number {
  let n = 0;
  for (const note of notes) {
    TASK_LINE.lastIndex = 0;
    while (TASK_LINE.exec(note.text) !== null) n++;
  }
  return n;
}

function parseAll(notes: readonly GeneratedNote[]): number {
  let n = 0;
  for (const note of notes) n += parseActions(note.path, note.text, config.parse).length;
  return n;
}

function scanAll(notes: readonly GeneratedNote[]): number {
  let n = 0;
  for (const note of notes) n += scanTaskLines(note.text).count;
  return n;
}

function recordsAll(notes: readonly GeneratedNote[]): number {
  let n = 0;
  for (const note of notes) n += readNoteRecord(note.path, note.text, config)?.items.length ?? 0;
  return n;
}

export function fullIndex(notes: readonly GeneratedNote[], cfg = config): ActionIndex {
  const index = new ActionIndex(cfg);
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

/** Re-indexing one typical note (a 1:1 with ~10 items), alternating two versions of it. */
function updater(notes: readonly GeneratedNote[]): { index: ActionIndex; update: (i: number) => boolean } {
  const index = fullIndex(notes);
  const target = notes.find((n) => n.path.startsWith("1-1s/") && n.text.split("- [").length > 10) ?? notes[notes.length - 1];
  const versions = [target.text, target.text.replace("- [ ]", "- [x]")];
  return { index, update: (i) => index.update(target.path, versions[i % 2]) };
}

/** Median µs per update of each vault, the two interleaved so that both see the same machine. */
function updateTimes(a: ReturnType<typeof updater>, b: ReturnType<typeof updater>, calls: number): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < calls; i++) {
    let t0 = performance.now();
    a.update(i);
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b.update(i);
    tb.push(performance.now() - t0);
  }
  const median = (t: number[]) => t.sort((x, y) => x - y)[t.length >> 1];
  return [median(ta), median(tb)];
}

/** Median over `calls` of: change one note (untimed), then build the dashboard model (timed). */
function modelAfterChange(index: ActionIndex, note: GeneratedNote, calls: number): number {
  const versions = [note.text, note.text + "\n- [ ] one more @me 📅 2025-06-03\n"];
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    index.update(note.path, versions[i % 2]);
    const t0 = performance.now();
    queryItems(index, TODAY, settings);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(calls / 2)];
}

/** Heap the index keeps per item: heap with the index held minus heap without it, both after a full collection. */
function heapPerItem(vault: readonly GeneratedNote[], items: number): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const kept = fullIndex(vault);
  // Every item read, as after the first dashboard: the memory a running plugin holds, not a fresh index's.
  for (const record of kept.all()) void record.items;
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  const bytes = (after - before) / items;
  report("heap kept per item (index held, items read, after a full GC)", `${bytes.toFixed(0)} B (${kept.size.items} items)`);
  return bytes;
}

/** Lines that made readers quadratic (issue 10): unclosed comments, fields, code spans, links. */
const HOSTILE = ["<!--", "[due:: ", "(due:: ", "`", "`a", "%%`", "[[", "@[[", "📅 "];

/** The slowest of the hostile patterns as one 100,000-character task line, parsed as the index does. */
function longLineMs(): number {
  let worst = 0;
  for (const p of HOSTILE) {
    const body = p.repeat(Math.ceil(100_000 / p.length)).slice(0, 100_000);
    const note = `- [ ] ${body}\n- [ ] after it\n`;
    worst = Math.max(worst, bestOf(() => parseActions("long.md", note, config.parse), 5, 2));
  }
  return worst;
}

export const actionsBenchmark: Benchmark = {
  name: "actions",
  async run() {
    const vault = generateVault({ notes: 5000, seed: 1 });
    const bytes = vault.reduce((s, n) => s + n.text.length, 0);

    // Phase 1, nothing but the notes' text on the heap (no index held yet): the floor and the parser alone.
    collectGarbage();
    const floor = bestOf(() => regexPass(vault), 9, 2);
    const scanOnly = bestOf(() => scanAll(vault), 9, 2);
    const parseOnly = bestOf(() => parseAll(vault), 9, 2);
    const recordsOnly = bestOf(() => recordsAll(vault), 9, 2);
    // Phase 2: the full index; every run builds and keeps a whole index, so its GC cost is included.
    collectGarbage();
    const full = bestOf(() => fullIndex(vault), 9, 2);
    collectGarbage();
    // From text to the first dashboard: the index and its first model, which reads every item it shows.
    collectGarbage();
    const firstModel = bestOf(() => queryItems(fullIndex(vault), TODAY, settings), 9, 2);
    collectGarbage();
    const floorAgain = bestOf(() => regexPass(vault), 9, 2);
    const index = fullIndex(vault);
    report("generated vault", `${vault.length} notes, ${(bytes / 1e6).toFixed(1)} MB, ${index.size.items} task items (${regexPass(vault)} task-shaped lines)`);
    report("regex pass over the text (floor, best of 9)", `${fmt(floor)} (again after phase 2: ${fmt(floorAgain)})`);
    report("structural pass alone (task lines found, no field read)", `${fmt(scanOnly)} (${(scanOnly / floor).toFixed(2)}×)`);
    report("task-line parser alone, fresh heap (items dropped)", `${fmt(parseOnly)} (${(parseOnly / floor).toFixed(2)}×)`);
    report("note records (parser + frontmatter), items read and dropped", `${fmt(recordsOnly)} (${(recordsOnly / floor).toFixed(2)}×)`);
    report("full index (records kept, GC included)", fmt(full));
    report("ratio full index / regex floor", `${(full / floor).toFixed(2)}×`, "≤ 3×");
    report("full index, then its first dashboard model", `${fmt(firstModel)} (${(firstModel / floor).toFixed(2)}×)`);
    record("floorMs", floor);
    record("indexQueryMs", firstModel);
    record("indexMs", full);
    record("notes", index.size.notes);
    record("items", index.size.items);
    record("heapBytesPerItem", heapPerItem(vault, index.size.items));

    const subset = vault.slice(0, 500);
    const remark = await remarkPass(subset);
    const remarkMs = bestOf(remark, 3, 1) * (vault.length / subset.length);
    report("remark + remark-gfm (500 notes, scaled to 5,000)", fmt(remarkMs));
    report("speed-up over remark", `${(remarkMs / full).toFixed(1)}×`, "≥ 10×");
    record("remarkMs", remarkMs);

    const small = updater(generateVault({ notes: 2000, seed: 2 }));
    const large = updater(generateVault({ notes: 20000, seed: 2 }));
    collectGarbage();
    updateTimes(small, large, 500);
    const [smallMs, largeMs] = updateTimes(small, large, 4000);
    report(`one-note update, ${small.index.size.notes} notes (median)`, fmt(smallMs), "< 1 ms");
    report(`one-note update, ${large.index.size.notes} notes (median)`, fmt(largeMs), "< 1 ms");
    report("ratio update 20k / 2k notes", `${(largeMs / smallMs).toFixed(2)}×`, "≤ 1.5×");
    record("updateMs2k", smallMs);
    record("updateMs20k", largeMs);

    // Dashboard model over the 5,000-note vault (~50k items).
    const note = vault.find((n) => n.path.startsWith("Projects/"))!;
    let day = 0;
    const fresh = bestOf(() => queryItems(index, `2025-06-${String(2 + (day++ % 27)).padStart(2, "0")}`, settings), 5, 1);
    queryItems(index, TODAY, settings);
    const warm = modelAfterChange(index, note, 51);
    const open = queryItems(index, TODAY, settings).counts.open;
    report(`dashboard model after one note changed (${index.size.items} items, ${open} open)`, fmt(warm), "< 10 ms");
    report("dashboard model, every item resolved anew (a new day)", fmt(fresh));
    record("queryMs", warm);

    const longLine = longLineMs();
    report("worst 100,000-character hostile task line (best of 5)", fmt(longLine), "< 50 ms");
    record("longLineMs", longLine);
  },
};

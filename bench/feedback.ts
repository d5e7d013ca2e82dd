// Feedback lint: time per block over many generated blocks, and the bytes the linter adds to main.js.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { lint } from "../src/core/feedback/lint";
import { findBlocks } from "../src/core/feedback/blocks";
import { HANDBOOK_EXAMPLE } from "../src/core/feedback/examples";
import { scanNote } from "../src/core/markdown/scanner";
import type { Benchmark } from "./list";
import { fmt, report } from "./timing";
import { rng } from "./vault-gen";

const FACTS = [
  HANDBOOK_EXAMPLE.facts,
  "You never test your code and your reviews are sloppy.",
  "In Tuesday's standup you said the release was blocked, but the board showed it green until Thursday.",
  "People say you are hard to reach, and apparently the demo went badly.",
  "On Friday you merged PR 412 without tests, and the nightly build failed at 02:00.",
];
const FEELINGS = [
  HANDBOOK_EXAMPLE.feelings,
  "I feel ignored. That was embarrassing for everyone.",
  "I was worried, because I had promised the date to finance, and I noticed Ana looked frustrated.",
  "I feel that you don't value my input.",
];
const OPTIONS = [HANDBOOK_EXAMPLE.options, "You should run the tests first. Why didn't you ask for help?", "What would help you flag a slip earlier? I value hearing about it early."];
const REQUESTS = [
  HANDBOOK_EXAMPLE.request,
  "Stop merging untested code. Be more careful.",
  "- Split PAY-312 by Wednesday\n- Never take more than three tickets\n- Update the board daily\n- Pair with Ana\n- Be more proactive",
  "Could you post an updated estimate in every sprint review, starting next sprint? Let's check in at our next 1:1.",
];

/** Notes with one to three feedback blocks each, in both forms, among ordinary 1:1 text. */
function generateNotes(count: number): { notes: string[]; blocks: number } {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const notes: string[] = [];
  let blocks = 0;
  for (let i = 0; i < count; i++) {
    const lines = ["---", "type: one-on-one", "person: \"[[Sam Ortiz]]\"", "date: 2024-03-07", "---", "# 1:1 with Sam", "", "## Agenda", "", "- Roadmap", "- [ ] Send the draft 📅 2024-03-14", ""];
    const n = 1 + Math.floor(r() * 3);
    for (let b = 0; b < n; b++) {
      blocks++;
      if (r() < 0.5) {
        lines.push(`## Feedback ${b + 1}`, "", "### Facts", "", pick(FACTS), "", "### Feelings", "", pick(FEELINGS), "", "### Options", "", pick(OPTIONS), "", "### Request", "", pick(REQUESTS), "");
      } else {
        const q = (s: string) => s.split("\n").join("\n> ");
        lines.push(`> [!feedback] Block ${b + 1}`, `> **Facts:** ${q(pick(FACTS))}`, `> **Feelings:** ${q(pick(FEELINGS))}`, `> **Options:** ${q(pick(OPTIONS))}`, `> **Request:** ${q(pick(REQUESTS))}`, "");
      }
    }
    lines.push("## Action items", "", "- [ ] Book the review @me", "");
    notes.push(lines.join("\n"));
  }
  return { notes, blocks };
}

function timeAll(notes: readonly string[], fn: (t: string) => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (const n of notes) fn(n);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

interface Bundle {
  kb: number;
  /** Output bytes per group of inputs, in KB. */
  groups: Record<string, number>;
}

const GROUPS: [string, string][] = [
  ["chrono-node", "chrono-node"],
  ["src/core/feedback/", "feedback core"],
  ["src/plugin/feedback/", "feedback plugin"],
  ["src/core/markdown/", "markdown scanner (shared)"],
];

/** Minified size of an entry bundled the way main.js is (cjs, es2018, browser, Obsidian's modules external). */
function bundle(dir: string, name: string, entry: { source: string } | { file: string }): Bundle {
  const out = path.join(dir, `${name}.js`);
  const meta = path.join(dir, `${name}.meta.json`);
  const esbuild = path.resolve("node_modules/.bin/esbuild");
  const external = ["obsidian", "electron", "@codemirror/*", "@lezer/*"].map((e) => `--external:${e}`);
  const args = ["--bundle", "--minify", "--format=cjs", "--target=es2018", "--platform=browser", ...external, `--outfile=${out}`, `--metafile=${meta}`, "--log-level=error"];
  // A source entry comes on stdin so that it resolves packages from the project folder.
  if ("file" in entry) execFileSync(esbuild, [entry.file, ...args]);
  else execFileSync(esbuild, ["--loader=ts", ...args], { input: entry.source, cwd: process.cwd() });
  const metafile = JSON.parse(readFileSync(meta, "utf8")) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  const groups: Record<string, number> = {};
  for (const o of Object.values(metafile.outputs)) {
    for (const [input, v] of Object.entries(o.inputs)) {
      const group = GROUPS.find(([prefix]) => input.includes(prefix))?.[1] ?? "other";
      groups[group] = (groups[group] ?? 0) + v.bytesInOutput / 1024;
    }
  }
  return { kb: statSync(out).size / 1024, groups };
}

const kb = (n: number | undefined) => `${(n ?? 0).toFixed(1)} KB`;

export const feedbackBenchmark: Benchmark = {
  name: "feedback",
  run() {
    const { notes, blocks } = generateNotes(2000);
    const lintMs = timeAll(notes, (t) => lint(t, { noteDate: "2024-03-07" }));
    const scanMs = timeAll(notes, (t) => scanNote(t));
    const findMs = timeAll(notes, (t) => findBlocks(t));
    const diagnostics = notes.reduce((n, t) => n + lint(t).length, 0);
    report(`lint ${blocks} blocks in ${notes.length} notes (${diagnostics} diagnostics)`, fmt(lintMs));
    report("lint time per feedback block", fmt(lintMs / blocks), "< 1 ms");
    report("  of which finding blocks and units (per block)", fmt(findMs / blocks));
    report("  line scan alone, the floor (per block)", fmt(scanMs / blocks));
    report("lint vs line scan", `${(lintMs / scanMs).toFixed(1)}×`);

    const src = path.resolve("src");
    const dir = mkdtempSync(path.join(tmpdir(), "feedback-bundle-"));
    try {
      const lintModule = JSON.stringify(path.join(src, "core/feedback/lint"));
      const linter = bundle(dir, "linter", { source: `export { lint, applyFix } from ${lintModule};\n` });
      const calendar = JSON.stringify(path.join(src, "plugin/feedback/calendar"));
      const track = JSON.stringify(path.join(src, "core/feedback/track"));
      const withChrono = bundle(dir, "with-chrono", { source: `export { lint, applyFix } from ${lintModule};\nexport { findTrackableRequests, trackEdit } from ${track};\nexport { chronoCalendar } from ${calendar};\n` });
      const allLocales = bundle(dir, "chrono-all-locales", { source: `export { casual } from "chrono-node";\n` });
      const main = bundle(dir, "main", { file: path.join(src, "main.ts") });
      const adds = (main.groups["feedback core"] ?? 0) + (main.groups["feedback plugin"] ?? 0);
      report("linter entry (lint + applyFix), minified, no date library", `${kb(linter.kb)} (of which shared scanner ${kb(linter.groups["markdown scanner (shared)"])})`);
      report("linter entry + track-as-action-item + chrono-node/en", `${kb(withChrono.kb)} (chrono-node ${kb(withChrono.groups["chrono-node"])})`);
      report("for comparison: chrono-node root import", kb(allLocales.kb));
      report("main.js total", kb(main.kb));
      report("  feedback modules in main.js (core + plugin)", `${kb(adds)} (${kb(main.groups["feedback core"])} + ${kb(main.groups["feedback plugin"])})`, "< 40 KB");
      report("  chrono-node in main.js", kb(main.groups["chrono-node"]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

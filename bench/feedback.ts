// Feedback lint: time per block over many generated blocks, the bytes the linter adds to main.js, and the vault-wide checks in the fake host.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { lint } from "../src/core/feedback/lint";
import { findBlocks } from "../src/core/feedback/blocks";
import { HANDBOOK_EXAMPLE } from "../src/core/feedback/examples";
import { scanNote } from "../src/core/markdown/scan-note";
import type { Benchmark } from "./list";
import { record } from "./results";
import { fmt, report } from "./timing";
import { rng } from "./vault-gen";
import { vaultChecks } from "./vault-checks";

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
  bytes: number;
  /** Output bytes per group of inputs. */
  groups: Record<string, number>;
  inputs: string[];
}

const GROUPS: [string, string][] = [
  ["chrono-node", "chrono-node"],
  ["core/feedback/", "feedback core"],
  ["plugin/feedback/", "feedback plugin"],
  ["core/markdown/", "markdown scanner (shared)"],
];

/** Minified size of an entry bundled as esbuild.config.mjs builds main.js (cjs, es2020, browser, DOCS false, Obsidian's modules external). */
function bundle(dir: string, name: string, source: string, cwd: string): Bundle {
  const out = path.join(dir, `${name}.js`);
  const meta = path.join(dir, `${name}.meta.json`);
  const esbuild = path.resolve("node_modules/.bin/esbuild");
  const external = ["obsidian", "electron", "@codemirror/*", "@lezer/*"].map((e) => `--external:${e}`);
  const args = ["--loader=ts", "--sourcefile=entry.ts", "--bundle", "--minify", "--format=cjs", "--target=es2020", "--platform=browser", "--define:DOCS=false", ...external, `--outfile=${out}`, `--metafile=${meta}`, "--log-level=error"];
  // The entry comes on stdin, resolved from cwd, so that a variant of src/main.ts can be measured without writing into src/.
  execFileSync(esbuild, args, { input: source, cwd });
  const metafile = JSON.parse(readFileSync(meta, "utf8")) as { inputs: Record<string, unknown>; outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  const groups: Record<string, number> = {};
  for (const o of Object.values(metafile.outputs)) {
    for (const [input, v] of Object.entries(o.inputs)) {
      const group = GROUPS.find(([prefix]) => input.includes(prefix))?.[1] ?? "other";
      groups[group] = (groups[group] ?? 0) + v.bytesInOutput;
    }
  }
  return { bytes: statSync(out).size, groups, inputs: Object.keys(metafile.inputs) };
}

/** src/main.ts with one feature's three wiring pieces removed; throws if main.ts no longer has them. */
function mainWithout(main: string, feature: string, cuts: readonly RegExp[]): string {
  let out = main;
  for (const cut of cuts) {
    if (!cut.test(out)) throw new Error(`bench: src/main.ts changed, cannot remove the ${feature} (${String(cut)})`);
    out = out.replace(cut, "");
  }
  return out;
}

const mainWithoutFeedback = (main: string) =>
  mainWithout(main, "feedback feature", [
    /^import \{[^}]*\} from "\.\/plugin\/feedback";\r?\n/m,
    /^\s*registerFeedback\(this\);\r?\n/m,
    /\s*\{ heading: "Feedback linter", render: feedbackSettings \},?/,
  ]);

const mainWithoutActionCheck = (main: string) =>
  mainWithout(main, "agreed-action check", [
    /^import \{[^}]*\} from "\.\/plugin\/action-check";\r?\n/m,
    /^\s*registerActionCheck\(this\);\r?\n/m,
    /\s*\{ heading: "Agreed actions", render: actionCheckSettings \},?/,
  ]);

const kb = (bytes: number | undefined) => `${((bytes ?? 0) / 1024).toFixed(1)} KB`;

/** What main.js would lose without the linter: size(main.js) − size(main.js built with the feedback feature removed). */
function bundleCost(): void {
  const src = path.resolve("src");
  const dir = mkdtempSync(path.join(tmpdir(), "feedback-bundle-"));
  try {
    const main = readFileSync(path.join(src, "main.ts"), "utf8");
    const full = bundle(dir, "main", main, src);
    const without = bundle(dir, "main-without-feedback", mainWithoutFeedback(main), src);
    const leftovers = without.inputs.filter((i) => /feedback\/|chrono-node/.test(i));
    if (leftovers.length) throw new Error(`bench: the build without the feedback feature still holds ${leftovers.join(", ")}`);
    const lost = full.bytes - without.bytes;
    const chrono = full.groups["chrono-node"] ?? 0;
    const allLocales = bundle(dir, "chrono-all-locales", `export { casual } from "chrono-node";\n`, src);
    report("method", "main.js minified − main.js minified without the feedback feature (DOCS false)");
    report("main.js (minified, as `npm run build` makes it)", kb(full.bytes));
    report("main.js without the feedback feature", kb(without.bytes));
    report("bytes main.js would lose without the feedback feature", kb(lost));
    report("  of which chrono-node/en (date library, counted apart)", kb(chrono));
    report("  the linter, date library aside", `${kb(lost - chrono)} (${lost - chrono} B)`, "< 40 KB");
    report("  feedback modules' own output (core + plugin)", `${kb((full.groups["feedback core"] ?? 0) + (full.groups["feedback plugin"] ?? 0))} (${kb(full.groups["feedback core"])} + ${kb(full.groups["feedback plugin"])})`);
    report("for comparison: chrono-node root import (all locales)", kb(allLocales.bytes));
    // The agreed-action check is its own feature: its bytes are not the feedback linter's, and are measured the same way.
    const noCheck = bundle(dir, "main-without-action-check", mainWithoutActionCheck(main), src);
    const checkLeft = noCheck.inputs.filter((i) => /action-check\//.test(i));
    if (checkLeft.length) throw new Error(`bench: the build without the agreed-action check still holds ${checkLeft.join(", ")}`);
    report("bytes main.js would lose without the agreed-action check", `${kb(full.bytes - noCheck.bytes)} (${full.bytes - noCheck.bytes} B)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const feedbackBenchmark: Benchmark = {
  name: "feedback",
  async run() {
    const { notes, blocks } = generateNotes(2000);
    const lintMs = timeAll(notes, (t) => lint(t, { noteDate: "2024-03-07" }));
    const scanMs = timeAll(notes, (t) => scanNote(t));
    const findMs = timeAll(notes, (t) => findBlocks(t));
    const diagnostics = notes.reduce((n, t) => n + lint(t).length, 0);
    report(`lint ${blocks} blocks in ${notes.length} notes (${diagnostics} diagnostics)`, fmt(lintMs));
    report("lint time per feedback block", fmt(lintMs / blocks), "< 1 ms");
    record("lintMsPerBlock", lintMs / blocks);
    report("  of which finding blocks and units (per block)", fmt(findMs / blocks));
    report("  line scan alone, the floor (per block)", fmt(scanMs / blocks));
    report("lint vs line scan", `${(lintMs / scanMs).toFixed(1)}×`);

    bundleCost();
    await vaultChecks(notes.slice(0, 1000));
  },
};

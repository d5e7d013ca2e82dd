// Writes docs/feedback-rules.md and docs/action-rules.md from the rules' metadata: `node scripts/gen-rule-docs.mjs` (add --check to only compare).
import esbuild from "esbuild";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

/** Bundles a docs module with DOCS true (rule examples compiled in) and returns its exports. */
async function load(entry) {
  const dir = mkdtempSync(join(tmpdir(), "rule-docs-"));
  const out = join(dir, "docs.cjs");
  try {
    await esbuild.build({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "error", define: { DOCS: "true" } });
    return createRequire(import.meta.url)(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const targets = [
  ["docs/feedback-rules.md", (await load("src/core/feedback/docs.ts")).renderRuleDocs()],
  ["docs/action-rules.md", (await load("src/core/action-check/docs.ts")).renderActionRuleDocs()],
];
let drift = false;
for (const [target, text] of targets) {
  if (process.argv.includes("--check")) {
    let current = "";
    try { current = readFileSync(target, "utf8"); } catch { /* missing counts as drift */ }
    if (current !== text) {
      console.error(`${target} is out of date: run node scripts/gen-rule-docs.mjs`);
      drift = true;
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
if (drift) process.exit(1);

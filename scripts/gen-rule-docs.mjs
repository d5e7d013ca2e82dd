// Writes docs/feedback-rules.md from the rules' metadata: `node scripts/gen-rule-docs.mjs` (add --check to only compare).
import esbuild from "esbuild";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const dir = mkdtempSync(join(tmpdir(), "rule-docs-"));
const out = join(dir, "docs.cjs");
await esbuild.build({ entryPoints: ["src/core/feedback/docs.ts"], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "error", define: { DOCS: "true" } });
const { renderRuleDocs } = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });
const text = renderRuleDocs();
const target = "docs/feedback-rules.md";
if (process.argv.includes("--check")) {
  let current = "";
  try { current = readFileSync(target, "utf8"); } catch { /* missing counts as drift */ }
  if (current !== text) {
    console.error(`${target} is out of date: run node scripts/gen-rule-docs.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}

// `npm run conformance -- <recorded.json> [--catalogue <rules.md>]`: bundles scripts/conformance/check.ts and runs it; exit 1 on any disagreement.
import esbuild from "esbuild";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "conformance-"));
const out = join(dir, "check.cjs");
await esbuild.build({ entryPoints: ["scripts/conformance/check.ts"], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "error", define: { DOCS: "false" } });
const { runConformance } = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });
process.exitCode = runConformance(process.argv.slice(2), (p) => readFileSync(p, "utf8"), (line) => console.log(line));

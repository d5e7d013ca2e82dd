// `npm run lint-score -- <folder>… [--note-date YYYY-MM-DD]`: precision and recall of the feedback linter on notes
// that state their expected findings; bundles scripts/lint-score/score.ts and runs it. Exit 2 when no note states any.
import esbuild from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const at = args.indexOf("--note-date");
const noteDate = at === -1 ? "2024-01-01" : args[at + 1];
const folders = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--note-date");
if (folders.length === 0) {
  console.error("Usage: npm run lint-score -- <folder>… [--note-date YYYY-MM-DD]");
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), "lint-score-"));
const out = join(dir, "score.cjs");
await esbuild.build({ entryPoints: ["scripts/lint-score/score.ts"], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "error", define: { DOCS: "false" } });
const { scoreNotes, scoreReport } = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });
const notes = folders.flatMap((f) =>
  readdirSync(f).filter((n) => n.endsWith(".md")).sort().map((n) => ({ name: join(f, n), text: readFileSync(join(f, n), "utf8") })),
);
const labelled = notes.filter((n) => /<!--\s*expect:/.test(n.text));
if (labelled.length === 0) {
  console.error(`No note in ${folders.join(", ")} states its expected findings (<!-- expect: rule-id@line … --> or "none").`);
  process.exit(2);
}
for (const line of scoreReport(scoreNotes(labelled, noteDate))) console.log(line);

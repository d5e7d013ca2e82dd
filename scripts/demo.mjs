// `npm run demo`: builds the plugin and the CLI, makes a fresh demo-vault/ from examples/vault with its dates moved so
// that its "today" is the real today, installs the plugin into it and summarises it with the CLI.
// Options: --out DIR (default demo-vault), --today YYYY-MM-DD (default: this machine's date), --no-build.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { daysBetween, shiftPath, shiftText } from "./demo/shift-dates.mjs";

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
};
const source = "examples/vault";
const out = option("out") ?? "demo-vault";
const pad = (n) => String(n).padStart(2, "0");
const now = new Date();
const today = option("today") ?? `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const fixedToday = JSON.parse(readFileSync("examples/expected.json", "utf8")).today;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(daysBetween(fixedToday, today))) {
  console.error(`demo: --today must be YYYY-MM-DD, got ${today}`);
  process.exit(2);
}
if (resolve(out) === resolve(source) || !relative(resolve(source), resolve(out)).startsWith("..")) {
  console.error("demo: the demo vault must not be inside examples/vault");
  process.exit(2);
}
if (!argv.includes("--no-build")) {
  console.log("Building the plugin and the CLI…");
  run("npm", ["run", "--silent", "build"]);
  run("node", ["esbuild.config.mjs", "cli", "--quiet"]);
}
for (const f of ["main.js", "dist/cli.js"]) {
  if (!existsSync(f)) {
    console.error(`demo: ${f} is missing; run npm run build and npm run build:cli (or drop --no-build)`);
    process.exit(2);
  }
}

// A fresh copy every time: whatever the last demo wrote is gone, examples/vault is never touched.
const days = daysBetween(fixedToday, today);
const year = Number(fixedToday.slice(0, 4));
rmSync(out, { recursive: true, force: true });
let notes = 0;
const copy = (rel) => {
  for (const name of readdirSync(join(source, rel))) {
    const from = rel ? `${rel}/${name}` : name;
    if (statSync(join(source, from)).isDirectory()) {
      copy(from);
      continue;
    }
    const to = join(out, shiftPath(from, days));
    mkdirSync(dirname(to), { recursive: true });
    if (name.endsWith(".md")) {
      writeFileSync(to, shiftText(readFileSync(join(source, from), "utf8"), days, year), "utf8");
      notes++;
    } else copyFileSync(join(source, from), to);
  }
};
copy("");
const pluginDir = join(out, ".obsidian", "plugins", "one-on-one");
mkdirSync(pluginDir, { recursive: true });
for (const f of ["main.js", "manifest.json", "styles.css"]) copyFileSync(f, join(pluginDir, f));
console.log(`Made ${out}/ from ${source} (${notes} notes, dates moved ${days} days so that today is ${today}) with the plugin installed.`);
console.log(`Open the folder ${out} as a vault in Obsidian and enable "One-on-one" under Community plugins.\n`);

const cli = (args) => {
  try {
    return execFileSync("node", ["dist/cli.js", ...args], { encoding: "utf8" });
  } catch (e) {
    // lint exits 1 when it finds errors: its output is still the summary we want
    if (e.stdout) return e.stdout;
    throw e;
  }
};
console.log("== Open action items ==");
process.stdout.write(cli(["actions", out, "--today", today]));
console.log("\n== 1:1s by cadence ==");
process.stdout.write(cli(["due", out, "--today", today]));
console.log("\n== Feedback check ==");
const diagnostics = JSON.parse(cli(["lint", out, "--json", "--today", today]));
const byNote = new Map();
for (const d of diagnostics) byNote.set(d.path, (byNote.get(d.path) ?? 0) + 1);
for (const [path, n] of byNote) console.log(`${String(n).padStart(3)}  ${path}`);
console.log(`${diagnostics.length} findings in ${byNote.size} notes. Details: npm run --silent cli -- lint ${out}`);

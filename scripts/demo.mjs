// `npm run demo`: build the plugin, install it into the example vault, then summarise the vault with the CLI.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, existsSync, statSync } from "node:fs";

const vault = "examples/vault";
const pluginDir = `${vault}/.obsidian/plugins/one-on-one`;
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: "inherit", ...opts });

console.log("Building the plugin…");
run("npm", ["run", "--silent", "build"]);
run("node", ["esbuild.config.mjs", "cli", "--quiet"]);
mkdirSync(pluginDir, { recursive: true });
for (const f of ["main.js", "manifest.json", "styles.css"]) copyFileSync(f, `${pluginDir}/${f}`);
console.log(`Installed into ${pluginDir} (main.js ${(statSync("main.js").size / 1024).toFixed(1)} KB).`);
console.log(`Open the folder ${vault} as a vault in Obsidian and enable "One-on-one" under Community plugins.\n`);

const cli = (args) => {
  try {
    return execFileSync("node", ["dist/cli.js", ...args], { encoding: "utf8" });
  } catch (e) {
    // lint exits 1 when it finds errors: its output is still the summary we want
    if (e.stdout) return e.stdout;
    throw e;
  }
};
const has = (name) => cli(["--help"]).split("\n").some((l) => l.trim().startsWith(name + " "));

if (!existsSync(vault)) process.exit(0);
if (has("actions")) {
  console.log("== Open action items ==");
  process.stdout.write(cli(["actions", vault]));
}
if (has("due")) {
  console.log("\n== 1:1s by cadence ==");
  process.stdout.write(cli(["due", vault]));
}
if (has("lint")) {
  console.log("\n== Feedback check ==");
  const diagnostics = JSON.parse(cli(["lint", vault, "--json"]));
  const byNote = new Map();
  for (const d of diagnostics) byNote.set(d.path, (byNote.get(d.path) ?? 0) + 1);
  for (const [path, n] of byNote) console.log(`${String(n).padStart(3)}  ${path}`);
  console.log(`${diagnostics.length} findings in ${byNote.size} notes. Details: npm run --silent cli -- lint ${vault}`);
}

// `prepare` (npm ci, npm install, npm pack, npm i -g .): builds dist/cli.js, the `one-on-one` command.
// `npm i -g .` from a fresh clone links the folder without installing its devDependencies, so install them first from the lock file.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("node_modules/esbuild")) {
  // The lifecycle environment says "global, into <prefix>"; this install is local to the checkout.
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_(global|prefix|location)$/i.test(k)) delete env[k];
  console.error("one-on-one: installing build tools from package-lock.json to build dist/cli.js…");
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { stdio: ["ignore", "inherit", "inherit"], env });
}
execFileSync("node", ["esbuild.config.mjs", "cli", "--quiet"], { stdio: "inherit" });

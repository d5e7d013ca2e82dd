// Builds the plugin (production/dev), the CLI and the benchmark from one config.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { copyFileSync, mkdirSync } from "node:fs";

const mode = process.argv[2] ?? "production";
const quiet = process.argv.includes("--quiet");
const obsidianProvided = [
  "obsidian", "electron",
  "@codemirror/autocomplete", "@codemirror/collab", "@codemirror/commands", "@codemirror/language",
  "@codemirror/lint", "@codemirror/search", "@codemirror/state", "@codemirror/view",
  "@lezer/common", "@lezer/highlight", "@lezer/lr",
  ...builtinModules, ...builtinModules.map((m) => `node:${m}`),
];
// Dev builds go to the demo vault (npm run demo makes it); examples/vault is a test fixture and is never written.
const pluginDir = "demo-vault/.obsidian/plugins/one-on-one";
const logLevel = quiet ? "error" : "info";
// DOCS is a compile-time constant: rule examples are documentation, so builds drop them (vitest and the docs generator set it true).
const define = { DOCS: "false" };

function installIntoVault() {
  mkdirSync(pluginDir, { recursive: true });
  for (const f of ["manifest.json", "styles.css"]) copyFileSync(f, `${pluginDir}/${f}`);
}

if (mode === "production" || mode === "dev") {
  const dev = mode === "dev";
  if (dev) installIntoVault();
  const ctx = await esbuild.context({
    entryPoints: ["src/main.ts"],
    bundle: true,
    external: obsidianProvided,
    format: "cjs",
    // es2020 keeps ?. and ?? as written (down-levelled they cost ~3 KB); iOS 13.4+ and every desktop Electron Obsidian ships run it.
    target: "es2020",
    platform: "browser",
    logLevel,
    sourcemap: dev ? "inline" : false,
    treeShaking: true,
    define,
    minify: !dev,
    charset: "utf8",
    metafile: true,
    outfile: dev ? `${pluginDir}/main.js` : "main.js",
  });
  if (dev) await ctx.watch();
  else { await ctx.rebuild(); await ctx.dispose(); }
} else if (mode === "cli" || mode === "bench") {
  await esbuild.build({
    entryPoints: [mode === "cli" ? "src/cli/bin.ts" : "bench/main.ts"],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel,
    define,
    banner: mode === "cli" ? { js: "#!/usr/bin/env node" } : undefined,
    external: mode === "bench" ? ["remark", "remark-gfm", "esbuild", "playwright-core", "happy-dom"] : [],
    // The start-up benchmark runs the plugin's index in the fake host that the tests own.
    alias: mode === "bench" ? { obsidian: "./tests/fakes/obsidian.ts" } : undefined,
    outfile: mode === "cli" ? "dist/cli.js" : "dist/bench.js",
  });
} else if (mode === "install") {
  installIntoVault();
} else {
  console.error(`unknown build mode: ${mode}`);
  process.exit(2);
}

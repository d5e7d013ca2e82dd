// What the builds require at run time: main.js only what Obsidian provides; dist/cli.js nothing outside Node (moment bundled in).
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
function requires(file: string): string[] {
  const abs = path.join(ROOT, file);
  if (!existsSync(abs)) throw new Error(`${file} is missing: npm test builds it (npm run build && npm run build:cli)`);
  return [...new Set([...readFileSync(abs, "utf8").matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].sort();
}

describe("run-time requires", () => {
  it("main.js requires only obsidian and @codemirror/* (Obsidian's moment, never a bundled or required one)", () => {
    const found = requires("main.js");
    expect(found).toContain("obsidian");
    for (const r of found) expect(r, r).toMatch(/^(obsidian|@codemirror\/[a-z]+)$/);
  });

  // moment is a devDependency: were it required rather than bundled, a global install would fail to load it.
  it("dist/cli.js requires only Node built-ins: moment and the core are bundled", () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const r of requires("dist/cli.js")) expect(builtins.has(r), r).toBe(true);
  });
});

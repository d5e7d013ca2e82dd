// Every command the README shows is run: the CLI examples on a fresh demo vault made by scripts/demo.mjs, the rest by the test named beside it.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const CLI_PREFIX = "npm run --silent cli -- ";

/** Commands that are not CLI examples, and where each is exercised. */
const ELSEWHERE: Record<string, string> = {
  "npm ci && npm run demo": "this file runs scripts/demo.mjs; npm ci is the install",
  "npm test": "the suite itself",
  "npm i -g .": "tests/install.test.ts",
  "one-on-one --version": "tests/install.test.ts",
  "npm run dev": "esbuild watch mode: same config as npm run build",
  "npm run build": "npm test runs it",
  "npm run bench": "bench/, run by hand",
  "npm run bench -- vault --vault <dir>": "bench/real-vault.ts, run by hand on a folder outside the repo",
  "npm run conformance -- <recorded.json>": "tests/scripts/conformance.test.ts on a fixture",
  "npm run lint-score -- <folder>": "tests/scripts/lint-score.test.ts",
};

/** Splits a shell line into words: double quotes group, a `#` outside quotes starts a comment. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur: string | null = null;
  let quoted = false;
  for (const ch of line) {
    if (quoted) {
      if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') {
      quoted = true;
      cur ??= "";
    } else if (ch === "#" && cur === null) break;
    else if (ch === " " || ch === "\t") {
      if (cur !== null) words.push(cur);
      cur = null;
    } else cur = (cur ?? "") + ch;
  }
  if (quoted) throw new Error(`unclosed quote in: ${line}`);
  if (cur !== null) words.push(cur);
  return words;
}

/** Every command line in the README's ```sh blocks, without its comment. */
function readmeCommands(): string[] {
  const blocks = [...README.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  return blocks.flatMap((b) => b.split("\n")).map(withoutComment).filter((l) => l !== "");
}

/** The line up to a `#` outside double quotes, trimmed. */
function withoutComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === "#" && !quoted) return line.slice(0, i).trim();
  }
  return line.trim();
}

/** sha256 of every file under a folder, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else out[r] = createHash("sha256").update(readFileSync(path.join(dir, r))).digest("hex");
    }
  };
  walk("");
  return out;
}

const cliLines = readmeCommands().filter((l) => l.startsWith(CLI_PREFIX));
let work = "";
let examplesBefore: Record<string, string> = {};

beforeAll(() => {
  for (const f of ["main.js", "dist/cli.js"]) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: npm test builds it (npm run build && npm run build:cli)`);
  }
  examplesBefore = snapshot(path.join(ROOT, "examples"));
  work = mkdtempSync(path.join(tmpdir(), "one-on-one-readme-"));
  execFileSync("node", ["scripts/demo.mjs", "--no-build", "--out", path.join(work, "demo-vault")], { cwd: ROOT, encoding: "utf8" });
}, 60000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("README commands", () => {
  it("shows CLI examples, and every other command is covered somewhere named", () => {
    expect(cliLines.length).toBeGreaterThanOrEqual(8);
    const others = readmeCommands().filter((l) => !l.startsWith(CLI_PREFIX));
    for (const l of others) expect(ELSEWHERE[l], `README command not run by any test: ${l}`).toBeDefined();
  });

  it("npm run demo made a vault whose today is the real today, with the plugin installed", () => {
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    expect(existsSync(path.join(work, "demo-vault", "Daily", `${today}.md`))).toBe(true);
    for (const f of ["main.js", "manifest.json", "styles.css", "data.json"]) expect(existsSync(path.join(work, "demo-vault/.obsidian/plugins/one-on-one", f)), f).toBe(true);
  });

  // One test, in README order: the write examples see what the earlier ones left, as a reader's terminal would.
  it("runs every CLI example on the demo vault, each exiting as documented with nothing on stderr", () => {
    for (const line of cliLines) {
      const args = shellWords(line.slice(CLI_PREFIX.length));
      const r = spawnSync("node", [path.join(ROOT, "dist/cli.js"), ...args], { cwd: work, encoding: "utf8" });
      // lint exits 1 when it finds errors, and the demo vault has feedback written to show them.
      const allowed = args[0] === "lint" ? [0, 1] : [0];
      expect(allowed, `${line}\n${r.stdout}\n${r.stderr}`).toContain(r.status);
      expect(r.stderr, line).toBe("");
      expect(r.stdout.trim().length, line).toBeGreaterThan(0);
      if (args[0] === "complete") expect(r.stdout).toMatch(/^Completed: /);
      if (args[0] === "cancel") expect(r.stdout).toMatch(/^Cancelled: /);
      if (args[0] === "new") expect(r.stdout).toMatch(/^Created /);
    }
  });

  it("left examples/ byte for byte as it was", () => {
    expect(snapshot(path.join(ROOT, "examples"))).toEqual(examplesBefore);
  });
});

// The package as npm installs it: `npm pack` (dist/cli.js as npm test built it; prepare rebuilds it on a real pack), then a global install into a temp prefix gives a working `one-on-one`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "one-on-one-install-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm pack + npm i -g", () => {
  it("is packed from a built CLI", () => {
    expect(existsSync(path.join(ROOT, "dist/cli.js")), "dist/cli.js is missing: npm test builds it (npm run build:cli)").toBe(true);
  });

  it("installs a one-on-one command that runs from anywhere, with no runtime dependencies to fetch", () => {
    const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = packed[0].files.map((f) => f.path);
    expect(files).toContain("dist/cli.js");
    expect(files).not.toContain("main.js");
    const prefix = path.join(work, "prefix");
    // --offline: the package must install from its tarball alone.
    execFileSync("npm", ["install", "-g", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, path.join(work, packed[0].filename)], { encoding: "utf8", stdio: "ignore" });
    const bin = process.platform === "win32" ? path.join(prefix, "one-on-one.cmd") : path.join(prefix, "bin", "one-on-one");
    const version = JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8")).version as string;
    expect(execFileSync(bin, ["--version"], { cwd: work, encoding: "utf8" }).trim()).toBe(version);
    const due = execFileSync(bin, ["due", path.join(ROOT, "examples/vault"), "--today", "2026-11-25"], { cwd: work, encoding: "utf8" });
    expect(due).toMatch(/^Person\s+Cadence/);
  }, 120000);
});

// `npm version minor` in a copy of the release files: manifest.json and versions.json follow, in the version commit, tagged with the bare version.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "one-on-one-version-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { ...process.env, GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "test@example.com", GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "test@example.com" };
const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env, encoding: "utf8" }).trim();
const json = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;

describe("npm version", () => {
  it("bumps manifest.json and versions.json, commits them, and tags the bare version", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; scripts: Record<string, string> };
    const manifest = JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8")) as { version: string; minAppVersion: string };
    expect(manifest.version).toBe(pkg.version);
    // Only what the version lifecycle touches: the repo's own script, .npmrc and release files.
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "one-on-one", version: "0.1.0", private: true, scripts: { version: pkg.scripts.version } }, null, 2));
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ ...manifest, version: "0.1.0" }, null, 2) + "\n");
    writeFileSync(path.join(dir, "versions.json"), JSON.stringify({ "0.1.0": manifest.minAppVersion }) + "\n");
    mkdirSync(path.join(dir, "scripts"));
    copyFileSync(path.join(ROOT, "scripts/version-bump.mjs"), path.join(dir, "scripts/version-bump.mjs"));
    copyFileSync(path.join(ROOT, ".npmrc"), path.join(dir, ".npmrc"));
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "start");

    execFileSync("npm", ["version", "minor"], { cwd: dir, env, encoding: "utf8", stdio: "pipe" });

    expect(json("package.json").version).toBe("0.2.0");
    expect(json("manifest.json").version).toBe("0.2.0");
    expect(json("versions.json")).toEqual({ "0.1.0": manifest.minAppVersion, "0.2.0": manifest.minAppVersion });
    expect(git("tag")).toBe("0.2.0");
    expect(git("show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual(["manifest.json", "package.json", "versions.json"]);
    expect(git("status", "--porcelain")).toBe("");
  });
});

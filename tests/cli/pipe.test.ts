// The built command behind a pipe whose reader stops early (`… --json | head`): no stack trace, exit 0.
// @vitest-environment node
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeVault } from "./cli-harness";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");

describe("CLI output into a closed pipe", () => {
  it("stops quietly when the reader goes away", async () => {
    expect(existsSync(CLI), "dist/cli.js is built by `npm run build:cli` (part of npm test)").toBe(true);
    const lines = Array.from({ length: 20000 }, (_, i) => `- [ ] item ${i} @me 📅 2026-12-01`).join("\n");
    const vault = writeVault({ "People/Sam.md": "# Sam\n", "Tasks.md": lines + "\n" });
    const child = spawn(process.execPath, [CLI, "actions", vault, "--json", "--today", "2026-12-04"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    // Read one chunk, then close our end, as `head -c` does.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(err).not.toMatch(/EPIPE|at \w+ \(/);
    expect(code).toBe(0);
  });
});

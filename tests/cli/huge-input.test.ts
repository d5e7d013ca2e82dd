// The two bad inputs of issue 10's catalogue that are about size: a 5 MB note and 10,000-deep nesting, through the built command.
// @vitest-environment node
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeVault } from "./cli-harness";

const CLI = join(__dirname, "..", "..", "dist", "cli.js");
const TODAY = "2026-12-04";

function run(...argv: string[]): { code: number; out: string; err: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [CLI, ...argv], { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] }), err: "" };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}

describe("huge inputs (built CLI)", () => {
  it("a 5 MB note: every task read, one completed, every other byte kept", () => {
    expect(existsSync(CLI), "dist/cli.js is built by `npm run build:cli` (part of npm test)").toBe(true);
    const lines: string[] = [];
    for (let i = 0; i < 80000; i++) lines.push(i % 4 === 0 ? `- [ ] task ${i} for the quarterly plan @me 📅 2026-12-10` : `Prose line ${i}, with a [[link]] and a #tag, about nothing in particular.`);
    const text = "\uFEFF" + lines.join("\r\n") + "\r\n";
    expect(Buffer.byteLength(text)).toBeGreaterThan(5_000_000);
    const vault = writeVault({ "People/Sam Lee.md": "# Sam\n", "Big.md": text });
    const listed = run("actions", vault, "--json", "--today", TODAY);
    expect(listed.code, listed.err).toBe(0);
    expect((JSON.parse(listed.out) as unknown[]).length).toBe(20000);
    const target = lines[40000];
    const done = run("complete", vault, "Big.md:40001", "--expect", target, "--today", TODAY);
    expect(done.code, done.err).toBe(0);
    const after = readFileSync(join(vault, "Big.md"), "utf8");
    expect(after).toBe(text.replace(`\r\n${target}\r\n`, `\r\n${target.replace("- [ ]", "- [x]")} ✅ ${TODAY}\r\n`));
  });

  it("10,000-deep nesting (list markers, blockquotes, brackets): read without a crash, in order", () => {
    const deep = [
      "- ".repeat(10000) + "[ ] deepest list item",
      ">".repeat(10000) + " - [ ] deepest quoted item",
      "- [ ] " + "[".repeat(10000) + "x" + "]".repeat(10000) + " brackets",
      "- [ ] " + "(".repeat(10000) + " parens 📅 2026-12-10",
      "- [ ] plain item after them",
    ].join("\n");
    const vault = writeVault({ "People/Sam Lee.md": "# Sam\n", "Deep.md": deep + "\n" });
    const r = run("actions", vault, "--json", "--today", TODAY);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/Maximum call stack|\n\s+at /);
    const items = JSON.parse(r.out) as { line: number; text: string }[];
    expect(items.map((i) => i.line)).toContain(5);
    expect(items.find((i) => i.line === 5)?.text).toBe("plain item after them");
    const lint = run("lint", vault, "--today", TODAY);
    expect(lint.err).not.toMatch(/Maximum call stack|\n\s+at /);
    expect([0, 1]).toContain(lint.code);
  });
});

// `npm run conformance`: a small recording passes, a doctored one and a doctored catalogue exit 1 with the disagreements named.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/core/feedback/rules";

const FIXTURES = "tests/scripts/fixtures";
const tmp = mkdtempSync(join(tmpdir(), "conformance-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the real command as `npm run conformance` does; returns its exit code and output. */
function conformance(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync("node", ["scripts/conformance.mjs", ...args], { encoding: "utf8" }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
}

/** A catalogue table with every rule in code at its severity (as /shared's catalogue lays it out). */
function catalogue(edit: (id: string, severity: string) => string | null = (_id, s) => s): string {
  const rows = RULES.map((r) => [r.id, edit(r.id, r.severity)] as const).filter(([, s]) => s !== null);
  return ["| id | fires when | severity | fix |", "|---|---|---|---|", ...rows.map(([id, s]) => `| ${id} | something | ${s} | – |`)].join("\n") + "\n";
}

describe("npm run conformance", () => {
  it("exits 0 on a recording the parser and the fake cache agree with", () => {
    const r = conformance(`${FIXTURES}/recorded-small.json`);
    expect(r.out).toContain("4 notes, 0 disagreements");
    expect(r.code).toBe(0);
  });

  it("exits 1 on a doctored recording and names each disagreement, for the parser and the fake cache", () => {
    const r = conformance(`${FIXTURES}/recorded-doctored.json`);
    expect(r.code).toBe(1);
    expect(r.out).toContain("4 notes, 4 disagreements");
    expect(r.out).toContain("parser     statuses and numbers: Obsidian 1[x] 2[x] 3[/] 4[ ], parser 1[x] 2[-] 3[/] 4[ ]");
    expect(r.out).toContain("fake cache not tasks: Obsidian 2[ ], fake none");
  });

  it("checks a catalogue's ids and severities against the rules in code", () => {
    const good = join(tmp, "good.md");
    writeFileSync(good, catalogue());
    expect(conformance("--catalogue", good).code).toBe(0);

    const [first, second] = RULES;
    const bad = join(tmp, "bad.md");
    writeFileSync(bad, catalogue((id, s) => (id === first.id ? null : id === second.id ? (s === "error" ? "hint" : "error") : s)) + "| any/made-up | x | info | – |\n");
    const r = conformance("--catalogue", bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`rule ${first.id} is in code but not in the catalogue`);
    expect(r.out).toContain(`rule ${second.id}: code says ${second.severity}`);
    expect(r.out).toContain("rule any/made-up is in the catalogue but not in code");
  });

  it("exits 2, not 0, on a missing file or no arguments", () => {
    expect(conformance(`${FIXTURES}/no-such.json`).code).toBe(2);
    expect(conformance().code).toBe(2);
  });
});

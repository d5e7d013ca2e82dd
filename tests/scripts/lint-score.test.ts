// `npm run lint-score`: precision and recall on notes that state their expectations, counted by rule id and line.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scoreNotes } from "../../scripts/lint-score/score";

const tmp = mkdtempSync(join(tmpdir(), "lint-score-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]): { code: number; out: string; err: string } {
  try {
    return { code: 0, out: execFileSync("node", ["scripts/lint-score.mjs", ...args], { encoding: "utf8", stdio: "pipe" }), err: "" };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}

// A vague request and a missing date, as the fixture notes write them.
const NOTE = `## Feedback for Sam

- Facts: On Tuesday's release call you shared the rollback plan two minutes before the deploy.
- Feelings: I felt anxious.
- Options: Would you be open to sharing it a day earlier?
- Request: Please be better at communication.
`;

describe("npm run lint-score", () => {
  it("counts a found expectation, an unexpected finding and a missed one per rule", () => {
    const found = scoreNotes([{ name: "a.md", text: NOTE }], "2024-01-01");
    const ids = found.misses.flatMap((m) => m.extra);
    expect(ids.length).toBeGreaterThan(0);
    // Expect exactly what the linter finds: all true positives.
    const exact = `${NOTE}\n<!-- expect: ${ids.join(" ")} -->\n`;
    expect(scoreNotes([{ name: "a.md", text: exact }], "2024-01-01").all).toEqual({ tp: ids.length, fp: 0, fn: 0 });
    // Drop one expectation and add a wrong one: one false positive, one false negative.
    const doctored = `${NOTE}\n<!-- expect: ${[...ids.slice(1), "feelings/judgement@2"].join(" ")} -->\n`;
    const s = scoreNotes([{ name: "a.md", text: doctored }], "2024-01-01");
    expect(s.all).toEqual({ tp: ids.length - 1, fp: 1, fn: 1 });
    expect(s.perRule.get("feelings/judgement")).toMatchObject({ fn: 1 });
    expect(s.misses).toEqual([{ note: "a.md", extra: [ids[0]], missing: ["feelings/judgement@2"] }]);
  });

  it("prints the table for a folder, and exits 2 when no note states its expectations", () => {
    const dir = join(tmp, "notes");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "plain.md"), NOTE);
    const none = run(dir);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/states its expected findings/);
    const ids = scoreNotes([{ name: "x", text: NOTE }], "2024-01-01").misses[0].extra;
    writeFileSync(join(dir, "labelled.md"), `${NOTE}\n<!-- expect: ${ids.join(" ")} -->\n`);
    const ok = run(dir);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("1 notes");
    expect(ok.out).toMatch(/\| \*\*all\*\* \| \d+ \| 0 \| 0 \| 1\.00 \| 1\.00 \|/);
    expect(run().code).toBe(2);
  });
});

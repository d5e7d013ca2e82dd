// Hostile long lines: every reader is linear in the line length (issue 10, item 8). The speed target itself
// (longLineMs < 50) is measured by `npm run bench`; here a generous budget only catches a return to quadratic
// time (before the fix, 100,000 unclosed `<!--` took 74 s and 50,000 `[due:: ` took 16 s).
import { describe, expect, it } from "vitest";
import { parseActions } from "../../../src/core/actions/parse";
import { lint } from "../../../src/core/feedback/lint";
import { scanNote } from "../../../src/core/markdown/scan-note";
import { plainLinks } from "../../../src/core/agenda/share";

const LENGTH = 100_000;
/** A budget a linear reader meets hundreds of times over on a loaded machine, and a quadratic one misses by far. */
const BUDGET_MS = 1500;
const PATTERNS = ["<!--", "[due:: ", "(due:: ", "`", "`a", "`a``b```", "%%`", "[[", "[[a|", "@[[", "![[", "[", "“", "‘x", "'a ", "🔁 every day ", "📅 ", " "];

const hostile = (p: string) => p.repeat(Math.ceil(LENGTH / p.length)).slice(0, LENGTH);

function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

describe.each(PATTERNS)("a 100,000-character line of %j", (p) => {
  const body = hostile(p);

  it("parses as a task line in linear time, and the task after it is still found", () => {
    const note = `- [ ] first ${body}\n- [ ] after the long line\n`;
    const { value, ms } = timed(() => parseActions("long.md", note));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(value.at(-1)?.text).toBe("after the long line");
  });

  it("scans and lints inside a feedback block in linear time", () => {
    const note = `## Feedback\n\n### Facts\n\n${body}\n\n- [ ] ${body}\n\n### Request\n\nPlease send it by Friday.\n`;
    expect(timed(() => scanNote(note)).ms).toBeLessThan(BUDGET_MS);
    const { value, ms } = timed(() => lint(note, { noteDate: "2026-01-01" }));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(Array.isArray(value)).toBe(true);
  });

  it("turns links into plain text for a shared agenda in linear time", () => {
    expect(timed(() => plainLinks(body)).ms).toBeLessThan(BUDGET_MS);
  });
});

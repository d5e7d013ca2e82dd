// Every fixture note carries its expected findings inline: <!-- expect: rule-id@line … --> (or "none").
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { applyFix, lint } from "../../../src/core/feedback/lint";
import type { Diagnostic } from "../../../src/core/feedback/types";
import { expectedFindings } from "../../../scripts/lint-score/score";

const DIR = join(__dirname, "fixtures");
/** Notes written by hand in two sets, labelled from the rule catalogue before the linter saw them: A was used to find causes, B held out until A's fixes were in. */
const SETS = ["gen-a", "gen-b"];
const mds = (dir: string) => readdirSync(join(DIR, dir)).filter((f) => f.endsWith(".md")).sort().map((f) => join(dir, f));
const FIXTURES = [...mds("."), ...SETS.flatMap(mds)];

const expectations = (text: string): string[] => expectedFindings(text).sort();

const found = (ds: Diagnostic[]) => ds.map((d) => `${d.ruleId}@${d.line}`).sort();
const same = (a: Diagnostic, b: Diagnostic) => a.ruleId === b.ruleId && a.part === b.part && a.block === b.block;

describe("feedback fixtures", () => {
  it("finds the fixtures and each states its expectation", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
    for (const set of SETS) expect(mds(set), set).toHaveLength(20);
    for (const f of FIXTURES) expect(readFileSync(join(DIR, f), "utf8"), f).toMatch(/<!--\s*expect:/);
  });

  for (const file of FIXTURES) {
    const text = readFileSync(join(DIR, file), "utf8");
    const variants: [string, string][] = [
      ["LF", text],
      ["CRLF with BOM", "\uFEFF" + text.replace(/\n/g, "\r\n")],
    ];
    for (const [label, note] of variants) {
      it(`${file} (${label}) raises exactly the expected rule ids on the expected lines`, () => {
        expect(found(lint(note, { noteDate: "2024-01-01" }))).toEqual(expectations(text));
      });
    }

    it(`${file}: every fix and suggestion, applied and re-linted, removes its diagnostic`, () => {
      for (const note of variants.map((v) => v[1])) {
        const before = lint(note, { noteDate: "2024-01-01" });
        for (const d of before) {
          for (const fix of [d.fix, ...(d.suggestions ?? [])]) {
            if (!fix) continue;
            const fixed = applyFix(note, fix);
            expect(fixed, `${d.ruleId}@${d.line}: ${fix.title}`).not.toBe(note);
            const after = lint(fixed, { noteDate: "2024-01-01" });
            const count = (ds: Diagnostic[]) => ds.filter((x) => same(x, d)).length;
            expect(count(after), `${d.ruleId}@${d.line}: ${fix.title}`).toBeLessThan(count(before));
            // The fix keeps the note's line endings.
            if (note.includes("\r\n")) expect(fixed.replace(/\r\n/g, "")).not.toMatch(/\n/);
          }
        }
      }
    });
  }
});

// The agreed-action check on fixture notes that carry their expected findings inline: <!-- expect: rule-id@line … -->
// (and <!-- expect-everywhere: … --> for the vault-wide setting, when it differs).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkActions, type ActionCheckOptions } from "../../../src/core/action-check/check";
import { nextOneOnOne } from "../../../src/core/action-check/fixes";
import { ACTION_RULES } from "../../../src/core/action-check/rules";
import type { ActionDiagnostic } from "../../../src/core/action-check/types";
import { applyFix } from "../../../src/core/markdown/apply-edits";
import { PersonDirectory, personFromNote } from "../../../src/core/people/directory";

const DIR = join(__dirname, "fixtures");
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith(".md")).sort();

const person = (name: string, fm: string) => personFromNote(`People/${name}.md`, `---\n${fm}\n---\n`, "People")!;
const directory = new PersonDirectory(
  [person("Sam O'Brien", "aliases: [Sam]\ncadence: biweekly"), person("Alex Kim", "aliases: [Alex, AK]\ncadence: weekly"), person("Mei Chen", "cadence: monthly")],
  { name: "Dana Reyes", aliases: ["Dana"] },
);
const TODAY = "2024-03-07";
const options = (extra: Partial<ActionCheckOptions> = {}): ActionCheckOptions => ({ today: TODAY, directory, ...extra });

function expectations(text: string, kind: "expect" | "expect-everywhere"): string[] | null {
  const m = new RegExp(`<!--\\s*${kind}:([\\s\\S]*?)-->`).exec(text);
  return m ? m[1].split(/\s+/).filter((t) => t && t !== "none").sort() : null;
}

const found = (ds: ActionDiagnostic[]) => ds.map((d) => `${d.ruleId}@${d.line}`).sort();

describe("action-check fixtures", () => {
  it("finds the fixtures and each states its expectation", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(6);
    for (const f of FIXTURES) expect(expectations(readFileSync(join(DIR, f), "utf8"), "expect"), f).not.toBeNull();
  });

  for (const file of FIXTURES) {
    const text = readFileSync(join(DIR, file), "utf8");
    for (const [label, note] of [
      ["LF", text],
      ["CRLF with BOM", "\uFEFF" + text.replace(/\n/g, "\r\n")],
    ] as const) {
      it(`${file} (${label}) raises exactly the expected rule ids on the expected lines`, () => {
        const ds = checkActions(`1-1s/${file}`, note, options());
        expect(found(ds)).toEqual(expectations(text, "expect"));
        // Each finding marks the item's words to the end of its line, in the note as given.
        for (const d of ds) {
          const line = note.slice(d.from, d.to);
          expect(line.length).toBeGreaterThan(0);
          expect(line).not.toMatch(/[\r\n]/);
          expect(note.slice(0, d.from)).toMatch(/\[.\] ?$/);
        }
      });
    }
    it(`${file} with the check on vault-wide`, () => {
      expect(found(checkActions(`Notes/${file}`, text, options({ everywhere: true })))).toEqual(expectations(text, "expect-everywhere") ?? expectations(text, "expect"));
    });
    it(`${file}: every fix, applied and re-checked, removes its finding and changes only the item's line`, () => {
      for (const d of checkActions(`1-1s/${file}`, text, options())) {
        for (const fix of [d.fix, ...(d.suggestions ?? [])]) {
          if (!fix) continue;
          const after = applyFix(text, fix);
          const before = text.split("\n");
          const lines = after.split("\n");
          expect(lines.length).toBe(before.length);
          expect(lines.filter((l, i) => l !== before[i]).length, `${d.ruleId} ${fix.title}`).toBe(1);
          expect(found(checkActions(`1-1s/${file}`, after, options()))).not.toContain(`${d.ruleId}@${d.line}`);
        }
      }
    });
  }
});

const ONE_ON_ONE = "---\ntype: one-on-one\nperson: \"[[Sam O'Brien]]\"\ndate: 2024-03-04\n---\n";

describe("quick fixes", () => {
  const fixes = (line: string, extra: Partial<ActionCheckOptions> = {}, head = ONE_ON_ONE) => {
    const note = `${head}${line}\n`;
    return Object.fromEntries(checkActions("1-1s/x.md", note, options(extra)).map((d) => [d.ruleId, [d.fix, ...(d.suggestions ?? [])].map((f) => f && [f.title, applyFix(note, f).slice(head.length, -1)])]));
  };

  it("no-owner: Mine writes @me, Theirs the 1:1's person", () => {
    expect(fixes("- [ ] Update the on-call rota 📅 2024-03-11 ^rota")["actions/no-owner"]).toEqual([
      ["Mine", "- [ ] Update the on-call rota 📅 2024-03-11 @me ^rota"],
      ["Theirs", "- [ ] Update the on-call rota 📅 2024-03-11 @[[Sam O'Brien]] ^rota"],
    ]);
  });

  it("no-due: By next 1:1 is the note's date plus whole cadences, the first from today on; In a week is today + 7", () => {
    expect(fixes("- [ ] Sam to update the on-call rota")["actions/no-due"]).toEqual([
      ["By next 1:1", "- [ ] Sam to update the on-call rota 📅 2024-03-18"],
      ["In a week", "- [ ] Sam to update the on-call rota 📅 2024-03-14"],
    ]);
    // A person without a cadence: no "By next 1:1".
    const jordan = ONE_ON_ONE.replace("Sam O'Brien", "Jordan Lee");
    expect(fixes("- [ ] Update the on-call rota @me", {}, jordan)["actions/no-due"]).toEqual([["In a week", "- [ ] Update the on-call rota @me 📅 2024-03-14"]]);
  });

  it("outside a 1:1 note (vault-wide) there is no Theirs and no By next 1:1", () => {
    const r = fixes("- [ ] Update the on-call rota", { everywhere: true }, "# Project\n");
    expect(r["actions/no-owner"]?.map((f) => f?.[0])).toEqual(["Mine"]);
    expect(r["actions/no-due"]?.map((f) => f?.[0])).toEqual(["In a week"]);
  });

  it("vague has no fix", () => {
    expect(fixes("- [ ] Sam to think about the guild @Sam 📅 2024-03-11")["actions/vague"]).toEqual([undefined]);
  });

  it("nextOneOnOne steps by cadence from the note's date to the first day from today on", () => {
    expect(nextOneOnOne("2024-03-07", "2024-03-07", 14)).toBe("2024-03-21");
    expect(nextOneOnOne("2024-03-07", "2024-03-04", 7)).toBe("2024-03-11");
    expect(nextOneOnOne("2024-03-11", "2024-03-04", 7)).toBe("2024-03-11");
    expect(nextOneOnOne("2024-03-12", "2024-03-04", 7)).toBe("2024-03-18");
    expect(nextOneOnOne("2024-03-07", null, 7)).toBe("2024-03-14");
    expect(nextOneOnOne("2024-03-07", "2024-04-01", 7)).toBe("2024-03-14");
  });
});

describe("scope and settings", () => {
  const note = `${ONE_ON_ONE}- [ ] Look into it\n`;
  it("never checks the configured template notes, even vault-wide", () => {
    expect(checkActions("Templates/1-1 template.md", note, options({ excludedFiles: ["Templates/1-1 template.md"], everywhere: true }))).toEqual([]);
    expect(checkActions("1-1s/x.md", note, options({ excludedFiles: ["Templates/1-1 template.md"] })).length).toBe(3);
  });
  it("per-rule severities from the settings, and off", () => {
    const ds = checkActions("1-1s/x.md", note, options({ severities: { "actions/no-owner": "error", "actions/vague": "off" } }));
    expect(ds.map((d) => [d.ruleId, d.severity])).toEqual([
      ["actions/no-owner", "error"],
      ["actions/no-due", "warning"],
    ]);
  });
  it("defaults: warning, warning, hint, with exactly these ids", () => {
    expect(ACTION_RULES.map((r) => [r.id, r.severity])).toEqual([
      ["actions/no-owner", "warning"],
      ["actions/no-due", "warning"],
      ["actions/vague", "hint"],
    ]);
  });
  it("never throws on any text, and every finding sits on an open task line of the note", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("- [ ] ", "- [x] ", "> - [/] ", "Sam to ", "look into ", "📅 2024-03-11", "@me", "\n", "\r\n", "```\n", "%% action-lint-disable %%", " x"), { maxLength: 30 }), (parts) => {
        const text = ONE_ON_ONE + parts.join("");
        for (const d of checkActions("1-1s/x.md", text, options())) {
          expect(d.from).toBeLessThanOrEqual(d.to);
          expect(d.to).toBeLessThanOrEqual(text.length);
          expect(ACTION_RULES.some((r) => r.id === d.ruleId)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

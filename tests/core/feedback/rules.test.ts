// Each rule's own examples are its tests: `fires` examples fire it, `passes` examples do not.
import { describe, expect, it } from "vitest";
import { lint } from "../../../src/core/feedback/lint";
import { RULES } from "../../../src/core/feedback/rules";
import { exampleNote } from "../../../src/core/feedback/examples";
import { RULE_PARTS } from "../../../src/core/feedback/types";
import { matchRule, meta } from "../../../src/core/feedback/rules/helpers";

describe("rule list", () => {
  it("has unique ids named part/rule, each with examples both ways", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(structure|any|facts|feelings|options|request)\/[a-z-]+$/);
      expect(r.examples?.fires.length ?? 0, r.id).toBeGreaterThan(0);
      expect(r.examples?.passes.length ?? 0, r.id).toBeGreaterThan(0);
      expect(r.description?.length, r.id).toBeGreaterThan(10);
    }
  });

  it("declares each rule's part, name and tags as data: the part is one of the four, any or structure, and the id agrees", () => {
    expect([...RULE_PARTS].sort()).toEqual(["any", "facts", "feelings", "options", "request", "structure"]);
    for (const r of RULES) {
      expect(RULE_PARTS, r.id).toContain(r.part);
      // A misspelt id or part now fails here instead of making the rule silently read nothing.
      expect(r.id.split("/")[0], r.id).toBe(r.part);
      expect(r.name, r.id).toMatch(/^[A-Z][^/]{3,40}$/);
      expect(r.tags?.length, r.id).toBeGreaterThan(0);
      for (const id of r.supersedes ?? []) expect(RULES.map((x) => x.id), r.id).toContain(id);
    }
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });

  it("a rule built by a factory reads the part it declares, whatever its id says", () => {
    // Before parts were declared, "fact/…" read a part named "fact" and never fired.
    const misnamed = matchRule({ ...meta("facts", "sloppy", "Sloppy", "warning"), id: "fact/sloppy" }, /sloppy/gi, "is sloppy.", false);
    const note = exampleNote(RULES.find((r) => r.id === "facts/judgement")!, "Your PR on Tuesday was sloppy.");
    expect(lint(note, { rules: [misnamed] }).map((d) => [d.ruleId, d.part])).toEqual([["fact/sloppy", "facts"]]);
  });

});

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  it.each(rule.examples?.fires ?? [])("fires on %j", (example) => {
    const hits = lint(exampleNote(rule, example), { noteDate: "2024-03-07" }).filter((d) => d.ruleId === rule.id);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.severity).toBe(rule.severity);
  });
  it.each(rule.examples?.passes ?? [])("passes %j", (example) => {
    const ids = lint(exampleNote(rule, example), { noteDate: "2024-03-07" }).map((d) => d.ruleId);
    expect(ids).not.toContain(rule.id);
  });
});

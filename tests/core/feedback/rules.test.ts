// Each rule's own examples are its tests: `fires` examples fire it, `passes` examples do not.
import { describe, expect, it } from "vitest";
import { lint } from "../../../src/core/feedback/lint";
import { RULES } from "../../../src/core/feedback/rules";
import { exampleNote } from "../../../src/core/feedback/examples";

describe("rule list", () => {
  it("has unique ids named part/rule, each with examples both ways", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(structure|any|facts|feelings|options|request)\/[a-z-]+$/);
      expect(r.examples?.fires.length ?? 0, r.id).toBeGreaterThan(0);
      expect(r.examples?.passes.length ?? 0, r.id).toBeGreaterThan(0);
      expect(r.description.length, r.id).toBeGreaterThan(10);
    }
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

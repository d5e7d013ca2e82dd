// docs/action-rules.md is generated: it must equal what the generator makes from the rules now; every example proves itself.
import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleFindings, renderActionRuleDocs } from "../../../src/core/action-check/docs";
import { ACTION_RULES } from "../../../src/core/action-check/rules";

it("docs/action-rules.md is up to date (run node scripts/gen-rule-docs.mjs)", () => {
  expect(readFileSync(join(__dirname, "../../../docs/action-rules.md"), "utf8")).toBe(renderActionRuleDocs());
});

it("every rule's firing examples fire it and its passing examples do not", () => {
  for (const r of ACTION_RULES) {
    expect(r.examples?.fires.length, r.id).toBeGreaterThan(0);
    expect(r.examples?.passes.length, r.id).toBeGreaterThan(0);
    for (const line of r.examples?.fires ?? []) expect(exampleFindings(r, line).length, `${r.id} fires on ${line}`).toBe(1);
    for (const line of r.examples?.passes ?? []) expect(exampleFindings(r, line), `${r.id} passes ${line}`).toEqual([]);
  }
});

it("documents every rule with its id, severity and each quick fix as before → after", () => {
  const docs = renderActionRuleDocs();
  for (const r of ACTION_RULES) expect(docs).toContain(`## ${r.id}\n\n${r.description}`);
  expect(docs).toContain("`- [ ] Update the on-call rota 📅 2024-03-14` → `- [ ] Update the on-call rota 📅 2024-03-14 @me`");
  expect(docs).toContain("`- [ ] Sam to update the on-call rota` → `- [ ] Sam to update the on-call rota 📅 2024-03-21`");
  expect(docs.match(/^Quick fix _/gm)?.length).toBe(4);
});

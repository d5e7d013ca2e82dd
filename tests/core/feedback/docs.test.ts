// docs/feedback-rules.md is generated: it must equal what the generator makes from the rules now.
import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderRuleDocs } from "../../../src/core/feedback/docs";
import { RULES } from "../../../src/core/feedback/rules";

const DOCS = join(__dirname, "../../../docs/feedback-rules.md");

it("docs/feedback-rules.md is up to date (run node scripts/gen-rule-docs.mjs)", () => {
  expect(readFileSync(DOCS, "utf8")).toBe(renderRuleDocs());
});

it("documents every rule with its severity and examples", () => {
  const docs = renderRuleDocs();
  for (const r of RULES) {
    expect(docs).toContain(`### ${r.id}\n\n${r.description}`);
    if (r.details) expect(docs).toContain(`${r.description}\n\n${r.details}\n`);
    expect(docs).toContain(`Default severity: **${r.severity}**`);
    for (const e of [...(r.examples?.fires ?? []), ...(r.examples?.passes ?? [])]) expect(docs).toContain(e.replace(/\n$/, ""));
  }
});

it("shows every rule's quick fix as before → after, computed by applying the fix", () => {
  const docs = renderRuleDocs();
  const fixed = docs.match(/^Quick fix _[^_]+_, before → after:$/gm) ?? [];
  // Every rule whose table row says it offers a quick fix shows one.
  expect(fixed.length).toBe((docs.match(/ \| yes \| /g) ?? []).length);
  expect(fixed.length).toBeGreaterThanOrEqual(9);
  expect(docs).toContain("`You interrupt people.` → `On [when], in [where], you interrupt people.`");
  expect(docs).toContain("`No offence, but in Tuesday's standup you cut Ana off.` → `In Tuesday's standup you cut Ana off.`");
});

// @vitest-environment node
// The lint rule that keeps src/core pure must fail when someone imports Obsidian, the DOM or the clock there.
import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: process.cwd() });

async function errorsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId ?? ""}: ${m.message}`);
}

describe("src/core purity rule", () => {
  const core = "src/core/markdown/iso-day.ts";

  // The first lint builds the type-aware program: slow on a loaded machine, so this one gets a minute.
  it("rejects importing obsidian", { timeout: 60000 }, async () => {
    const errors = await errorsFor('import { Notice } from "obsidian";\nexport const n = Notice;\n', core);
    expect(errors.some((e) => e.startsWith("no-restricted-imports") && e.includes("src/core is pure"))).toBe(true);
  });

  it("rejects reading the clock and the DOM", async () => {
    const errors = await errorsFor("export const a = Date.now();\nexport const b = new Date();\nexport const c = document.title;\n", core);
    expect(errors.filter((e) => e.includes("never reads the clock")).length).toBeGreaterThanOrEqual(2);
    expect(errors.some((e) => e.includes("never touches the DOM"))).toBe(true);
  });

  it("allows the same import in src/plugin", async () => {
    const errors = await errorsFor('import { Notice } from "obsidian";\nexport const n = Notice;\n', "src/plugin/host.ts");
    expect(errors.filter((e) => e.startsWith("no-restricted-imports"))).toEqual([]);
  });
});

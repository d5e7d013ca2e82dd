import { it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { lint } from "../../../src/core/feedback/lint";

it("smoke", () => {
  const dir = "tests/core/feedback/fixtures";
  for (const f of readdirSync(dir)) {
    const text = readFileSync(`${dir}/${f}`, "utf8");
    console.log("==", f);
    for (const d of lint(text, { noteDate: "2024-01-01" })) console.log(`  ${d.ruleId}@${d.line} [${d.part}] ${JSON.stringify(text.slice(d.from, d.to).slice(0, 50))} ${d.fix ? "FIX" : ""}`);
  }
});

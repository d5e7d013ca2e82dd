import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { splitText } from "../../src/core/markdown/lines";
import { cli, copyExampleVault, writeVault } from "./cli-harness";

const TODAY = "2026-11-25";
// A CRLF daily note (see examples/expected.json "files"): line 5 is an open task.
const DAILY = "Daily/2026-11-20.md";
const CALL = "- [ ] Call the offsite venue back about the January dates 📅 2026-11-27";

const read = (vault: string, rel: string) => readFileSync(path.join(vault, ...rel.split("/")), "utf8");

/** Every line but `line` (1-based) is identical, and so are the line endings, BOM and final newline. */
function onlyLineChanged(before: string, after: string, line: number): string {
  const a = splitText(before);
  const b = splitText(after);
  expect(b.bom).toBe(a.bom);
  expect(b.eols).toEqual(a.eols);
  expect(b.lines.filter((_, i) => i !== line - 1)).toEqual(a.lines.filter((_, i) => i !== line - 1));
  return b.lines[line - 1];
}

describe("complete", () => {
  it("completes the item on a line of a CRLF note, changing nothing else", async () => {
    const vault = copyExampleVault();
    const before = read(vault, DAILY);
    expect(splitText(before).lines[4]).toBe(CALL);
    const r = await cli("complete", vault, `${DAILY}:5`, "--today", TODAY);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Completed: Daily\/2026-11-20.md:5/);
    expect(onlyLineChanged(before, read(vault, DAILY), 5)).toBe(CALL.replace("[ ]", "[x]") + " ✅ 2026-11-25");
  });

  it("with --expect, completes only when the line is what the caller saw", async () => {
    const vault = copyExampleVault();
    const before = read(vault, DAILY);
    const refused = await cli("complete", vault, `${DAILY}:5`, "--expect", "- [ ] Call the venue", "--today", TODAY);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `one-on-one complete: ${DAILY}:5 differs from the line you expected, and no other line of the note is; nothing was changed.\n` +
        `  expected: - [ ] Call the venue\n  line 5:   ${CALL}`,
    );
    expect(refused.err).not.toMatch(/changed:|note changed/);
    expect(read(vault, DAILY)).toBe(before);
    const ok = await cli("complete", vault, `${DAILY}:5`, "--expect", CALL, "--today", TODAY, "--json");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ path: DAILY, line: 5, result: "written", before: CALL, after: `${CALL.replace("[ ]", "[x]")} ✅ ${TODAY}` });
  });

  it("with --expect, follows the line when lines were inserted above it, and reports where it was edited", async () => {
    const vault = writeVault({ "a.md": "# Notes\n- [ ] one\n- [ ] two 📅 2026-12-01\n" });
    writeFileSync(path.join(vault, "a.md"), "# Notes\nA line typed since.\n- [ ] one\n- [ ] two 📅 2026-12-01\n");
    const r = await cli("complete", vault, "a.md:3", "--expect", "- [ ] two 📅 2026-12-01", "--today", TODAY, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ path: "a.md", line: 4, requestedLine: 3, result: "written", before: "- [ ] two 📅 2026-12-01" });
    expect(read(vault, "a.md")).toBe(`# Notes\nA line typed since.\n- [ ] one\n- [x] two 📅 2026-12-01 ✅ ${TODAY}\n`);
    const text = await cli("cancel", vault, "a.md:2", "--expect", "- [ ] one", "--today", TODAY);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Cancelled: a.md:3 \(the line moved from 2\)/);
  });

  it("with --expect, refuses when the expected line now appears twice, leaving the file untouched", async () => {
    const twice = "# Notes\n- [ ] Send the packet @me\n- [ ] Send the packet @me\n";
    const vault = writeVault({ "a.md": twice });
    const r = await cli("complete", vault, "a.md:1", "--expect", "- [ ] Send the packet @me", "--today", TODAY, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ result: "refused" });
    expect(r.err).toMatch(/appears 2 times/);
    expect(read(vault, "a.md")).toBe(twice);
  });

  it("refuses a line that is not a task (exit 1), and leaves a done item as it is", async () => {
    const vault = copyExampleVault();
    const before = read(vault, DAILY);
    const heading = await cli("complete", vault, `${DAILY}:3`);
    expect(heading.code).toBe(1);
    expect(heading.err).toMatch(/not a task line: ## Top 3/);
    const done = await cli("complete", vault, `${DAILY}:4`, "--today", TODAY);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/already completed; nothing written/);
    expect(read(vault, DAILY)).toBe(before);
  });

  it("writes the done date in the form the settings ask for", async () => {
    const vault = writeVault({ "a.md": "- [ ] one ^blk\n", ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ doneDate: "dataview" }) });
    expect((await cli("complete", vault, "a.md:1", "--today", TODAY)).code).toBe(0);
    expect(read(vault, "a.md")).toBe(`- [x] one [completion:: ${TODAY}] ^blk\n`);
  });

  it("exits 2 on a bad <path>:<line>, a missing note, a line past the end or a path outside the vault", async () => {
    const vault = copyExampleVault();
    for (const loc of ["Daily/2026-11-20.md", "Daily/2026-11-20.md:0", "Daily/2026-11-20.md:x", ":3", "Daily/none.md:1", "Daily/2026-11-20.md:999", "../outside.md:1"]) {
      const r = await cli("complete", vault, loc);
      expect(r.code, loc).toBe(2);
      expect(r.err, loc).toMatch(/Usage:/);
    }
    expect((await cli("complete", vault)).code).toBe(2);
  });
});

describe("cancel", () => {
  it("cancels with [-] and the date, keeping a missing final newline", async () => {
    const vault = copyExampleVault();
    const rel = "Daily/2026-11-25.md";
    const before = read(vault, rel);
    expect(before.endsWith("\n")).toBe(false);
    const r = await cli("cancel", vault, `${rel}:6`, "--today", TODAY);
    expect(r.code).toBe(0);
    expect(onlyLineChanged(before, read(vault, rel), 6)).toBe(`- [-] Move Sam's 1:1 to Thursday @me 📅 2026-11-26 ❌ ${TODAY}`);
  });

  it("leaves the date out when the settings say so, and refuses a changed line", async () => {
    const vault = writeVault({ "a.md": "- [ ] one\n- [ ] two\n", ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ cancelledDate: false }) });
    expect((await cli("cancel", vault, "a.md:2", "--today", TODAY)).code).toBe(0);
    expect(read(vault, "a.md")).toBe("- [ ] one\n- [-] two\n");
    writeFileSync(path.join(vault, "a.md"), "- [ ] one, edited\n- [-] two\n");
    const r = await cli("cancel", vault, "a.md:1", "--expect", "- [ ] one");
    expect(r.code).toBe(1);
    expect(read(vault, "a.md")).toBe("- [ ] one, edited\n- [-] two\n");
  });
});

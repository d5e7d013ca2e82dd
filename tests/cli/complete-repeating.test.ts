// `complete` on repeating (🔁) tasks: the next occurrence goes in above the completed line, JSON names it, `cancel` adds none.
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyExampleVault, writeVault } from "./cli-harness";

const TODAY = "2026-11-25";
const read = (vault: string, rel: string) => readFileSync(path.join(vault, ...rel.split("/")), "utf8");

const ALEX = "1-1s/Alex Kim/2026-11-24.md";
const SLOT = "- [ ] Protect the Tuesday 1:1 slot: decline anything that overlaps @me 🔁 every week 📅 2026-12-01";

describe("complete on a repeating task", () => {
  it("adds the next occurrence above the completed line and says where both are (examples/vault)", async () => {
    const vault = copyExampleVault();
    const before = read(vault, ALEX);
    expect(before.split("\n")[49]).toBe(SLOT);
    const r = await cli("complete", vault, `${ALEX}:50`, "--today", TODAY);
    expect(r).toMatchObject({ code: 0, err: "" });
    const next = SLOT.replace("2026-12-01", "2026-12-08");
    const completed = `${SLOT.replace("[ ]", "[x]")} ✅ ${TODAY}`;
    // Line 50 was found where asked: it is not "moved", though it is now line 51 below its next occurrence.
    expect(r.out).toBe(`Completed: ${ALEX}:51\n  ${completed}\nNext occurrence: ${ALEX}:50\n  ${next}`);
    expect(read(vault, ALEX)).toBe(before.replace(SLOT, `${next}\n${completed}`));
  });

  it("with --expect and --json: `line` is the completed line as the note now is, `next` the line added", async () => {
    const note = "\uFEFF# Rituals\r\n\r\n> - [ ] Review the budget 🔁 every month on the last 🛫 2026-11-28 📅 2026-11-30 ^budget\r\n- [ ] other";
    const vault = writeVault({ "r.md": note });
    // A line typed since the caller read the note: the edit follows the expected line.
    writeFileSync(path.join(vault, "r.md"), note.replace("# Rituals\r\n", "# Rituals\r\nTyped since.\r\n"));
    const line = "> - [ ] Review the budget 🔁 every month on the last 🛫 2026-11-28 📅 2026-11-30 ^budget";
    const r = await cli("complete", vault, "r.md:3", "--expect", line, "--today", TODAY, "--json");
    expect(r.code).toBe(0);
    const next = "> - [ ] Review the budget 🔁 every month on the last 🛫 2026-12-29 📅 2026-12-31";
    const after = `> - [x] Review the budget 🔁 every month on the last 🛫 2026-11-28 📅 2026-11-30 ✅ ${TODAY} ^budget`;
    expect(JSON.parse(r.out)).toEqual({ path: "r.md", line: 5, requestedLine: 3, result: "written", before: line, after, next: { line: 4, text: next } });
    expect(read(vault, "r.md")).toBe(`\uFEFF# Rituals\r\nTyped since.\r\n\r\n${next}\r\n${after}\r\n- [ ] other`);
  });

  it("a rule it cannot read: completes the line, adds none, and says which rule on stderr (exit 0)", async () => {
    const vault = writeVault({ "a.md": "- [ ] Water the plants 🔁 every blue moon 📅 2026-11-24\n" });
    const r = await cli("complete", vault, "a.md:1", "--today", TODAY, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      line: 1,
      next: null,
      repeatSkipped: { rule: "every blue moon", reason: '"every blue moon" is not a repeat rule One-on-one understands' },
    });
    expect(r.err).toBe('one-on-one complete: this task repeats (🔁 every blue moon), but no next occurrence was added: "every blue moon" is not a repeat rule One-on-one understands. Add the next one by hand.');
    expect(read(vault, "a.md")).toBe(`- [x] Water the plants 🔁 every blue moon 📅 2026-11-24 ✅ ${TODAY}\n`);
  });

  it("adds none when the task is done already, and `cancel` never adds one", async () => {
    const text = `- [x] Stretch 🔁 every day 📅 2026-11-24 ✅ 2026-11-24\n- [ ] Plan 🔁 every weekday 📅 2026-11-24\n`;
    const vault = writeVault({ "a.md": text });
    const done = await cli("complete", vault, "a.md:1", "--today", TODAY, "--json");
    expect(JSON.parse(done.out)).toMatchObject({ result: "unchanged", next: null });
    const cancelled = await cli("cancel", vault, "a.md:2", "--today", TODAY, "--json");
    expect(cancelled.code).toBe(0);
    expect(JSON.parse(cancelled.out)).not.toHaveProperty("next");
    expect(read(vault, "a.md")).toBe(text.replace("- [ ] Plan 🔁 every weekday 📅 2026-11-24", `- [-] Plan 🔁 every weekday 📅 2026-11-24 ❌ ${TODAY}`));
  });

  it("`when done` counts from --today", async () => {
    const vault = writeVault({ "a.md": "- [ ] Renew the domain 🔁 every year when done [due:: 2026-11-20]\n" });
    const r = await cli("complete", vault, "a.md:1", "--today", TODAY);
    expect(r.out).toContain("Next occurrence: a.md:1\n  - [ ] Renew the domain 🔁 every year when done [due:: 2027-11-25]");
  });
});

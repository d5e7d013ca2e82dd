// Completing repeating (🔁) tasks in the fake host: every completion path adds the next occurrence above the line (as Tasks does), cancelling adds none, and a rule that cannot be read is named in a notice.
import { afterEach, describe, expect, it } from "vitest";
import { notices, openMenus } from "../../fakes/obsidian";
import { REFRESHED_NOTICE } from "../../../src/plugin/actions/write-item";
import { blockOf } from "../../../src/plugin/followups/live-block";
import { openDashboard, redrawn, rows } from "../followups/dashboard-harness";
import { disposeStarted, start, until, type Started } from "../notes/harness";

afterEach(disposeStarted);

const TODAY = "2026-11-25";
const NOTE = "Projects/Rituals.md";
/** A note as a Tasks user keeps it: CRLF line endings, a BOM, a block id, a quoted task, no final newline. */
const TEXT = [
  "\uFEFF# Rituals",
  "",
  "- [ ] Send the status to [[Alex Kim]] 🔁 every week on Monday ⏳ 2026-11-20 📅 2026-11-23 ^status",
  "> - [ ] Review the budget with [[Alex Kim]] 🔁 every month on the last 📅 2026-11-30",
  "- [ ] Water the plants 🔁 every blue moon 📅 2026-11-24",
  "- [ ] Renew the domain 🔁 every year when done 📅 2026-11-20",
].join("\r\n");
const lines = (s: Started) => s.t.read(NOTE).split("\r\n");

describe("completing a repeating task in the plugin", () => {
  it("the dashboard tick writes the next occurrence above the line, keeping CRLF, BOM and every other byte", async () => {
    const s = await start({ [NOTE]: TEXT, "People/Alex Kim.md": "" }, {});
    const view = await openDashboard(s);
    const row = rows(view, "overdue").find((r) => r.dataset.line === "3")!;
    const redraws = view.redraws;
    row.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await redrawn(s, view, redraws);
    expect(s.t.read(NOTE)).toBe(
      TEXT.replace(
        "- [ ] Send the status to [[Alex Kim]] 🔁 every week on Monday ⏳ 2026-11-20 📅 2026-11-23 ^status",
        "- [ ] Send the status to [[Alex Kim]] 🔁 every week on Monday ⏳ 2026-11-27 📅 2026-11-30\r\n" +
          `- [x] Send the status to [[Alex Kim]] 🔁 every week on Monday ⏳ 2026-11-20 📅 2026-11-23 ✅ ${TODAY} ^status`,
      ),
    );
    expect(notices).toEqual([]);
    // The new occurrence is an open item of its own; the block id stayed with the completed line only.
    const items = s.plugin.actions.index.get(NOTE)!.items;
    expect(items.filter((i) => i.isOpen).map((i) => [i.line, i.due])).toEqual([[3, "2026-11-30"], [5, "2026-11-30"], [6, "2026-11-24"], [7, "2026-11-20"]]);
    expect(items.filter((i) => i.blockId === "status").map((i) => i.line)).toEqual([4]);
  });

  it("a rule it cannot read: the line is completed, none is added, and the notice names the rule", async () => {
    const s = await start({ [NOTE]: TEXT }, {});
    const view = await openDashboard(s);
    const row = rows(view, "overdue").find((r) => r.dataset.line === "5")!;
    const redraws = view.redraws;
    row.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await redrawn(s, view, redraws);
    expect(lines(s)).toEqual(TEXT.replace("- [ ] Water the plants 🔁 every blue moon 📅 2026-11-24", `- [x] Water the plants 🔁 every blue moon 📅 2026-11-24 ✅ ${TODAY}`).split("\r\n"));
    expect(notices).toEqual([
      'Completed. This task repeats (🔁 every blue moon), but no next occurrence was added: "every blue moon" is not a repeat rule One-on-one understands. Add the next one by hand.',
    ]);
  });

  it("cancelling from the row menu adds no next occurrence", async () => {
    const s = await start({ [NOTE]: TEXT }, {});
    const view = await openDashboard(s);
    const row = rows(view, "overdue").find((r) => r.dataset.line === "3")!;
    row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    const redraws = view.redraws;
    openMenus[openMenus.length - 1].click("Cancel");
    await redrawn(s, view, redraws);
    expect(lines(s)).toHaveLength(6);
    expect(lines(s)[2]).toBe(`- [-] Send the status to [[Alex Kim]] 🔁 every week on Monday ⏳ 2026-11-20 📅 2026-11-23 ❌ ${TODAY} ^status`);
  });

  it("the note changed under the tick: nothing is written, not even the next occurrence", async () => {
    const s = await start({ [NOTE]: TEXT }, {});
    const view = await openDashboard(s);
    const row = rows(view, "overdue").find((r) => r.dataset.line === "3")!;
    // Another device rewrote the line; the row still holds the old text (the dashboard has not redrawn yet).
    const changed = TEXT.replace("Send the status to", "Send the weekly status to");
    await s.t.vault.modify(s.t.file(NOTE), changed);
    row.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await until(s.t, () => notices.length > 0, "the refusal");
    expect(s.t.read(NOTE)).toBe(changed);
    expect(notices).toEqual([REFRESHED_NOTICE]);
  });

  it("the live block tick adds it too, and the block lists the new occurrence", async () => {
    const s = await start({ [NOTE]: TEXT, "People/Alex Kim.md": "", "Daily/2026-11-25.md": "" }, {});
    const block = await s.t.renderCodeBlock("one-on-one", "person: [[Alex Kim]]\nshow: open\n", "Daily/2026-11-25.md");
    const live = blockOf(block.el)!;
    const quoted = Array.from(block.el.querySelectorAll<HTMLElement>(".one-on-one-row")).find((r) => r.dataset.line === "4")!;
    const redraws = live.redraws;
    quoted.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await until(s.t, () => live.redraws > redraws, "the block to redraw");
    expect(lines(s).slice(3, 5)).toEqual([
      "> - [ ] Review the budget with [[Alex Kim]] 🔁 every month on the last 📅 2026-12-31",
      `> - [x] Review the budget with [[Alex Kim]] 🔁 every month on the last 📅 2026-11-30 ✅ ${TODAY}`,
    ]);
    await until(s.t, () => Array.from(block.el.querySelectorAll<HTMLElement>(".one-on-one-row")).some((r) => r.dataset.line === "4"), "the new row");
  });

  it("a repeating task without dates: the fresh occurrence's row (same line, same text) shows open and can be ticked again", async () => {
    const plants = "- [ ] Water the plants with [[Alex Kim]] 🔁 every week\n";
    const s = await start({ [NOTE]: plants, "People/Alex Kim.md": "", "Daily/2026-11-25.md": "" }, {});
    const block = await s.t.renderCodeBlock("one-on-one", "person: [[Alex Kim]]\nshow: open\n", "Daily/2026-11-25.md");
    const box = () => block.el.querySelector<HTMLInputElement>(".one-on-one-row[data-line='1'] input[type=checkbox]");
    box()!.click();
    await until(s.t, () => s.plugin.actions.index.get(NOTE)?.itemCount === 2, "the note to be indexed again");
    expect(s.t.read(NOTE)).toBe(`- [ ] Water the plants with [[Alex Kim]] 🔁 every week\n- [x] Water the plants with [[Alex Kim]] 🔁 every week ✅ ${TODAY}\n`);
    // The block shows the new open item: its checkbox must not stay ticked and disabled from the write.
    await until(s.t, () => box() !== null && !box()!.checked && !box()!.disabled, "the new occurrence's row to show it open");
  });

  it("a repeating task without dates, ticked on the dashboard: the fresh occurrence's row shows open", async () => {
    const plants = "- [ ] Water the plants 🔁 every week\n";
    const s = await start({ [NOTE]: plants }, {});
    const view = await openDashboard(s);
    const box = () => view.contentEl.querySelector<HTMLInputElement>(".one-on-one-row[data-line='1'] input[type=checkbox]");
    const redraws = view.redraws;
    box()!.click();
    await redrawn(s, view, redraws);
    expect(s.plugin.actions.index.get(NOTE)?.itemCount).toBe(2);
    expect(box()!.checked).toBe(false);
    expect(box()!.disabled).toBe(false);
  });

  it("the complete command in the open note adds it through the editor, counting `when done` from today", async () => {
    const s = await start({ [NOTE]: TEXT }, {});
    const view = await s.t.openFile(NOTE);
    view.editor.setCursor({ line: 5, ch: 4 });
    expect(await s.t.runCommand("one-on-one:complete-item-on-line")).toBe(true);
    expect(view.editor.getValue().split("\n").slice(5)).toEqual([
      "- [ ] Renew the domain 🔁 every year when done 📅 2027-11-25",
      `- [x] Renew the domain 🔁 every year when done 📅 2026-11-20 ✅ ${TODAY}`,
    ]);
    expect(notices).toEqual([]);
  });
});

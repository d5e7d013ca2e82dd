// Row actions in the dashboard (fake host, examples/vault, today 2026-11-25): stale triage, the context menu, the keyboard.
import { afterEach, describe, expect, it } from "vitest";
import { chooseSuggestion, lastModal, notices, openMenus, openModals, typeQuery, type SuggestModal } from "../../fakes/obsidian";
import { disposeStarted, exampleSettings, exampleVault, start, until } from "../notes/harness";
import { openDashboard, redrawn, rowAt, rows, SAM, SAM_LINE, TODAY } from "./dashboard-harness";

afterEach(disposeStarted);

describe("dashboard row actions", () => {
  it("stale triage: Drop cancels, Do sets a date, each as one edit", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const stale = rows(view, "stale");
    expect(stale.length).toBe(9);
    const first = stale[0];
    const [path, line] = [first.dataset.path!, Number(first.dataset.line)];
    expect(Array.from(first.querySelectorAll(".one-on-one-row-triage button")).map((b) => b.textContent)).toContain("Drop (cancel)");
    const original = s.t.read(path).split("\n")[line - 1];
    let redraws = view.redraws;
    Array.from(first.querySelectorAll<HTMLButtonElement>(".one-on-one-row-triage button")).find((b) => b.textContent === "Drop (cancel)")!.click();
    await redrawn(s, view, redraws);
    expect(s.t.read(path).split("\n")[line - 1]).toBe(`${original.replace("[ ]", "[-]")} ❌ ${TODAY}`);
    expect(rows(view, "stale")).toHaveLength(8);

    const next = rows(view, "stale")[0];
    const [p2, l2] = [next.dataset.path!, Number(next.dataset.line)];
    Array.from(next.querySelectorAll<HTMLButtonElement>(".one-on-one-row-triage button")).find((b) => b.textContent === "Do (set a date)")!.click();
    const modal = openModals[openModals.length - 1];
    const date = modal.contentEl.querySelector<HTMLInputElement>("input[type=date]")!;
    date.value = "2026-12-04";
    date.dispatchEvent(new Event("input"));
    redraws = view.redraws;
    Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Set date")!.click();
    await redrawn(s, view, redraws);
    expect(s.t.read(p2).split("\n")[l2 - 1]).toMatch(/(📅 |\[due:: )2026-12-04/);

    // Delegate: the person picker, then the owner written where the line has one.
    const mine = rows(view, "stale").find((r) => r.querySelector(".one-on-one-row-owner")?.textContent === "me")!;
    const [p3, l3] = [mine.dataset.path!, Number(mine.dataset.line)];
    const before = s.t.read(p3).split("\n")[l3 - 1];
    expect(before).toContain("@me");
    Array.from(mine.querySelectorAll<HTMLButtonElement>(".one-on-one-row-triage button")).find((b) => b.textContent === "Delegate (set an owner)")!.click();
    await typeQuery(lastModal<SuggestModal<unknown>>(), "Jordan");
    redraws = view.redraws;
    chooseSuggestion(lastModal<SuggestModal<unknown>>(), "Jordan Lee");
    await redrawn(s, view, redraws);
    expect(s.t.read(p3).split("\n")[l3 - 1]).toBe(before.replace("@me", "@[[Jordan Lee]]"));
  });

  it("the context menu reschedules, and the keyboard moves, completes and opens", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const row = rowAt(view, "overdue", SAM, SAM_LINE)!;
    row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    const menu = openMenus[openMenus.length - 1];
    expect(menu.titles()).toEqual(["Complete", "Cancel", "Reschedule to tomorrow", "Reschedule to next week", "Reschedule to a date…", "Forward", "Delegate to…", "Open source note", "Copy link"]);
    let redraws = view.redraws;
    menu.click("Reschedule to next week");
    await redrawn(s, view, redraws);
    expect(s.t.read(SAM).split("\n")[SAM_LINE - 1]).toContain("📅 2026-12-02");

    // Copy link: a Markdown link to the source note, on the clipboard.
    const copied: string[] = [];
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    rowAt(view, "by-person", SAM, SAM_LINE)!.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    openMenus[openMenus.length - 1].click("Copy link");
    await s.t.flush();
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^\[\[.*2026-10-22\]\]$/);

    const list = rows(view, "overdue");
    list[0].focus();
    list[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(list[1]);
    const [path, line] = [list[1].dataset.path!, Number(list[1].dataset.line)];
    redraws = view.redraws;
    list[1].dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
    await redrawn(s, view, redraws);
    expect(s.t.read(path).split("\n")[line - 1]).toMatch(new RegExp(`^- \\[x\\] .* ✅ ${TODAY}$`));
    rows(view, "overdue")[0].dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await s.t.flush();
    expect(s.t.workspace.getActiveFile()?.path).toBe(rows(view, "overdue")[0].dataset.path);
  });


  it("the context menu delegates any open row: right click, Delegate to…, a name; only that line gets the owner", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    // A row due this week that I own, not stale: no triage buttons, so the menu is the way to hand it over.
    const mine = rows(view, "this-week").find((r) => r.querySelector(".one-on-one-row-owner")?.textContent === "me" && !r.querySelector(".one-on-one-row-triage"))!;
    expect(mine).toBeDefined();
    const [path, line] = [mine.dataset.path!, Number(mine.dataset.line)];
    const vault = () => Object.fromEntries(s.t.vault.getMarkdownFiles().map((f) => [f.path, s.t.read(f.path)]));
    const before = vault();
    const lines = before[path].split("\n");
    expect(lines[line - 1]).toContain("@me");
    mine.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    openMenus[openMenus.length - 1].click("Delegate to…");
    await typeQuery(lastModal<SuggestModal<unknown>>(), "Jordan");
    const redraws = view.redraws;
    chooseSuggestion(lastModal<SuggestModal<unknown>>(), "Jordan Lee");
    await redrawn(s, view, redraws);
    lines[line - 1] = lines[line - 1].replace("@me", "@[[Jordan Lee]]");
    const after = vault();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const p of Object.keys(before)) expect(after[p], p).toBe(p === path ? lines.join("\n") : before[p]);
    // The row now says who owes it.
    expect(rows(view, "this-week").find((r) => r.dataset.path === path && r.dataset.line === String(line))!.querySelector(".one-on-one-row-owner")!.textContent).toBe("Jordan Lee");
    // A done row offers no delegate: there is nothing left to hand over.
    (view.contentEl.querySelector<HTMLInputElement>(".one-on-one-dash-done-toggle input")!).click();
    await until(s.t, () => rows(view, "done").length > 0, "the done section");
    rows(view, "done")[0].dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    expect(openMenus[openMenus.length - 1].titles()).not.toContain("Delegate to…");
  });

  it("ticking a repeating (🔁) task completes the line and adds its next occurrence above it, as the Tasks plugin does", async () => {
    const files = { "Projects/Status.md": "# Status\n\n- [ ] Send the weekly status to the team 🔁 every week 📅 2026-11-24\n- [ ] Book the offsite 📅 2026-11-24\n" };
    const s = await start(files, {});
    const view = await openDashboard(s);
    const [repeating, plain] = rows(view, "overdue");
    let redraws = view.redraws;
    plain.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await redrawn(s, view, redraws);
    redraws = view.redraws;
    repeating.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await redrawn(s, view, redraws);
    expect(s.t.read("Projects/Status.md")).toBe(
      `# Status\n\n- [ ] Send the weekly status to the team 🔁 every week 📅 2026-12-01\n- [x] Send the weekly status to the team 🔁 every week 📅 2026-11-24 ✅ ${TODAY}\n- [x] Book the offsite 📅 2026-11-24 ✅ ${TODAY}\n`,
    );
    expect(notices).toEqual([]);
    // The next occurrence is a row of its own, due next week.
    expect(rows(view, "overdue")).toHaveLength(0);
    expect(rowAt(view, "this-week", "Projects/Status.md", 3)).toBeDefined();
  });
});

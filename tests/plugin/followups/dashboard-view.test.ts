// The dashboard in the fake host over examples/vault (today 2026-11-25): sections, filter, ticking, refusals, redraws.
import { afterEach, describe, expect, it, vi } from "vitest";
import { notices } from "../../fakes/obsidian";
import { REFRESHED_NOTICE } from "../../../src/plugin/actions/write-item";
import { disposeStarted, exampleSettings, exampleVault, start, until } from "../notes/harness";
import { openDashboard, redrawn, rowAt, rows, rowText, SAM, SAM_LINE, TODAY } from "./dashboard-harness";

afterEach(disposeStarted);

describe("follow-up dashboard", () => {
  it("opens from the command into the right sidebar, with sections, counts and bounded groups", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    expect(s.t.workspace.getLeavesOfType("one-on-one-dashboard")[0].side).toBe("right");
    const titles = Array.from(view.contentEl.querySelectorAll(".one-on-one-dash-section-header")).map((h) => h.textContent);
    // examples/vault as expected.json describes it (five agreed items added for the action check: two due this week).
    expect(titles).toEqual(["1:1s due2", "Overdue12", "Due this week17", "Open by person54", "Stale9"]);
    // Due 1:1s: Sam (weekly, last 2026-11-12) and Priya (biweekly, last 2026-11-11), each with a Start 1:1 button.
    const due = Array.from(view.contentEl.querySelectorAll(".one-on-one-dash-due-row"));
    expect(due.map((d) => d.querySelector(".one-on-one-dash-due-person")!.textContent)).toEqual(["Sam O'Brien", "Priya Natarajan"]);
    expect(due[0].querySelector(".one-on-one-dash-due-meta")!.textContent).toBe("weekly · last 2026-11-12 · 6 days overdue");
    // The name opens the person note, from the keyboard too.
    const samName = due[0].querySelector<HTMLElement>(".one-on-one-dash-due-person")!;
    expect(samName.tabIndex).toBe(0);
    samName.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    await until(s.t, () => s.t.workspace.getActiveFile()?.path === "People/Sam O'Brien.md", "Sam's note to open");
    // Overdue shows 10 of 12, with "Show more"; the first row is the oldest due date.
    expect(rows(view, "overdue")).toHaveLength(10);
    expect(rowText(rows(view, "overdue")[0])).toBe("Get Priya's conference talk budget approved");
    expect(rows(view, "overdue")[0].querySelector(".one-on-one-row-due.mod-overdue")!.textContent).toBe("40 days overdue");
    const more = view.contentEl.querySelector<HTMLElement>('[data-group="overdue"] .one-on-one-dash-more')!;
    expect(more.textContent).toBe("Show 2 more of 2");
    more.click();
    expect(rows(view, "overdue")).toHaveLength(12);
    expect(more.hasClass("is-hidden")).toBe(true);
    // People groups say who owes what.
    const headers = Array.from(view.contentEl.querySelectorAll(".one-on-one-dash-group-header")).map((h) => h.textContent);
    expect(headers).toEqual([
      "Alex KimI owe 5 · they owe 3 · 2 without owner10",
      "Jordan LeeI owe 2 · they owe 3 · 1 without owner6",
      "Mei ChenI owe 2 · they owe 13",
      "Priya NatarajanI owe 5 · they owe 4 · 1 without owner10",
      "Sam O'BrienI owe 5 · they owe 3 · 1 without owner9",
      "No personI owe 5 · 11 without owner16",
    ]);
    // A person group collapses from its header.
    view.contentEl.querySelector<HTMLElement>('[data-group="person:Mei Chen"] .one-on-one-dash-group-header')!.click();
    expect(view.contentEl.querySelectorAll('[data-group="person:Mei Chen"] .one-on-one-row')).toHaveLength(0);
    // Headers are buttons for the keyboard too: Enter and space fold a section or a group (a key on the overview button inside does not).
    const key = (el: HTMLElement, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
    const overdueHeader = view.contentEl.querySelector<HTMLElement>('[data-section="overdue"] .one-on-one-dash-section-header')!;
    key(overdueHeader, "Enter");
    expect(rows(view, "overdue")).toHaveLength(0);
    key(overdueHeader, " ");
    expect(rows(view, "overdue")).toHaveLength(12);
    const samHeader = view.contentEl.querySelector<HTMLElement>('[data-group="person:Sam O\'Brien"] .one-on-one-dash-group-header')!;
    key(samHeader.querySelector<HTMLElement>(".one-on-one-dash-overview")!, "Enter");
    expect(view.contentEl.querySelectorAll('[data-group="person:Sam O\'Brien"] .one-on-one-row').length).toBeGreaterThan(0);
    key(samHeader, "Enter");
    expect(view.contentEl.querySelectorAll('[data-group="person:Sam O\'Brien"] .one-on-one-row')).toHaveLength(0);
    // Status bar.
    expect(s.t.fake.statusBarEl.querySelector(".one-on-one-status")!.textContent).toBe("12 overdue");
  });

  it("rows carry a real checkbox, the rendered text, due, owner, times carried and the source note", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const row = rowAt(view, "overdue", SAM, SAM_LINE)!;
    const box = row.querySelector<HTMLInputElement>("input[type=checkbox]")!;
    expect(box.checked).toBe(false);
    // `[/]`: the unticked box alone would read as not started.
    expect(Array.from(row.querySelectorAll(".one-on-one-row-meta > span")).map((e) => [e.className, e.textContent])).toEqual([
      ["one-on-one-row-status", "In progress"],
      ["one-on-one-row-due mod-overdue", "23 days overdue"],
      ["one-on-one-row-owner", "Sam O'Brien"],
      ["one-on-one-row-carried", "Carried 1×"],
      ["one-on-one-row-source", "Sam O'Brien/2026-10-22"],
    ]);
    expect(rowText(row)).toBe("Sam to add a release-notes check to the PR template");
    // The text went through MarkdownRenderer into a child component of the view, not innerHTML.
    expect(row.querySelector(".one-on-one-row-text p")).not.toBeNull();
  });

  it("filters by words, @person and #tag", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const input = view.contentEl.querySelector<HTMLInputElement>(".one-on-one-dash-filter")!;
    input.value = "@jordan";
    input.dispatchEvent(new Event("input"));
    expect(Array.from(view.contentEl.querySelectorAll(".one-on-one-dash-group-title")).map((e) => e.textContent)).toEqual(["Jordan Lee"]);
    input.value = "#promo";
    input.dispatchEvent(new Event("input"));
    expect(rows(view, "by-person").map(rowText)).toEqual(["Prep Alex's promo packet #promo"]);
    // Clicking a rendered #tag or [[link]] in a row filters by the tag or opens the note, instead of opening the row's source.
    input.value = "";
    input.dispatchEvent(new Event("input"));
    const promo = rows(view, "by-person").find((r) => rowText(r) === "Prep Alex's promo packet #promo")!;
    promo.querySelector<HTMLElement>("a.tag")!.click();
    expect(input.value).toBe("#promo");
    expect(rows(view, "overdue")).toHaveLength(0);
    view.setFilter("");
    await s.t.write("Notes/links.md", "- [ ] Share the notes with [[People/Mei Chen|Mei]]\n");
    await until(s.t, () => rows(view, "by-person").some((r) => rowText(r) === "Share the notes with Mei"), "the new row");
    rows(view, "by-person").find((r) => rowText(r) === "Share the notes with Mei")!.querySelector<HTMLElement>("a.internal-link")!.click();
    await s.t.flush();
    expect(s.t.workspace.getActiveFile()?.path).toBe("People/Mei Chen.md");
    input.value = "nothing like this";
    input.dispatchEvent(new Event("input"));
    expect(view.contentEl.querySelector(".one-on-one-dash-empty")!.textContent).toBe("Nothing matches the filter.");
  });

  it("ticking a row completes the source line through vault.process; the change event moves the row out", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const before = exampleVault();
    const redraws = view.redraws;
    rowAt(view, "overdue", SAM, SAM_LINE)!.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await redrawn(s, view, redraws);
    expect(view.redraws).toBe(redraws + 1);
    const lines = before[SAM].split("\n");
    expect(lines[SAM_LINE - 1].startsWith("- [/] Sam to add")).toBe(true);
    lines[SAM_LINE - 1] = lines[SAM_LINE - 1].replace("- [/]", "- [x]") + ` ✅ ${TODAY}`;
    expect(s.t.read(SAM)).toBe(lines.join("\n"));
    for (const [path, text] of Object.entries(before)) if (path !== SAM) expect(s.t.read(path), path).toBe(text);
    expect(rowAt(view, "overdue", SAM, SAM_LINE)).toBeUndefined();
    expect(rowAt(view, "by-person", SAM, SAM_LINE)).toBeUndefined();
    expect(s.t.fake.statusBarEl.querySelector(".one-on-one-status")!.textContent).toBe("11 overdue");
  });

  it("a one-file change rebuilds only that file's rows; every other row stays the same element", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const all = () => Array.from(view.contentEl.querySelectorAll<HTMLElement>(".one-on-one-row"));
    const kept = all().filter((r) => r.dataset.path !== SAM);
    const created = view.rowsCreated;
    const redraws = view.redraws;
    await s.t.write(SAM, s.t.read(SAM).replace("release-notes check", "release-notes checklist"));
    await redrawn(s, view, redraws);
    expect(view.redraws).toBe(redraws + 1);
    const now = all();
    for (const r of kept) expect(now).toContain(r);
    // The changed item is in Overdue, Sam's group and Stale: three new rows, nothing else rebuilt.
    expect(view.rowsCreated - created).toBe(3);
    expect(rowText(rowAt(view, "overdue", SAM, SAM_LINE)!)).toBe("Sam to add a release-notes checklist to the PR template");
  });

  it("a refused write tells the user, writes nothing and refreshes the row", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const row = rowAt(view, "overdue", SAM, SAM_LINE)!;
    // The line changes under the dashboard (sync, another device) before the change reaches it.
    const changed = s.t.read(SAM).replace("release-notes check to the PR template", "release-notes check (done by Jun)");
    await s.t.fake.vault.modify(s.t.file(SAM), changed);
    const box = row.querySelector<HTMLInputElement>("input[type=checkbox]")!;
    box.click();
    await until(s.t, () => notices.includes(REFRESHED_NOTICE), "the refusal notice");
    expect(s.t.read(SAM)).toBe(changed);
    await until(s.t, () => !row.isConnected, "the row to be refreshed");
    expect(rowText(rowAt(view, "overdue", SAM, SAM_LINE)!)).toBe("Sam to add a release-notes check (done by Jun)");
  });

  it("with the note open in an editor, ticking edits through the editor: unsaved typing and the cursor stay", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const md = await s.t.openFile(SAM);
    const typed = "Typed, not saved yet. ";
    md.editor.replaceRange(typed, { line: 6, ch: 0 });
    md.editor.setCursor({ line: 6, ch: typed.length });
    rowAt(view, "overdue", SAM, SAM_LINE)!.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await until(s.t, () => md.editor.getLine(SAM_LINE - 1).startsWith("- [x]"), "the editor to show the completed line");
    expect(md.editor.getLine(SAM_LINE - 1)).toMatch(new RegExp(`^- \\[x\\] Sam to add .* ✅ ${TODAY}$`));
    expect(md.editor.getLine(6).startsWith(typed)).toBe(true);
    expect(md.editor.getCursor()).toEqual({ line: 6, ch: typed.length });
    await s.t.flush();
    expect(s.t.read(SAM)).toBe(md.editor.getValue());
  });

  it("redraws only while shown, catches up when shown again, and rolls over at midnight", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const leafEl = s.t.workspace.getLeavesOfType("one-on-one-dashboard")[0].containerEl;
    leafEl.style.display = "none";
    const redraws = view.redraws;
    await s.t.write("Daily/2026-11-25.md", s.t.read("Daily/2026-11-25.md") + "\n- [ ] New thing 📅 2026-11-20\n");
    await new Promise((r) => setTimeout(r, 100));
    await s.t.flush();
    expect(view.redraws).toBe(redraws);
    leafEl.style.display = "";
    s.t.workspace.trigger("layout-change");
    expect(view.redraws).toBe(redraws + 1);
    expect(rows(view, "overdue").map(rowText)).toContain("New thing");

    // Midnight: the day changes, the signal fires once, items due today become overdue.
    view.setFilter("finance again");
    const dueToday = rowAt(view, "this-week", "Daily/2026-11-25.md", 5)!;
    expect(dueToday.querySelector(".one-on-one-row-due")!.textContent).toBe("Due today");
    expect(rows(view, "overdue")).toHaveLength(0);
    vi.setSystemTime(new Date("2026-11-26T00:00:30"));
    const drawn = view.redraws;
    s.plugin.followups.signal.checkDay();
    await redrawn(s, view, drawn);
    expect(view.redraws).toBe(drawn + 1);
    expect(rowAt(view, "overdue", "Daily/2026-11-25.md", 5)!.querySelector(".one-on-one-row-due")!.textContent).toBe("1 day overdue");
  });

  it("Start 1:1 writes the person's 1:1 note for today; the done toggle lists what was done this week, and unticking reopens it", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const sam = Array.from(view.contentEl.querySelectorAll<HTMLElement>(".one-on-one-dash-due-row")).find((r) => r.textContent.startsWith("Sam O'Brien"))!;
    sam.querySelector<HTMLButtonElement>("button")!.click();
    await until(s.t, () => s.t.fake.vault.getFileByPath(`1-1s/Sam O'Brien/${TODAY}.md`) !== null, "the new 1:1 note");
    await until(s.t, () => !Array.from(view.contentEl.querySelectorAll(".one-on-one-dash-due-person")).some((e) => e.textContent === "Sam O'Brien"), "Sam to leave 1:1s due");

    const toggle = view.contentEl.querySelector<HTMLInputElement>(".one-on-one-dash-done-toggle input")!;
    toggle.click();
    const done = rows(view, "done");
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((r) => r.querySelector<HTMLInputElement>("input[type=checkbox]")!.checked)).toBe(true);
    const row = done.find((r) => r.dataset.path === "1-1s/Alex Kim/2026-11-24.md")!;
    const line = Number(row.dataset.line);
    expect(s.t.read(row.dataset.path!).split("\n")[line - 1]).toBe("\t- [x] Collect peer feedback from Priya and Jordan ✅ 2026-11-20");
    const redraws = view.redraws;
    row.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await redrawn(s, view, redraws);
    expect(s.t.read("1-1s/Alex Kim/2026-11-24.md").split("\n")[line - 1]).toBe("\t- [ ] Collect peer feedback from Priya and Jordan");
    expect(rows(view, "done").some((r) => r.dataset.line === String(line) && r.dataset.path === "1-1s/Alex Kim/2026-11-24.md")).toBe(false);
  });

  it("the done toggle says when nothing was done this week (a [x] without a date, or done long ago), and fills as items are ticked", async () => {
    const files = { "Projects/Launch.md": "# Launch\n\n- [ ] Send the rollout plan to finance 📅 2026-11-30\n- [x] Book the venue\n- [x] Draft the agenda ✅ 2026-10-02\n" };
    const s = await start(files, {});
    const view = await openDashboard(s);
    const section = () => view.contentEl.querySelector<HTMLElement>('[data-section="done"]');
    const emptyText = () => section()!.querySelector<HTMLElement>(".one-on-one-dash-section-empty")!;
    view.contentEl.querySelector<HTMLInputElement>(".one-on-one-dash-done-toggle input")!.click();
    expect(section()!.querySelector(".one-on-one-dash-section-header")!.textContent).toBe("Done in the last 7 days0");
    expect(emptyText().textContent).toBe("Nothing done in the last 7 days. An item counts once its line has a done date (✅ 2026-11-25).");
    expect(emptyText().hasClass("is-hidden")).toBe(false);
    expect(rows(view, "done")).toEqual([]);
    const redraws = view.redraws;
    rows(view, "this-week")[0].querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await redrawn(s, view, redraws);
    expect(rows(view, "done").map(rowText)).toEqual(["Send the rollout plan to finance"]);
    expect(emptyText().hasClass("is-hidden")).toBe(true);
  });

  it("says how many days an item is overdue for two months, then since when (not “1930 days overdue”)", async () => {
    const files = {
      "Daily/2026-11-20.md": "- [ ] Renew the team's license 📅 2026-09-26\n- [ ] Send the Q3 numbers 📅 2026-09-25\n- [ ] Ask about the archive 📅 2021-03-05\n",
    };
    const s = await start(files, {});
    const view = await openDashboard(s);
    const labels = rows(view, "overdue").map((r) => [rowText(r), r.querySelector(".one-on-one-row-due.mod-overdue")!.textContent]);
    expect(labels).toEqual([
      ["Ask about the archive", "Overdue since 2021-03-05"],
      ["Send the Q3 numbers", "Overdue since 2026-09-25"],
      ["Renew the team's license", "60 days overdue"],
    ]);
  });

  it("lists at most five 1:1s due, most overdue first, then Show N more lists the rest", async () => {
    const files = exampleVault();
    // Five more people with a cadence and no 1:1 yet: due today like Priya (by name), after Sam (overdue).
    for (const name of ["Ana Diaz", "Ben Ode", "Cai Wu", "Dev Rao", "Eve Park"]) files[`People/${name}.md`] = `---\ncadence: weekly\n---\n# ${name}\n`;
    const s = await start(files, exampleSettings());
    const view = await openDashboard(s);
    const section = () => view.contentEl.querySelector<HTMLElement>('[data-section="due-1-1s"]')!;
    const people = () => Array.from(section().querySelectorAll(".one-on-one-dash-due-person")).map((e) => e.textContent);
    expect(section().querySelector(".one-on-one-dash-count")!.textContent).toBe("7");
    expect(people()).toEqual(["Sam O'Brien", "Ana Diaz", "Ben Ode", "Cai Wu", "Dev Rao"]);
    const more = section().querySelector<HTMLButtonElement>("button.one-on-one-dash-more")!;
    expect(more.hasClass("is-hidden")).toBe(false);
    expect(more.textContent).toBe("Show 2 more");
    more.click();
    expect(people()).toEqual(["Sam O'Brien", "Ana Diaz", "Ben Ode", "Cai Wu", "Dev Rao", "Eve Park", "Priya Natarajan"]);
    expect(more.hasClass("is-hidden")).toBe(true);
    // Folding the section hides the button with the rows.
    section().querySelector<HTMLElement>(".one-on-one-dash-section-header")!.click();
    expect(people()).toEqual([]);
    expect(more.hasClass("is-hidden")).toBe(true);
  });

  it("a settings change that moves items (stale after days) redraws the view once", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const before = rows(view, "stale").length;
    const redraws = view.redraws;
    s.plugin.settings.staleDays = 1000;
    s.plugin.settings.staleCarried = 1000;
    await s.plugin.saveSettings();
    await redrawn(s, view, redraws);
    expect(view.redraws).toBe(redraws + 1);
    expect(before).toBeGreaterThan(0);
    expect(view.contentEl.querySelector('[data-section="stale"]')).toBeNull();
  });

  it("the status bar hides at 0 and opens the dashboard on click", async () => {
    const s = await start({ "Notes/a.md": "- [ ] Later 📅 2026-12-01\n" }, exampleSettings());
    const status = s.t.fake.statusBarEl.querySelector<HTMLElement>(".one-on-one-status")!;
    expect(status.hasClass("is-hidden")).toBe(true);
    await s.t.write("Notes/a.md", "- [ ] Late 📅 2026-11-01\n");
    await until(s.t, () => !status.hasClass("is-hidden"), "the status bar to show");
    expect(status.textContent).toBe("1 overdue");
    status.click();
    await s.t.flush();
    expect(s.t.workspace.getLeavesOfType("one-on-one-dashboard")).toHaveLength(1);
  });

  it("tells a new user what to do", async () => {
    const s = await start({ "Notes/a.md": "# Nothing yet\n" }, {});
    const view = await openDashboard(s);
    expect(Array.from(view.contentEl.querySelectorAll(".one-on-one-dash-hint")).map((h) => h.textContent)).toEqual([
      "Set your name in the plugin settings (My name): items you own then count as “I owe”, and @me always means you.",
      "Add a note per person in the “People” folder (with cadence: weekly in its frontmatter) to group items by person and see whose 1:1 is due.",
    ]);
    expect(view.contentEl.querySelector(".one-on-one-dash-empty")!.textContent).toMatch(/^No open action items\. Any task line in the vault counts/);
  });
});

describe("owesText", () => {
  it("leaves out what is zero, so a vault with no one set up does not read 'I owe 0 · they owe 0'", async () => {
    const { owesText } = await import("../../../src/plugin/followups/dashboard-sections");
    expect(owesText(0, 0, 12)).toBe("12 without owner");
    expect(owesText(2, 0, 2)).toBe("I owe 2");
    expect(owesText(0, 3, 4)).toBe("they owe 3 · 1 without owner");
    expect(owesText(1, 1, 2)).toBe("I owe 1 · they owe 1");
  });
});

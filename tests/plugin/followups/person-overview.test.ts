// The person overview in the fake host over examples/vault (today 2026-11-25): opened from the dashboard, the command,
// a person note's header action and a `view: person` block; its rows tick the source line; it redraws only for changes.
import { afterEach, describe, expect, it } from "vitest";
import { lastModal, notices, unloadPlugin, type Component as FakeComponent } from "../../fakes/obsidian";
import type { PersonOverviewView } from "../../../src/plugin/followups/person-overview-view";
import { disposeStarted, exampleSettings, exampleVault, start, until, type Started } from "../notes/harness";
import { openDashboard } from "./dashboard-harness";

afterEach(disposeStarted);

const TODAY = "2026-11-25";
const SAM = "1-1s/Sam O'Brien/2026-11-12.md";
const SKIP_LEVEL = "- [ ] Set up a skip-level with Marco for Sam @me 📅 2026-11-20";

const overviewView = (s: Started) => s.t.workspace.getLeavesOfType("one-on-one-person")[0]?.view as unknown as PersonOverviewView | undefined;
const sectionRows = (el: HTMLElement, title: string) => {
  const section = Array.from(el.querySelectorAll<HTMLElement>(".one-on-one-person-section")).find((x) => x.querySelector(".one-on-one-person-section-title")!.textContent.startsWith(title))!;
  return Array.from(section.querySelectorAll<HTMLElement>(".one-on-one-row")).map((r) => r.querySelector(".one-on-one-row-text")!.textContent.trim());
};
const openedLine = (x: Element) => Array.from(x.children).map((c) => c.textContent).join(" | ");
const titles = (el: HTMLElement) => Array.from(el.querySelectorAll(".one-on-one-person-section-title")).map((x) => x.textContent);

async function settle(s: Started): Promise<void> {
  await new Promise((r) => setTimeout(r, 120));
  await s.t.flush();
}

async function fromDashboard(s: Started, person: string): Promise<PersonOverviewView> {
  const dash = await openDashboard(s);
  const header = dash.contentEl.querySelector<HTMLElement>(`[data-group="person:${person}"] .one-on-one-dash-group-header`)!;
  header.querySelector<HTMLElement>(".one-on-one-dash-overview")!.click();
  await until(s.t, () => overviewView(s)?.panel?.redraws === 1, "the overview to draw");
  await settle(s);
  return overviewView(s)!;
}

describe("person overview", () => {
  it("opens from a person group's header in the dashboard and shows cadence, both directions, the timeline, topics and questions", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await fromDashboard(s, "Sam O'Brien");
    const el = view.contentEl;
    expect(view.getDisplayText()).toBe("Overview: Sam O'Brien");
    expect(view.containerEl.querySelector(".view-header-title")!.textContent).toBe("Overview: Sam O'Brien");
    expect(el.querySelector(".one-on-one-person-facts")!.textContent).toBe("Cadence: weekly · Last 1:1: 2026-11-12 · Next: 2026-11-19 (6 days overdue)");
    expect(el.querySelector(".one-on-one-person-start")!.textContent).toBe("Start 1:1");
    expect(titles(el)).toEqual(["I owe (5)", "They owe (3)", "Unassigned (1)", "1:1 notes", "Topics for the next 1:1", "Starter questions asked"]);
    expect(sectionRows(el, "They owe")).toEqual(["Sam to add a release-notes check to the PR template", "Sam's growth plan for H1", "Sam to draft the accessibility checklist for the settings pages"]);
    expect(sectionRows(el, "I owe")).toContain("Set up a skip-level with Marco for Sam");
    // The timeline, newest first, with what each 1:1 opened and what closed since (with dates).
    const entries = Array.from(el.querySelectorAll<HTMLElement>(".one-on-one-person-entry"));
    expect(entries.map((e) => e.querySelector(".one-on-one-person-entry-date")!.textContent)).toEqual(["2026-11-12", "2026-10-22", "2026-10-08", "2026-10-01"]);
    expect(entries[0].querySelector(".one-on-one-person-entry-counts")!.textContent).toBe("8 items · 6 open · 2 closed since");
    expect(Array.from(entries[0].querySelectorAll(".one-on-one-person-closed")).map((x) => x.textContent)).toContain("✓ Sam to send me the link to his brag doc (2026-11-13)");
    // The items it opened that are still open, with owner and due (overdue marked), the first five and "+N more".
    const opened = Array.from(entries[0].querySelectorAll<HTMLElement>(".one-on-one-person-opened"));
    expect(opened.map(openedLine)).toEqual([
      "○ Sam's growth plan for H1 | @Sam O'Brien | due 2026-12-04",
      "○ Pick one area to go deep on (accessibility or performance) | no owner",
      "○ Set up a skip-level with Marco for Sam | @me | due 2026-11-20",
      "○ Book accessibility training for Sam | @me | due 2026-12-15",
      "○ Sam to draft the accessibility checklist for the settings pages | @Sam O'Brien | due 2026-12-04",
    ]);
    expect(opened[2].querySelector(".one-on-one-person-opened-due")!.classList.contains("mod-overdue")).toBe(true);
    expect(opened[0].querySelector(".one-on-one-person-opened-due")!.classList.contains("mod-overdue")).toBe(false);
    expect(entries[0].querySelector(".one-on-one-person-more")!.textContent).toBe("+1 more open");
    // Open items are not a second set of checkboxes: only the sections above tick.
    expect(entries[0].querySelector("input[type=checkbox]")).toBeNull();
    // Feedback blocks with the linter's status: the release-notes block misses Options; the pairing block is clean.
    expect(entries[1].querySelector(".one-on-one-person-feedback")!.textContent).toMatch(/^Feedback for Sam: release notes: \d+ findings?$/);
    expect(entries[0].querySelector(".one-on-one-person-feedback")!.textContent).toBe("Feedback for Sam: pairing with Jun: clean");
    expect(Array.from(el.querySelectorAll(".one-on-one-person-topic")).map((x) => x.textContent)).toEqual(["Accessibility training: is December too early?", "How pairing with Jun is going from his side"]);
    expect(el.querySelectorAll(".one-on-one-person-question").length).toBeGreaterThan(0);

    // "Start 1:1" writes today's 1:1 note with Sam and opens it (in the tab, as a link would: back returns to the overview).
    el.querySelector<HTMLElement>(".one-on-one-person-start")!.click();
    await until(s.t, () => s.t.workspace.getActiveFile()?.path === `1-1s/Sam O'Brien/${TODAY}.md`, "the new 1:1 note to open");
    expect(s.t.read(`1-1s/Sam O'Brien/${TODAY}.md`)).toContain("type: one-on-one");
  });

  it("ticks a row like the dashboard: the source line is completed, the row moves to closed since, one redraw", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await fromDashboard(s, "Sam O'Brien");
    const panel = view.panel!;
    const before = s.t.read(SAM);
    const line = before.split("\n").indexOf(SKIP_LEVEL);
    expect(line).toBeGreaterThan(0);
    const row = view.contentEl.querySelector<HTMLElement>(`.one-on-one-row[data-path="${SAM}"][data-line="${line + 1}"]`)!;
    const redraws = panel.redraws;
    row.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await until(s.t, () => panel.redraws > redraws, "the overview to redraw");
    await settle(s);
    expect(panel.redraws).toBe(redraws + 1);
    const lines = before.split("\n");
    lines[line] = `${SKIP_LEVEL.replace("- [ ]", "- [x]")} ✅ ${TODAY}`;
    expect(s.t.read(SAM)).toBe(lines.join("\n"));
    expect(sectionRows(view.contentEl, "I owe")).not.toContain("Set up a skip-level with Marco for Sam");
    expect(view.contentEl.querySelector(".one-on-one-person-entry-counts")!.textContent).toBe("8 items · 5 open · 3 closed since");
    // On the timeline the ticked item leaves the open lines (now five, no "+N more") for the closed ones, with today's date.
    const entry = view.contentEl.querySelector<HTMLElement>(".one-on-one-person-entry")!;
    expect(Array.from(entry.querySelectorAll(".one-on-one-person-opened")).map(openedLine)).not.toContain("○ Set up a skip-level with Marco for Sam | @me | due 2026-11-20");
    expect(entry.querySelectorAll(".one-on-one-person-opened").length).toBe(5);
    expect(entry.querySelector(".one-on-one-person-more")).toBeNull();
    expect(Array.from(entry.querySelectorAll(".one-on-one-person-closed")).map((x) => x.textContent)).toContain(`✓ Set up a skip-level with Marco for Sam (${TODAY})`);
    // A change in another person's notes leaves the overview as it is.
    const after = panel.redraws;
    await s.t.write("Daily/2026-11-25.md", s.t.read("Daily/2026-11-25.md") + "\n- [ ] Water the plants @me");
    await settle(s);
    await new Promise((r) => setTimeout(r, 100));
    expect(panel.redraws).toBe(after);
    // A topic queued in Sam's person note changes no item, yet the overview shows it: one change, one redraw.
    const note = "People/Sam O'Brien.md";
    await s.t.write(note, s.t.read(note).replace("## Next 1:1\n\n", "## Next 1:1\n\n- Conference budget for next year\n"));
    await until(s.t, () => panel.redraws > after, "the overview to redraw");
    await settle(s);
    expect(panel.redraws).toBe(after + 1);
    await until(s.t, () => view.contentEl.querySelector(".one-on-one-person-topic")?.textContent === "Conference budget for next year", "the new topic");
  });

  it("opens from the command, its picker preset to the active note's person", async () => {
    const s = await start(exampleVault(), exampleSettings());
    await s.t.openFile("1-1s/Alex Kim/2026-11-24.md");
    expect(await s.t.runCommand("one-on-one:open-person-overview")).toBe(true);
    const picker = () => lastModal() as unknown as { inputEl?: HTMLInputElement } | undefined;
    await until(s.t, () => picker()?.inputEl?.value === "Alex Kim", "the picker to open");
    picker()!.inputEl!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    await until(s.t, () => overviewView(s)?.person === "Alex Kim", "Alex's overview");
  });

  it("a person note gets a header action that opens its overview; other notes do not", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const note = await s.t.openFile("People/Mei Chen.md");
    await settle(s);
    const action = note.containerEl.querySelector<HTMLElement>('.view-action[aria-label="Open person overview"]');
    expect(action).not.toBeNull();
    action!.click();
    await until(s.t, () => overviewView(s)?.person === "Mei Chen", "Mei's overview");
    const other = await s.t.openFile("Reading list.md");
    await settle(s);
    expect(other.containerEl.querySelector('.view-action[aria-label="Open person overview"]')).toBeNull();
    // Unloading the plugin takes the action away from person notes still open.
    const again = await s.t.openFile("People/Mei Chen.md");
    await settle(s);
    expect(again.containerEl.querySelectorAll('.view-action[aria-label="Open person overview"]').length).toBe(1);
    await unloadPlugin(s.t, s.plugin);
    expect(again.containerEl.querySelector('.view-action[aria-label="Open person overview"]')).toBeNull();
  });

  it("`view: person` in a note embeds the overview of `person:` or of the note's person", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const block = await s.t.renderCodeBlock("one-on-one", "view: person\n", "People/Jordan Lee.md");
    await settle(s);
    expect(block.el.querySelector(".one-on-one-person-name")!.textContent).toBe("Jordan Lee");
    expect(block.el.querySelectorAll(".one-on-one-person-entry").length).toBe(4);
    const named = await s.t.renderCodeBlock("one-on-one", "view: person\nperson: [[Priya Natarajan]]\n", "Daily/2026-11-25.md");
    await settle(s);
    expect(named.el.querySelector(".one-on-one-person-name")!.textContent).toBe("Priya Natarajan");
  });

  it("renders timeline item text as Markdown (a [[link]] is a link that opens its note), in a component the panel swaps on each draw", async () => {
    const files = exampleVault();
    files["1-1s/Sam O'Brien/2026-11-20.md"] =
      '---\ntype: one-on-one\nperson: "[[Sam O\'Brien]]"\ndate: 2026-11-20\n---\n# 1:1 with Sam\n\n- [ ] Ask [[Mei Chen]] to pair with Sam on the <b>settings</b> pages @me\n- [x] Read [[Priya Natarajan|Priya]]\'s notes on `ledger` ✅ 2026-11-21\n';
    const s = await start(files, exampleSettings());
    const view = await fromDashboard(s, "Sam O'Brien");
    const panel = view.panel!;
    const entry = () => view.contentEl.querySelector<HTMLElement>('.one-on-one-person-entry[data-path="1-1s/Sam O\'Brien/2026-11-20.md"]')!;
    const opened = entry().querySelector<HTMLElement>(".one-on-one-person-opened")!;
    expect(openedLine(opened)).toBe("○ Ask Mei Chen to pair with Sam on the <b>settings</b> pages | @me");
    const mei = opened.querySelector<HTMLAnchorElement>(".one-on-one-person-opened-text a.internal-link")!;
    expect([mei.textContent, mei.getAttribute("data-href")]).toEqual(["Mei Chen", "Mei Chen"]);
    // Note text is never HTML: the tag stays text.
    expect(opened.querySelector("b")).toBeNull();
    const closed = entry().querySelector<HTMLElement>(".one-on-one-person-closed")!;
    expect(closed.textContent).toBe("✓ Read Priya's notes on ledger (2026-11-21)");
    expect(Array.from(closed.querySelectorAll("a.internal-link, code")).map((e) => [e.tagName, e.textContent])).toEqual([["A", "Priya"], ["CODE", "ledger"]]);
    // The rendered text is a child component of the panel: one for the timeline beside one per row, replaced (not added) on a redraw.
    const rowsNow = () => view.contentEl.querySelectorAll(".one-on-one-row").length;
    const children = () => (panel as unknown as FakeComponent)._children.length;
    expect(children()).toBe(rowsNow() + 1);
    const redraws = panel.redraws;
    const line = s.t.read(SAM).split("\n").indexOf(SKIP_LEVEL);
    view.contentEl.querySelector<HTMLElement>(`.one-on-one-row[data-path="${SAM}"][data-line="${line + 1}"] input[type=checkbox]`)!.click();
    await until(s.t, () => panel.redraws > redraws, "the overview to redraw");
    await settle(s);
    expect(children()).toBe(rowsNow() + 1);
    // A click on the link opens the note it names.
    entry().querySelector<HTMLElement>(".one-on-one-person-opened-text a.internal-link")!.click();
    await until(s.t, () => s.t.workspace.getActiveFile()?.path === "People/Mei Chen.md", "Mei's note to open");
  });

  describe("a name without a person note", () => {
    // A vault that never had a people folder (the usual one): a project note that names Robin, and Robin's own note at the root.
    const files = {
      "Projects/Launch.md": "# Launch\n\n- [ ] Send the rollout plan to [[Robin Ahn]] 📅 2026-11-20\n",
      "Robin Ahn.md": "# Robin Ahn\n\nLeads the platform team.\n",
    };
    const shownSections = (el: HTMLElement) => Array.from(el.querySelectorAll(".one-on-one-person-section:not(.is-hidden)")).map((x) => x.querySelector(".one-on-one-person-section-title")!.textContent);

    it("says why, without empty section headings, when the people folder does not exist", async () => {
      const s = await start(files, {});
      const block = await s.t.renderCodeBlock("one-on-one", "view: person\nperson: [[Robin Ahn]]\n", "Projects/Launch.md");
      await settle(s);
      expect(block.el.querySelector(".one-on-one-person-header")!.textContent).toBe(
        "No person note for “Robin Ahn”. The people folder “People” does not exist in this vault: set it under People in the plugin settings, or add a person with “New 1:1…”.",
      );
      expect(shownSections(block.el)).toEqual([]);
    });

    it("names the folder it looked in when the folder exists", async () => {
      const s = await start(exampleVault(), exampleSettings());
      const block = await s.t.renderCodeBlock("one-on-one", "view: person\nperson: [[Robin Ahn]]\n", "Daily/2026-11-25.md");
      await settle(s);
      expect(block.el.querySelector(".one-on-one-person-header")!.textContent).toBe("No person note for “Robin Ahn” in “People”.");
      expect(shownSections(block.el)).toEqual([]);
      // The same block for a known person shows every section again.
      const known = await s.t.renderCodeBlock("one-on-one", "view: person\nperson: [[Sam O'Brien]]\n", "Daily/2026-11-25.md");
      await settle(s);
      expect(shownSections(known.el)).toEqual(["I owe (5)", "They owe (3)", "Unassigned (1)", "1:1 notes", "Topics for the next 1:1", "Starter questions asked"]);
    });

    it("the overview command says the people folder is missing instead of “no person notes yet”", async () => {
      const s = await start(files, {});
      await s.t.runCommand("one-on-one:open-person-overview");
      expect(notices.at(-1)).toBe("The people folder “People” does not exist in this vault: set it under People in the plugin settings, or add a person with “New 1:1…”.");
    });
  });
});

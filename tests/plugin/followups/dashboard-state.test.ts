// The dashboard's state across restarts (fake host, examples/vault): the filter, the done toggle and folds live in the view's
// state, which Obsidian saves in the workspace layout and gives back to the view it re-creates at the next start.
import { afterEach, describe, expect, it } from "vitest";
import type { DashboardView } from "../../../src/plugin/followups/dashboard-view";
import { disposeStarted, exampleSettings, exampleVault, restart, start, until } from "../notes/harness";
import { openDashboard, rowText } from "./dashboard-harness";

afterEach(disposeStarted);

/** What a user sees of the view's state: the filter box, the toggle, which sections and groups are folded, the rows. */
function seen(view: DashboardView) {
  const el = view.contentEl;
  return {
    filter: el.querySelector<HTMLInputElement>(".one-on-one-dash-filter")!.value,
    done: el.querySelector<HTMLInputElement>(".one-on-one-dash-done-toggle input")!.checked,
    sections: Array.from(el.querySelectorAll<HTMLElement>(".one-on-one-dash-section")).map((x) => [x.dataset.section!, x.hasClass("is-collapsed")] as const),
    groups: Array.from(el.querySelectorAll<HTMLElement>(".one-on-one-dash-group")).map((x) => [x.dataset.group!, x.hasClass("is-collapsed")] as const),
    rows: Array.from(el.querySelectorAll<HTMLElement>(".one-on-one-row")).map(rowText),
  };
}

const click = (view: DashboardView, selector: string) => view.contentEl.querySelector<HTMLElement>(selector)!.click();

describe("dashboard state", () => {
  it("keeps the filter text, the done toggle and folded groups and sections across a restart", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const view = await openDashboard(s);
    const input = view.contentEl.querySelector<HTMLInputElement>(".one-on-one-dash-filter")!;
    input.value = "plan";
    input.dispatchEvent(new Event("input"));
    click(view, ".one-on-one-dash-done-toggle input");
    click(view, `[data-group="person:Sam O'Brien"] .one-on-one-dash-group-header`);
    click(view, '[data-section="overdue"] .one-on-one-dash-section-header');
    const before = seen(view);
    expect([before.filter, before.done]).toEqual(["plan", true]);
    expect(before.groups.filter(([id]) => id.startsWith("person:"))).toEqual([["person:Priya Natarajan", false], ["person:Sam O'Brien", true], ["person:", false]]);
    expect(before.sections).toContainEqual(["overdue", true]);
    expect(before.sections).toContainEqual(["done", false]);
    expect(view.getState()).toEqual({ filter: "plan", showDone: true, collapsed: { "person:Sam O'Brien": true, "section:overdue": true }, hideTips: false });

    const again = await restart(s);
    const leaves = again.t.workspace.getLeavesOfType("one-on-one-dashboard");
    expect(leaves.map((l) => l.side)).toEqual(["right"]);
    const restored = leaves[0].view as unknown as DashboardView;
    expect(restored).not.toBe(view);
    await until(again.t, () => restored.redraws > 0, "the restored dashboard to draw");
    expect(seen(restored)).toEqual(before);
  });

  it("unfolds a group that starts folded (many people) and keeps that; ignores a state it cannot read", async () => {
    // Nine people with open items: person groups start folded.
    const files = exampleVault();
    for (const name of ["Ana Diaz", "Ben Ode", "Cai Wu", "Dev Rao"]) {
      files[`People/${name}.md`] = `---\ncadence: monthly\n---\n# ${name}\n`;
      files[`Notes/${name}.md`] = `- [ ] Ask [[${name}]] about the offsite\n`;
    }
    const s = await start(files, exampleSettings());
    const view = await openDashboard(s);
    const group = (v: DashboardView, id: string) => v.contentEl.querySelector<HTMLElement>(`[data-group="${id}"]`)!;
    expect(view.contentEl.querySelectorAll(".one-on-one-dash-group-header").length).toBeGreaterThan(8);
    expect(group(view, "person:Ben Ode").hasClass("is-collapsed")).toBe(true);
    click(view, '[data-group="person:Ben Ode"] .one-on-one-dash-group-header');
    expect(group(view, "person:Ben Ode").hasClass("is-collapsed")).toBe(false);

    const again = await restart(s);
    const restored = again.t.workspace.getLeavesOfType("one-on-one-dashboard")[0].view as unknown as DashboardView;
    await until(again.t, () => restored.redraws > 0, "the restored dashboard to draw");
    expect(group(restored, "person:Ben Ode").hasClass("is-collapsed")).toBe(false);
    expect(group(restored, "person:Cai Wu").hasClass("is-collapsed")).toBe(true);
    expect(Array.from(group(restored, "person:Ben Ode").querySelectorAll<HTMLElement>(".one-on-one-row")).map(rowText)).toEqual(["Ask Ben Ode about the offsite"]);

    // A hand-edited workspace.json: wrong types are ignored, what is readable is taken.
    await restored.setState({ filter: 7, showDone: "yes", collapsed: { "person:Cai Wu": "no", "person:Dev Rao": false } }, { history: false });
    expect(restored.getState()).toEqual({ filter: "", showDone: false, collapsed: { "person:Dev Rao": false }, hideTips: false });
    expect(group(restored, "person:Dev Rao").hasClass("is-collapsed")).toBe(false);
    expect(group(restored, "person:Ben Ode").hasClass("is-collapsed")).toBe(true);
    await restored.setState(null, { history: false });
    expect(restored.getState()).toEqual({ filter: "", showDone: false, collapsed: { "person:Dev Rao": false }, hideTips: false });
  });

  it("setup tips hidden by the user stay hidden across a restart, behind a button that shows them again", async () => {
    const s = await start({ "Notes/a.md": "# Nothing yet\n" }, {});
    const view = await openDashboard(s);
    const tips = (v: DashboardView) => v.contentEl.querySelectorAll(".one-on-one-dash-hint").length;
    const toggle = (v: DashboardView) => v.contentEl.querySelector<HTMLElement>(".one-on-one-dash-tips-toggle")!;
    expect(tips(view)).toBe(2);
    expect(toggle(view).textContent).toBe("Hide setup tips");
    toggle(view).click();
    expect(tips(view)).toBe(0);
    expect(toggle(view).textContent).toBe("Show setup tips (2)");
    expect(view.getState()).toMatchObject({ hideTips: true });
    const again = await restart(s);
    const restored = again.t.workspace.getLeavesOfType("one-on-one-dashboard")[0].view as unknown as DashboardView;
    await until(again.t, () => restored.redraws > 0, "the restored dashboard to draw");
    expect(tips(restored)).toBe(0);
    toggle(restored).click();
    expect(tips(restored)).toBe(2);
    expect(restored.getState()).toMatchObject({ hideTips: false });
  });
});

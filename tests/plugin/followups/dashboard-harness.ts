// Helpers for the dashboard tests in the fake host: open the view, find rows, wait for the debounced redraw.
import { expect } from "vitest";
import type { DashboardView } from "../../../src/plugin/followups/dashboard-view";
import { until, type Started } from "../notes/harness";

export const TODAY = "2026-11-25";
export const SAM = "1-1s/Sam O'Brien/2026-10-22.md";
export const SAM_LINE = 47; // - [/] Sam to add a release-notes check to the PR template @Sam 📅 2026-11-02 (in progress, overdue, stale)

export async function openDashboard(s: Started): Promise<DashboardView> {
  expect(await s.t.runCommand("one-on-one:open-dashboard")).toBe(true);
  const leaves = s.t.workspace.getLeavesOfType("one-on-one-dashboard");
  expect(leaves).toHaveLength(1);
  return leaves[0].view as unknown as DashboardView;
}

export const rows = (view: DashboardView, section: string) => Array.from(view.contentEl.querySelectorAll<HTMLElement>(`[data-section="${section}"] .one-on-one-row`));
export const rowText = (row: HTMLElement) => row.querySelector(".one-on-one-row-text")!.textContent.trim();
export const rowAt = (view: DashboardView, section: string, path: string, line: number) =>
  rows(view, section).find((r) => r.dataset.path === path && r.dataset.line === String(line));

/** Waits for the debounced signal to reach the view. */
export async function redrawn(s: Started, view: DashboardView, before: number): Promise<void> {
  await until(s.t, () => view.redraws > before, "the dashboard to redraw");
  // Nothing else is queued: one change, one redraw.
  await new Promise((r) => setTimeout(r, 80));
  await s.t.flush();
}

// @vitest-environment node
// The person overview in headless Chromium: production main.js over examples/vault, opened from the dashboard by real clicks, a row ticked, screenshots light and dark.
/* global host -- set in the page by browser-host.ts, typed in harness.ts */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_TODAY, useExampleHosts } from "./example-hosts";
import { SCREENSHOTS, unavailableReason, type Host } from "./harness";

const reason = unavailableReason();
const TODAY = EXAMPLE_TODAY;
const DASH = ".workspace-leaf-content[data-type='one-on-one-dashboard']";
const OVERVIEW = ".workspace-leaf-content[data-type='one-on-one-person']";

describe.skipIf(reason !== null)("person overview in headless Chromium", () => {
  const start = useExampleHosts();

  /** Opens the dashboard, then Sam's overview with a real click on his group's header button. */
  async function openSamFromDashboard(h: Host): Promise<void> {
    const { page } = h;
    expect(await page.evaluate(() => host.runCommand("one-on-one:open-dashboard"))).toBe(true);
    const button = page.locator(`${DASH} [data-group="person:Sam O'Brien"] .one-on-one-dash-overview`);
    await button.waitFor();
    await button.click();
    await page.locator(`${OVERVIEW} .one-on-one-person-entry`).first().waitFor();
    await page.locator(`${OVERVIEW} .one-on-one-person-feedback-block`).first().waitFor();
    // The click scrolled the long dashboard (and the page with it) down to Sam's group: back to the top for the screenshots.
    await page.evaluate(() => {
      for (const el of [document.scrollingElement, ...Array.from(document.querySelectorAll("*"))]) if (el && el.scrollTop) el.scrollTop = 0;
    });
  }

  it("opened from the dashboard shows Sam's timeline; a real click on a row completes the source line, byte for byte", async () => {
    const h = await start();
    const { page } = h;
    await openSamFromDashboard(h);
    const view = page.locator(OVERVIEW);
    expect(await view.locator(".one-on-one-person-name").textContent()).toBe("Sam O'Brien");
    expect(await view.locator(".one-on-one-person-entry-date").allTextContents()).toEqual(["2026-11-12", "2026-10-22", "2026-10-08", "2026-10-01"]);
    expect(await view.locator(".one-on-one-person-section-title").allTextContents()).toEqual(["I owe (5)", "They owe (3)", "Unassigned (1)", "1:1 notes", "Topics for the next 1:1", "Starter questions asked"]);
    await h.shot("person-overview-light", OVERVIEW);
    // The timeline, further down: each 1:1 with what it opened, what closed since and its feedback's status.
    const timeline = view.locator(".one-on-one-person-section").nth(3);
    const newest = timeline.locator(".one-on-one-person-entry").first();
    expect(await newest.locator(".one-on-one-person-opened-text").allTextContents()).toContain("○ Set up a skip-level with Marco for Sam");
    expect(await newest.locator(".one-on-one-person-opened").count()).toBe(5);
    expect(await newest.locator(".one-on-one-person-more").textContent()).toBe("+1 more open");
    // The item text is rendered Markdown (a paragraph), kept inline: it starts on its mark's line, and the owner follows it.
    const layout = await newest.locator(".one-on-one-person-opened").first().evaluate((line) => {
      const p = line.querySelector(".one-on-one-person-item-text p")!;
      const top = (el: Element) => Math.round(el.getBoundingClientRect().top);
      return { display: getComputedStyle(p).display, sameLine: top(p) === top(line.querySelector(".one-on-one-person-opened-text")!), lines: Math.round(line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight)) };
    });
    expect(layout).toEqual({ display: "inline", sameLine: true, lines: 1 });
    await timeline.scrollIntoViewIfNeeded();
    await timeline.screenshot({ path: join(SCREENSHOTS, "person-overview-timeline.png") });

    const path = "1-1s/Sam O'Brien/2026-11-12.md";
    const before = await page.evaluate(() => Object.fromEntries(host.paths().sort().map((p) => [p, host.read(p)])));
    const lines = before[path].split("\n");
    const line = lines.findIndex((l) => l.startsWith("- [ ] Set up a skip-level with Marco")) + 1;
    expect(line).toBeGreaterThan(0);
    const row = view.locator(`.one-on-one-row[data-path="${path}"][data-line="${line}"]`);
    await row.locator("input[type=checkbox]").click();
    await page.waitForFunction(([p, t]) => host.read(p) !== t, [path, before[path]] as const);
    const after = await page.evaluate(() => Object.fromEntries(host.paths().sort().map((p) => [p, host.read(p)])));
    for (const p of Object.keys(before)) if (p !== path) expect(after[p], p).toBe(before[p]);
    lines[line - 1] = `- [x] ${lines[line - 1].slice(6)} ✅ ${TODAY}`;
    expect(after[path]).toBe(lines.join("\n"));
    await row.waitFor({ state: "detached" });
    expect(await view.locator(".one-on-one-person-section-title").first().textContent()).toBe("I owe (4)");
    expect(await view.locator(".one-on-one-person-entry-counts").first().textContent()).toBe("8 items · 5 open · 3 closed since");
    expect(await page.evaluate(() => host.errors())).toEqual([]);
  });

  it("looks right in the dark theme", async () => {
    const h = await start({ theme: "dark" });
    await openSamFromDashboard(h);
    await h.shot("person-overview-dark", OVERVIEW);
    expect(await h.page.evaluate(() => host.errors())).toEqual([]);
  });
});

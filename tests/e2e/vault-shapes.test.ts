// @vitest-environment node
// The dashboard over notes shaped like real vaults (no people folder, Zettelkasten names, Arabic and Chinese, custom statuses in callouts), in headless Chromium.
/* global host -- set in the page by browser-host.ts, typed in harness.ts */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { openBrowser, SCREENSHOTS, startHost, unavailableReason, type Host } from "./harness";

const reason = unavailableReason();
const DASH = ".workspace-leaf-content[data-type='one-on-one-dashboard']";
const TODAY = "2026-11-25";
const LONG = "Zettelkasten/202107291603-Reading notes on how small teams keep their on-call rotation humane and what we could copy.md";

/** A vault no one set up for the plugin: no People folder, no owners, names and scripts as people write them. */
const FILES: Record<string, string> = {
  [LONG]: "# On-call rotations\n\n- [ ] Link to other permanent notes\n",
  "ملاحظات/اجتماع الفريق.md": "# اجتماع الفريق\n\n- [ ] مراجعة خطة الإطلاق مع الفريق قبل يوم الخميس\n",
  "会议/周会.md": "# 周会\n\n- [ ] 准备下周的项目评审材料，并发给所有参会的同事 📅 2026-11-27\n",
  "Projects/Launch.md":
    "# Launch\n\n> [!todo] Before the launch\n> - [/] Draft the rollout plan 📅 2026-11-20\n> - [?] Ask legal about the data policy\n\n- [>] Moved to the next sprint\n- [-] Dropped: a second beta\n- [ ] Prepare the demo\n    - [ ] Record a backup video of the demo\n",
};

describe.skipIf(reason !== null)("the dashboard over real-shaped notes in headless Chromium", () => {
  let browser: Browser;
  let h: Host;

  beforeAll(async () => {
    browser = await openBrowser();
    h = await startHost({ browser, files: FILES, pluginData: {}, now: `${TODAY}T10:00:00` });
    await h.page.evaluate(async () => {
      await host.layoutReady();
      await (host.app.fake.plugins.plugins["one-on-one"] as unknown as { actions: { whenReady(): Promise<void> } }).actions.whenReady();
      await host.runCommand("one-on-one:open-dashboard");
    });
    await h.page.locator(`${DASH} .one-on-one-row`).first().waitFor();
  }, 30000);

  afterAll(async () => {
    await h?.close();
    await browser?.close();
  });

  const row = (path: string) => h.page.locator(`${DASH} [data-section='by-person'] .one-on-one-row[data-path="${path}"]`).first();

  it("a 100-character note name stays on one line, cut with an ellipsis, the full path on hover", async () => {
    const source = row(LONG).locator(".one-on-one-row-source");
    const box = await source.evaluate((el) => ({
      lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      cut: el.scrollWidth > el.clientWidth,
      inside: el.getBoundingClientRect().right <= el.closest(".one-on-one-row")!.getBoundingClientRect().right,
      tooltip: el.getAttribute("aria-label"),
    }));
    expect(box).toEqual({ lines: 1, cut: true, inside: true, tooltip: LONG });
    await h.shot("dashboard-real-shapes", ".mod-right-split");
    expect(await h.page.evaluate(() => host.errors())).toEqual([]);
  });

  it("Arabic text reads right to left and Chinese wraps inside the row", async () => {
    const arabic = row("ملاحظات/اجتماع الفريق.md").locator(".one-on-one-row-text");
    expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    const chinese = await row("会议/周会.md").evaluate((el) => {
      const text = el.querySelector(".one-on-one-row-text")!.getBoundingClientRect();
      return { inside: text.right <= el.getBoundingClientRect().right, direction: getComputedStyle(el.querySelector(".one-on-one-row-text")!).direction };
    });
    expect(chinese).toEqual({ inside: true, direction: "ltr" });
  });

  it("`[/]` and `[?]` say so beside an empty checkbox; closed `[>]` and `[-]` are not listed", async () => {
    const launch = h.page.locator(`${DASH} [data-section='by-person'] .one-on-one-row[data-path="Projects/Launch.md"]`);
    const shown = await launch.evaluateAll((rows) => rows.map((r) => [r.querySelector(".one-on-one-row-text")!.textContent.trim(), r.querySelector(".one-on-one-row-status")?.textContent ?? null, (r as HTMLElement).dataset.task]));
    expect(shown).toEqual([
      ["Draft the rollout plan", "In progress", "/"],
      ["Ask legal about the data policy", "[?]", "?"],
      ["Prepare the demo", null, " "],
      ["Record a backup video of the demo", null, " "],
    ]);
    await h.page.locator(`${DASH} [data-section='by-person']`).screenshot({ path: join(SCREENSHOTS, "dashboard-real-shapes-by-person.png") });
  });

  it("ticking a `[?]` item inside a callout changes that line only, callout marker kept", async () => {
    const path = "Projects/Launch.md";
    const before = await h.page.evaluate(() => Object.fromEntries(host.paths().map((p) => [p, host.read(p)])));
    const target = h.page.locator(`${DASH} [data-section='by-person'] .one-on-one-row[data-path="${path}"][data-task="?"]`);
    await target.locator("input[type=checkbox]").click();
    await h.page.waitForFunction(([p, t]) => host.read(p) !== t, [path, before[path]] as const);
    const after = await h.page.evaluate(() => Object.fromEntries(host.paths().map((p) => [p, host.read(p)])));
    for (const p of Object.keys(before)) if (p !== path) expect(after[p], p).toBe(before[p]);
    expect(after[path]).toBe(before[path].replace("> - [?] Ask legal about the data policy\n", `> - [x] Ask legal about the data policy ✅ ${TODAY}\n`));
    await target.waitFor({ state: "detached" });
    expect(await h.page.evaluate(() => host.errors())).toEqual([]);
  });

  it("“Done in the last 7 days” brings its section into view, below every open item", async () => {
    const done = h.page.locator(`${DASH} [data-section='done']`);
    await h.page.evaluate(() => window.scrollTo(0, 0));
    // The open items already run past the bottom of the window: the done section, after them, starts out of sight.
    expect(await h.page.locator(`${DASH} [data-section='by-person']`).evaluate((el) => el.getBoundingClientRect().bottom > window.innerHeight)).toBe(true);
    await h.page.locator(`${DASH} .one-on-one-dash-done-toggle input`).check();
    await done.waitFor();
    const seen = await done.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(seen).toBe(true);
    // What the user sees there: the item ticked above, today.
    expect(await done.locator(".one-on-one-row-text").allTextContents()).toEqual(["Ask legal about the data policy"]);
    await h.page.locator(`${DASH} .one-on-one-dash-done-toggle input`).uncheck();
  });
});

// @vitest-environment node
// The follow-up dashboard and the live block in headless Chromium: production main.js, examples/vault, real clicks, screenshots.
/* global host -- set in the page by browser-host.ts, typed in harness.ts */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_TODAY, useExampleHosts } from "./example-hosts";
import { generateVault } from "../../bench/vault-gen";
import { OUT, SCREENSHOTS, startHost, unavailableReason, type Host } from "./harness";

const reason = unavailableReason();
const TODAY = EXAMPLE_TODAY;
const DASH = ".workspace-leaf-content[data-type='one-on-one-dashboard']";
const SIDEBAR = ".mod-right-split";

describe.skipIf(reason !== null)("follow-up dashboard in headless Chromium", () => {
  const start = useExampleHosts();

  async function openDashboard(h: Host): Promise<void> {
    expect(await h.page.evaluate(() => host.runCommand("one-on-one:open-dashboard"))).toBe(true);
    await h.page.locator(`${DASH} .one-on-one-row`).first().waitFor();
  }

  const vault = (h: Host) => h.page.evaluate(() => Object.fromEntries(host.paths().sort().map((p) => [p, host.read(p)])));

  /** Checks that only `path`'s line `line` changed, from `- [ ] …` to `- [x] … ✅ TODAY`, and returns that line. */
  async function expectOnlyTicked(h: Host, before: Record<string, string>, path: string, line: number): Promise<string> {
    await h.page.waitForFunction(([p, t]) => host.read(p) !== t, [path, before[path]] as const);
    const after = await vault(h);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const p of Object.keys(before)) if (p !== path) expect(after[p], p).toBe(before[p]);
    const lines = before[path].split("\n");
    expect(lines[line - 1].startsWith("- [ ] ")).toBe(true);
    lines[line - 1] = `- [x] ${lines[line - 1].slice(6)} ✅ ${TODAY}`;
    expect(after[path]).toBe(lines.join("\n"));
    return lines[line - 1];
  }

  it("a real click on a dashboard checkbox completes the source line, byte for byte, and the row leaves the open list", async () => {
    const h = await start();
    const { page } = h;
    await page.evaluate(() => host.openFile("1-1s/Alex Kim/2026-11-24.md"));
    await page.evaluate(() => host.showInReading());
    await openDashboard(h);
    expect(await page.locator(".one-on-one-status").textContent()).toBe("12 overdue");
    await h.shot("dashboard-light", SIDEBAR);
    await h.shot("dashboard-light-page");
    // Stale items with their triage buttons, further down the sidebar.
    await page.locator(`${DASH} [data-section='stale']`).screenshot({ path: join(SCREENSHOTS, "dashboard-stale.png") });

    // The first overdue row whose source line is a plain `- [ ]` task.
    const candidates = await page.locator(`${DASH} [data-section='overdue'] .one-on-one-row`).evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.path!, Number((e as HTMLElement).dataset.line)] as const));
    const before = await vault(h);
    const [path, line] = candidates.find(([p, l]) => before[p].split("\n")[l - 1].startsWith("- [ ] "))!;
    const row = (section: string) => page.locator(`${DASH} [data-section='${section}'] .one-on-one-row[data-path="${path}"][data-line="${line}"]`);
    expect(await row("overdue").count()).toBe(1);
    await row("overdue").locator("input[type=checkbox]").click();
    await expectOnlyTicked(h, before, path, line);
    await row("overdue").waitFor({ state: "detached" });
    expect(await row("by-person").count()).toBe(0);
    expect(await page.locator(".one-on-one-status").textContent()).toBe("11 overdue");
    expect(await page.evaluate(() => host.errors())).toEqual([]);
  });

  it("a live block in a 1:1 note lists the person's follow-ups and ticks the same way", async () => {
    const h = await start();
    const { page } = h;
    const note = "1-1s/Alex Kim/2026-11-24.md";
    await page.evaluate((p) => host.openFile(p), note);
    await page.evaluate(() => host.showInReading());
    const block = page.locator(".mod-root .block-language-one-on-one");
    await block.locator(".one-on-one-row").first().waitFor();
    expect(await block.locator(".one-on-one-block-title").textContent()).toBe("Follow-ups with Alex Kim · 5 open");
    await h.shot("note-with-live-block", ".mod-root");

    const before = await vault(h);
    const path = "1-1s/Alex Kim/2026-10-06.md";
    const line = before[path].split("\n").findIndex((l) => l.startsWith("- [ ] Alex to write the on-call runbook")) + 1;
    const row = block.locator(`.one-on-one-row[data-path="${path}"][data-line="${line}"]`);
    await row.locator("input[type=checkbox]").click();
    await expectOnlyTicked(h, before, path, line);
    await row.waitFor({ state: "detached" });
    expect(await block.locator(".one-on-one-block-title").textContent()).toBe("Follow-ups with Alex Kim · 4 open");
    expect(await page.evaluate(() => host.errors())).toEqual([]);
  });

  it("looks right in the dark theme and in a 375 px phone sidebar", async () => {
    const dark = await start({ theme: "dark" });
    await openDashboard(dark);
    await dark.shot("dashboard-dark", SIDEBAR);
    const phone = await start({ viewport: { width: 375, height: 812 } });
    await openDashboard(phone);
    // Touch-sized checkboxes and a visible "More actions" button on every row (no hover-only actions).
    const sizes = await phone.page.locator(`${DASH} .one-on-one-row`).first().evaluate((row) => {
      const box = row.querySelector("input")!.getBoundingClientRect();
      const more = row.querySelector(".one-on-one-row-more")!.getBoundingClientRect();
      return { box: [box.width, box.height], more: more.width > 0 && more.height > 0, fits: row.getBoundingClientRect().right <= window.innerWidth };
    });
    expect(sizes).toEqual({ box: [24, 24], more: true, fits: true });
    // A stale row's Do / Delegate / Drop stay on one line, inside the row.
    const triage = await phone.page.locator(`${DASH} [data-section='stale'] .one-on-one-row-triage`).first().evaluate((bar) => {
      const boxes = Array.from(bar.querySelectorAll("button")).map((b) => b.getBoundingClientRect());
      return { labels: Array.from(bar.querySelectorAll("button")).map((b) => b.textContent), oneLine: new Set(boxes.map((b) => Math.round(b.top))).size === 1, fits: Math.max(...boxes.map((b) => b.right)) <= bar.getBoundingClientRect().right + 0.5 };
    });
    expect(triage).toEqual({ labels: ["Do (set a date)", "Delegate (set an owner)", "Drop (cancel)"], oneLine: true, fits: true });
    await phone.shot("dashboard-375", SIDEBAR);
  });
});

describe.skipIf(reason !== null)("follow-up dashboard on a large vault in headless Chromium", () => {
  it("first render of the view on a 20,000-item vault inserts a bounded number of rows (timed and reported)", async () => {
    const notes = generateVault({ notes: 2100, seed: 3, people: 12 });
    const big = Object.fromEntries(notes.map((n) => [n.path, n.text]));
    // No page clock (it would coarsen performance.now()): today is the real date, after every generated note.
    const h = await startHost({ files: big, pluginData: { myName: "Dana Reyes" } });
    try {
      const { page } = h;
      const items = await page.evaluate(async () => {
        await host.layoutReady();
        const plugin = host.app.fake.plugins.plugins["one-on-one"] as unknown as { actions: { whenReady(): Promise<void>; index: { size: { items: number } } } };
        await plugin.actions.whenReady();
        return plugin.actions.index.size.items;
      });
      expect(items).toBeGreaterThanOrEqual(20000);
      const m = await page.evaluate(async () => {
        const commands = host.app.fake.commands;
        const t0 = performance.now();
        commands.executeCommandById("one-on-one:open-dashboard");
        await commands.lastResult;
        const t1 = performance.now();
        // Until the rows' Markdown is rendered and a frame painted.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t2 = performance.now();
        const rows = document.querySelectorAll(".one-on-one-row").length;
        const open = document.querySelectorAll(".one-on-one-dash-section").length;
        return { insertMs: t1 - t0, paintedMs: t2 - t0, rows, sections: open };
      });
      console.log(`dashboard first render, ${items} items: ${m.rows} rows in ${m.sections} sections, inserted in ${m.insertMs.toFixed(1)} ms, painted in ${m.paintedMs.toFixed(1)} ms`);
      mkdirSync(join(OUT, "e2e"), { recursive: true });
      writeFileSync(join(OUT, "e2e", "dashboard-perf.json"), JSON.stringify({ items, ...m }, null, 2));
      expect(m.rows).toBeGreaterThan(0);
      expect(m.rows).toBeLessThanOrEqual(300);
      expect(await page.evaluate(() => host.errors())).toEqual([]);
    } finally {
      await h.close();
    }
  }, 60000);
});

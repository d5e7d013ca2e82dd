// @vitest-environment node
// "Check … across vault" on a vault of a few thousand notes in headless Chromium: the page gets turns while it runs, Stop stops it, the report stays short.
/* global host -- set in the page by browser-host.ts, typed in harness.ts */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, startHost, unavailableReason, type Host } from "./harness";

const reason = unavailableReason();
const NOTES = 2400;

/** 1:1 notes whose agreed actions lack an owner or a date, among notes of prose with no task at all (as most notes are). */
function files(): Record<string, string> {
  const out: Record<string, string> = { "People/Sam Lee.md": "---\naliases: [Sam]\n---\n# Sam Lee\n" };
  for (let i = 0; i < NOTES; i++) {
    const day = `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    out[i % 3 === 0 ? `1-1s/Sam/${day} ${i}.md` : `Reference/Note ${i}.md`] =
      i % 3 === 0
        ? `---\ntype: one-on-one\nperson: "[[Sam Lee]]"\ndate: ${day}\n---\n# 1:1 with Sam\n\n## Action items\n\n- [ ] Look into the staging costs\n- [ ] Sam to pair with Mei on the settings page\n- [ ] Update the rota @me 📅 ${day}\n`
        : `# Note ${i}\n\nThe team agreed to review the plan next week, after the call with the data owners.\n\n## Details\n\nNothing to do here; later notes say more.\n`;
  }
  return out;
}

describe.skipIf(reason !== null)("vault-wide checks on a large vault in headless Chromium", () => {
  let browser: Browser;
  let h: Host;

  beforeAll(async () => {
    browser = await openBrowser();
    h = await startHost({ browser, files: files(), pluginData: { myName: "Dana Reyes" } });
    await h.page.evaluate(async () => {
      await host.layoutReady();
      await (host.app.fake.plugins.plugins["one-on-one"] as unknown as { actions: { whenReady(): Promise<void> } }).actions.whenReady();
    });
  }, 120000);

  afterAll(async () => {
    await h?.close();
    await browser?.close();
  });

  const closeReports = () => h.page.evaluate(() => host.obsidian.openModals.slice().forEach((m) => m.close()));

  it("gives the page a turn while it checks: a timer set as it starts runs while the report shows progress and Stop", async () => {
    const seen = await h.page.evaluate(async () => {
      host.app.fake.commands.executeCommandById("one-on-one:check-action-items-across-vault");
      const status = () => document.querySelector(".one-on-one-feedback-status")?.textContent ?? "";
      const midway = await new Promise<{ status: string; bar: number | null; stop: boolean }>((resolve) =>
        window.setTimeout(() => {
          const bar = document.querySelector<HTMLProgressElement>(".one-on-one-feedback-progress progress");
          resolve({ status: status(), bar: bar && bar.value, stop: Array.from(document.querySelectorAll(".one-on-one-feedback-progress button")).some((b) => b.textContent === "Stop") });
        }, 0),
      );
      while (!/ notes\.$/.test(status())) await new Promise((r) => window.setTimeout(r, 10));
      return { midway, end: status(), progressLeft: document.querySelectorAll(".one-on-one-feedback-progress").length };
    });
    expect(seen.midway.status).toMatch(/^Checked \d+ of 2401 notes…$/);
    expect(seen.midway.bar).toBe(Number(/\d+/.exec(seen.midway.status)![0]));
    expect(seen.midway.stop).toBe(true);
    // Four findings in each 1:1 note ("Look into …": no owner, no due date, vague; "Sam to pair …": no due date), all counted though not all drawn.
    expect(seen.end).toBe(`${(NOTES / 3) * 4} under-specified action item findings in ${NOTES / 3} of 2401 notes.`);
    expect(seen.progressLeft).toBe(0);
    expect(await h.page.locator(".one-on-one-feedback-note").count()).toBe(50);
    expect(await h.page.locator(".one-on-one-feedback-more-notes").textContent()).toBe(`Show 50 more notes of ${NOTES / 3 - 50}`);
    // Messages start in one column whatever the severity's word ("Warning", "Hint"), so the report reads as a table.
    const lefts = await h.page.evaluate(() => Array.from(document.querySelectorAll(".one-on-one-feedback-message"), (m) => Math.round(m.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    await h.shot("vault-check-report", ".modal");
    await closeReports();
  });

  it("stops on Stop, saying how far it got", async () => {
    const end = await h.page.evaluate(async () => {
      host.app.fake.commands.executeCommandById("one-on-one:check-action-items-across-vault");
      await new Promise((r) => window.setTimeout(r, 0));
      Array.from(document.querySelectorAll<HTMLButtonElement>(".one-on-one-feedback-progress button")).find((b) => b.textContent === "Stop")?.click();
      const status = () => document.querySelector(".one-on-one-feedback-status")?.textContent ?? "";
      while (!/ notes\.$/.test(status())) await new Promise((r) => window.setTimeout(r, 10));
      return status();
    });
    const [, checked, findings, notes, of] = /^Stopped after (\d+) of 2401 notes\. (\d+) under-specified action item findings in (\d+) of (\d+) notes\.$/.exec(end) ?? [];
    expect(Number(checked)).toBeLessThan(2401);
    expect(of).toBe(checked);
    expect(Number(findings)).toBe(Number(notes) * 4);
    await closeReports();
    expect(await h.page.evaluate(() => host.errors())).toEqual([]);
  });
});

// @vitest-environment node
// The production main.js in real headless Chromium: onload, layout ready, settings tab, commands, onunload.
/* global host -- set in the page by browser-host.ts, typed in harness.ts */
import { existsSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleVault, startHost, unavailableReason, type Host } from "./harness";

const reason = unavailableReason();
if (reason && !process.env.CI) console.log(`[e2e] skipped: ${reason}`);

describe.runIf(reason !== null && !!process.env.CI)("e2e prerequisites", () => {
  it("has Chromium", () => {
    throw new Error(`e2e cannot run on CI: ${reason}`);
  });
});

describe.skipIf(reason !== null)("plugin in headless Chromium", () => {
  let h: Host;
  const files = exampleVault();

  beforeAll(async () => {
    h = await startHost({ files });
  }, 30000);

  afterAll(async () => {
    await h?.close();
  });

  it("loads through onload and gets ready", async () => {
    await h.page.evaluate(() => host.layoutReady());
    expect(await h.page.evaluate(() => host.paths().length)).toBe(Object.keys(files).length);
    expect(await h.page.evaluate(() => host.settings())).toMatchObject({ peopleFolder: expect.any(String) });
    expect(await h.page.evaluate(() => host.errors())).toEqual([]);
  });

  it("renders the settings tab", async () => {
    const names = await h.page.evaluate(() => host.openSettings());
    expect(await h.page.locator(".vertical-tab-content").count()).toBe(1);
    for (const name of names) expect(name.trim()).not.toBe("");
    const shot = await h.screenshot("settings");
    expect(existsSync(shot) && statSync(shot).size > 1000).toBe(true);
    await h.page.evaluate(() => host.closeSettings());
  });

  it("runs every available command without errors", async () => {
    const ids = await h.page.evaluate(() => host.commandIds());
    for (const id of ids) {
      await h.page.evaluate(async (cmd) => {
        // A command may wait on a modal; give it a moment, then close what it opened.
        await Promise.race([host.runCommand(cmd), new Promise((r) => setTimeout(r, 100))]);
        for (const m of host.obsidian.openModals.slice()) m.close();
      }, id);
    }
    await h.screenshot("after-commands");
    expect(await h.page.evaluate(() => host.errors())).toEqual([]);
  });

  it("unloads and releases every registration", async () => {
    await h.page.evaluate(() => host.unload());
    const [now, before] = await h.page.evaluate(() => [host.resources(), host.baseline()]);
    expect(now).toEqual(before);
    expect(await h.page.evaluate(() => host.errors())).toEqual([]);
  });
});

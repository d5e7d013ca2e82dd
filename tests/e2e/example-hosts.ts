// Chromium hosts over examples/vault with its settings, pinned to the vault's "today", the plugin's index ready: shared by the dashboard and overview e2e files.
/* global host -- set in the page by browser-host.ts, typed in harness.ts */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { exampleCorePlugins, exampleSettings, exampleVault, openBrowser, ROOT, startHost, type Host, type StartOptions } from "./harness";

/** The example vault's pinned day (examples/expected.json). */
export const EXAMPLE_TODAY = (JSON.parse(readFileSync(join(ROOT, "examples", "expected.json"), "utf8")) as { today: string }).today;

/** Call inside a describe: opens one browser for it, closes every host and the browser after; returns `start`. */
export function useExampleHosts(): (options?: Partial<StartOptions>) => Promise<Host> {
  const files = exampleVault();
  let browser: Browser;
  const hosts: Host[] = [];
  beforeAll(async () => {
    browser = await openBrowser();
  }, 20000);
  afterAll(async () => {
    for (const h of hosts) await h.close();
    await browser?.close();
  });
  return async (options = {}) => {
    const h = await startHost({ browser, files, pluginData: exampleSettings(), corePlugins: exampleCorePlugins(), now: `${EXAMPLE_TODAY}T10:00:00`, ...options });
    hosts.push(h);
    await h.page.evaluate(async () => {
      await host.layoutReady();
      await (host.app.fake.plugins.plugins["one-on-one"] as unknown as { actions: { whenReady(): Promise<void> } }).actions.whenReady();
    });
    return h;
  };
}

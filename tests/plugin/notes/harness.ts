// Loads the real plugin into the fake Obsidian over a vault of notes, with the clock pinned.
import { vi } from "vitest";
import OneOnOnePlugin from "../../../src/main";
import { clearNotices, createTestApp, listenerErrors, loadPlugin, type TestApp } from "../../fakes/obsidian";

export { exampleSettings, exampleVault } from "../../examples/example-vault";

export interface Started {
  t: TestApp;
  plugin: OneOnOnePlugin;
}

const started: TestApp[] = [];

/** For afterEach: disposes every app start() made, clears notices and listener errors, restores timers. */
export async function disposeStarted(): Promise<void> {
  for (const t of started.splice(0)) await t.dispose();
  clearNotices();
  listenerErrors.length = 0;
  vi.useRealTimers();
}

/** Pins "now" (only Date is faked, timers stay real), loads the plugin and waits for its index. */
export async function start(files: Record<string, string>, settings: unknown, now = "2026-11-25T10:30:00"): Promise<Started> {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(now) });
  const t = createTestApp({ files, pluginData: { "one-on-one": settings } });
  started.push(t);
  const plugin = await loadPlugin(OneOnOnePlugin, t);
  await t.layoutReady();
  await plugin.actions.whenReady();
  return { t, plugin };
}

/** Starts a command without waiting (it may wait on a modal); `done()` awaits it. */
export function startCommand(t: TestApp, id: string): { ran: boolean; done: () => Promise<void> } {
  const ran = t.fake.commands.executeCommandById(`one-on-one:${id}`);
  const result = t.fake.commands.lastResult;
  return {
    ran,
    async done() {
      await result;
      await t.flush();
    },
  };
}

/** Open items by identity (carried counts move when a 1:1 is added, so they are left out). */
export function openItemKeys(plugin: OneOnOnePlugin): string[] {
  return plugin.actions
    .resolved()
    .filter((i) => i.isOpen)
    .map((i) => JSON.stringify([i.path, i.line, i.original, i.owner, i.person]))
    .sort();
}

/** Flushes until `done()` holds: a checkCallback command returns true at once and works on in the background. */
export async function until(t: TestApp, done: () => boolean, what = "the command to finish"): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (done()) return;
    await t.flush();
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

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

/** Pins "now" (only Date is faked, timers stay real), loads the plugin and waits for its index; `layout` is a workspace layout an earlier start saved. */
export async function start(files: Record<string, string>, settings: unknown, now = "2026-11-25T10:30:00", layout: Record<string, unknown> | null = null): Promise<Started> {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(now) });
  const t = createTestApp({ files, pluginData: { "one-on-one": settings }, layout });
  started.push(t);
  const plugin = await loadPlugin(OneOnOnePlugin, t);
  await t.layoutReady();
  await plugin.actions.whenReady();
  return { t, plugin };
}

/**
 * Quits and starts again as Obsidian does: the vault and the plugin's data.json as they are now, the workspace layout as
 * last saved (a save asked for just before is let land first, as it would before a quit).
 */
export async function restart(s: Started, now?: string): Promise<Started> {
  await new Promise((r) => setTimeout(r, 5));
  const layout = s.t.workspace._savedLayout;
  const files = Object.fromEntries(s.t.vault.getFiles().map((f) => [f.path, s.t.read(f.path)]));
  const data = s.t.vault.adapter.hidden.get(`${s.t.vault.configDir}/plugins/${s.plugin.manifest.id}/data.json`) ?? "{}";
  started.splice(started.indexOf(s.t), 1);
  await s.t.dispose();
  return start(files, data, now, layout);
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

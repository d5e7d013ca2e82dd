// Loads the real plugin into the fake Obsidian over a vault of notes, with the clock pinned.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { vi } from "vitest";
import OneOnOnePlugin from "../../../src/main";
import { createTestApp, loadPlugin, type TestApp } from "../../fakes/obsidian";

/** examples/vault's notes and settings, as path → text. */
export function exampleVault(): Record<string, string> {
  const root = path.resolve(__dirname, "../../../examples/vault");
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(root, rel))) {
      if (name.startsWith(".")) continue;
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(root, r)).isDirectory()) walk(r);
      else if (name.endsWith(".md")) out[r] = readFileSync(path.join(root, r), "utf8");
    }
  };
  walk("");
  return out;
}

export function exampleSettings(): unknown {
  return JSON.parse(readFileSync(path.resolve(__dirname, "../../../examples/vault/.obsidian/plugins/one-on-one/data.json"), "utf8"));
}

export interface Started {
  t: TestApp;
  plugin: OneOnOnePlugin;
}

/** Pins "now" (only Date is faked, timers stay real), loads the plugin and waits for its index. */
export async function start(files: Record<string, string>, settings: unknown, now = "2026-11-25T10:30:00"): Promise<Started> {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(now) });
  const t = createTestApp({ files, pluginData: { "one-on-one": settings } });
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

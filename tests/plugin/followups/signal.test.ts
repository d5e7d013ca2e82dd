// The follow-up signal: the plugin's own interval notices midnight and tells listeners once, without a restart.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Component } from "obsidian";
import { FollowupSignal, SIGNAL_DELAY_MS } from "../../../src/plugin/followups/signal";
import type { Host } from "../../../src/plugin/host";

afterEach(() => {
  vi.useRealTimers();
});

describe("follow-up signal", () => {
  it("rolls over at midnight from its registered interval, once, and stops when the plugin unloads", () => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval", "setTimeout", "clearTimeout"], now: new Date("2026-11-25T23:58:00") });
    const plugin = new Component();
    plugin.load();
    const day = () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    };
    const host = { plugin, actions: { today: day, onChange: () => () => undefined }, onSettingsChange: () => undefined } as unknown as Pick<Host, "plugin" | "actions" | "onSettingsChange">;
    const signal = new FollowupSignal(host);
    let told = 0;
    signal.subscribe(() => told++);
    vi.advanceTimersByTime(60_000 + SIGNAL_DELAY_MS);
    expect(told).toBe(0);
    vi.advanceTimersByTime(2 * 60_000 + SIGNAL_DELAY_MS);
    expect(told).toBe(1);
    vi.advanceTimersByTime(10 * 60_000);
    expect(told).toBe(1);
    plugin.unload();
    vi.setSystemTime(new Date("2026-11-27T00:00:10"));
    vi.advanceTimersByTime(5 * 60_000);
    expect(told).toBe(1);
  });
});

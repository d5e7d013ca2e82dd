// Start-up: the longest event-loop task while the plugin's index builds over 5,000 notes in the fake host.
import { performance } from "node:perf_hooks";
import { browserGlobals } from "./browser-globals";
import type { Benchmark } from "./list";
import { record } from "./results";
import { fmt, report } from "./timing";
import { generateVault } from "./vault-gen";

export const slicesBenchmark: Benchmark = {
  name: "slices",
  async run() {
    await browserGlobals();
    const { createTestApp, DEFAULT_MANIFEST, Plugin } = await import("../tests/fakes/obsidian");
    const { registerActionIndex } = await import("../src/plugin/actions/index-sync");
    const { DEFAULT_SETTINGS } = await import("../src/settings");
    const files = Object.fromEntries(generateVault({ notes: 5000, seed: 3 }).map((n) => [n.path, n.text]));
    const t = createTestApp({ files });
    class BenchPlugin extends Plugin {}
    const plugin = new BenchPlugin(t.app as never, DEFAULT_MANIFEST);
    plugin.load();
    const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes", excludedFolders: [] as string[] };
    const service = registerActionIndex({ app: t.app, plugin: plugin as never, settings, onSettingsChange: () => {} });

    // A probe that runs on every turn of the event loop: the longest gap between two runs is the longest task.
    let last = performance.now();
    let longest = 0;
    let probing = true;
    const probe = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (probing) window.setTimeout(probe, 0);
    };
    const start = performance.now();
    last = start;
    window.setTimeout(probe, 0);
    t.workspace._setLayoutReady();
    await service.whenReady();
    probing = false;
    const total = performance.now() - start;
    report(`index build in the fake host (${service.index.size.notes} notes, ${service.index.size.items} items)`, fmt(total));
    report("longest event-loop task during the build", fmt(longest), "< 50 ms");
    record("maxSliceMs", longest);
    await t.dispose();
  },
};

// Dashboard: the view model over ~50k items, and the view's first render on a 20,000-item vault in headless Chromium.
/* global host -- the e2e page global (tests/e2e/browser-host.ts), typed in tests/e2e/harness.ts */
import { ActionIndex } from "../src/core/vault/index-store";
import { queryItems } from "../src/core/followups/follow-ups";
import { dashboardModel, parseFilter } from "../src/core/followups/dashboard-model";
import { dueList } from "../src/core/people/history";
import { modelConfigFrom } from "../src/core/vault/note-record";
import { DEFAULT_SETTINGS, modelSettings } from "../src/settings";
import { startHost, unavailableReason } from "../tests/e2e/harness";
import type { Benchmark } from "./list";
import { bestOf, fmt, report } from "./timing";
import { generateVault } from "./vault-gen";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes", excludedFolders: [] as string[] };
const TODAY = "2025-06-01";

function modelTime(): void {
  const vault = generateVault({ notes: 5000, seed: 1 });
  const index = new ActionIndex(modelConfigFrom(modelSettings(settings)));
  for (const note of vault) index.update(note.path, note.text);
  const open = queryItems(index, TODAY, settings).items;
  const directory = index.directory({ name: settings.myName, aliases: [] });
  const due = dueList(directory, index.history(directory), TODAY);
  const build = () =>
    dashboardModel({ today: TODAY, open, all: null, due, dueSoonDays: 7, filter: parseFilter(""), rowsPerGroup: 10, setup: { myName: settings.myName, people: directory.all().length, peopleFolder: "People" } });
  // Floor: one pass over the same open items reading the fields the model reads.
  const floor = bestOf(() => {
    let n = 0;
    for (const it of open) if ((it.due !== null && it.due < TODAY) || it.stale || it.person !== null) n++;
    return n;
  }, 9, 2);
  const ms = bestOf(build, 9, 2);
  report(`dashboard view model (${open.length} open of ${index.size.items} items)`, `${fmt(ms)} (${(ms / floor).toFixed(1)}× a bare pass, ${fmt(floor)})`, "< 10 ms");
}

async function firstRender(): Promise<void> {
  const reason = unavailableReason();
  if (reason) {
    report("dashboard first render in Chromium", `not measured: ${reason}`);
    return;
  }
  const notes = generateVault({ notes: 2100, seed: 3, people: 12 });
  const h = await startHost({ files: Object.fromEntries(notes.map((n) => [n.path, n.text])), pluginData: { myName: "Dana Reyes" } }); // no page clock: it would coarsen performance.now()
  try {
    const m = await h.page.evaluate(async () => {
      await host.layoutReady();
      const plugin = host.app.fake.plugins.plugins["one-on-one"] as unknown as { actions: { whenReady(): Promise<void>; index: { size: { items: number } } } };
      await plugin.actions.whenReady();
      const commands = host.app.fake.commands;
      const t0 = performance.now();
      commands.executeCommandById("one-on-one:open-dashboard");
      await commands.lastResult;
      const inserted = performance.now() - t0;
      await new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 0)));
      const painted = performance.now() - t0;
      const rows = Array.from(document.querySelectorAll(".one-on-one-row"));
      // Floor: the same rows as plain text divs, inserted and painted.
      const f0 = performance.now();
      const plain = document.body.createDiv();
      for (const r of rows) plain.createDiv({ text: r.textContent ?? "" });
      await new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 0)));
      const floor = performance.now() - f0;
      plain.remove();
      return { items: plugin.actions.index.size.items, rows: rows.length, inserted, painted, floor };
    });
    report(`dashboard first render, ${m.items} items: rows built`, String(m.rows), "a few hundred at most");
    report("dashboard first render: inserted / painted", `${fmt(m.inserted)} / ${fmt(m.painted)} (${(m.painted / m.floor).toFixed(1)}× plain rows, ${fmt(m.floor)})`, "< 100 ms");
  } finally {
    await h.close();
  }
}

export const dashboardBenchmark: Benchmark = {
  name: "dashboard",
  async run() {
    modelTime();
    await firstRender();
  },
};

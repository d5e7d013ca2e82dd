// Vault-wide checks in headless Chromium: both "Check … across vault" commands of the built main.js, against the core
// checkers over the same notes in one loop in the same page (the CLI's work: the floor), and the frames and long tasks meanwhile.
/* global host -- the e2e page global (tests/e2e/browser-host.ts), typed in tests/e2e/harness.ts */
import * as path from "node:path";
import { build } from "esbuild";
import { startHost, unavailableReason } from "../tests/e2e/harness";
import { record } from "./results";
import { fmt, report } from "./timing";
import { generateVault, rng, type GeneratedNote } from "./vault-gen";

const PROSE = "the a we it team project review plan week call notes later because but and then data said agreed maybe next after feedback loop".split(" ");

/** Notes as most of a real vault is: prose and headings, no task line (some say "feedback" in passing). */
function proseNotes(count: number): GeneratedNote[] {
  const r = rng(11);
  const sentence = () => Array.from({ length: 8 + Math.floor(r() * 20) }, () => PROSE[Math.floor(r() * PROSE.length)]).join(" ") + ".";
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 2 + Math.floor(r() * 12) }, (_, p) => (p % 3 === 0 ? `## Section ${p}\n\n` : "") + Array.from({ length: 3 }, sentence).join(" "));
    return { path: `Reference/Note ${i}.md`, text: `# Note ${i}\n\n${paragraphs.join("\n\n")}\n` };
  });
}

/** The floor as a page script: `window.checkFloor(which, notes, settings, today, directory)` runs one core checker over every note, settings read once, and counts findings. */
async function floorScript(): Promise<string> {
  const entry = `
    import { lint } from "./core/feedback/lint";
    import { checkActions } from "./core/action-check/check";
    import { actionCheckOptions, DEFAULT_SETTINGS } from "./settings";
    window.checkFloor = (which, notes, data, today, directory) => {
      const options = actionCheckOptions({ ...DEFAULT_SETTINGS, ...data }, today, directory);
      let n = 0;
      if (which === "feedback") for (const [, text] of notes) n += lint(text, { noteDate: today }).length;
      else for (const [p, text] of notes) n += checkActions(p, text, options).length;
      return n;
    };`;
  const src = path.resolve("src");
  const out = await build({ stdin: { contents: entry, resolveDir: src, loader: "ts" }, bundle: true, format: "iife", platform: "browser", target: "es2020", minify: true, define: { DOCS: "false" }, write: false, logLevel: "error" });
  return out.outputFiles[0].text;
}

export async function vaultChecks(feedbackNotes: readonly string[]): Promise<void> {
  const reason = unavailableReason();
  if (reason) {
    report("vault-wide checks in Chromium", `not measured: ${reason}`);
    return;
  }
  const notes = [...generateVault({ notes: 1500, seed: 5 }), ...feedbackNotes.map((text, i) => ({ path: `1-1s/Sam Ortiz/${i}.md`, text })), ...proseNotes(3000)];
  const chars = notes.reduce((n, x) => n + x.text.length, 0);
  const data = { myName: "Dana Reyes", actionCheckEverywhere: true, excludedFolders: [] };
  // No page clock: it would coarsen performance.now().
  const h = await startHost({ files: Object.fromEntries(notes.map((n) => [n.path, n.text])), pluginData: data });
  try {
    await h.page.addScriptTag({ content: await floorScript() });
    const m = await h.page.evaluate(async (data) => {
      await host.layoutReady();
      type Actions = { whenReady(): Promise<void>; today(): string; directory(): unknown };
      const actions = (host.app.fake.plugins.plugins["one-on-one"] as unknown as { actions: Actions }).actions;
      await actions.whenReady();
      const w = window as unknown as { checkFloor(which: string, notes: [string, string][], data: unknown, today: string, directory: unknown): number };
      const texts = host.app.vault.getMarkdownFiles().map((f): [string, string] => [f.path, host.app.read(f.path)]);
      const today = actions.today();
      /**
       * Time from the command to the report's last status line (seen by a MutationObserver, at once), the longest gap
       * between two frames meanwhile (what a user sees as a freeze) and the tasks over 50 ms (Long Tasks API).
       */
      const run = (id: string) =>
        new Promise<{ ms: number; frameGap: number; longTasks: number[]; findings: number }>((resolve) => {
          const start = performance.now();
          let lastFrame = start;
          let frameGap = 0;
          let done = false;
          const frame = () => {
            const now = performance.now();
            frameGap = Math.max(frameGap, now - lastFrame);
            lastFrame = now;
            if (!done) window.requestAnimationFrame(frame);
          };
          window.requestAnimationFrame(frame);
          const longTasks: number[] = [];
          // Only tasks that began with the command: the floor's loop before it is one long task too.
          const keep = (entries: PerformanceEntryList) => entries.forEach((e) => e.startTime >= start && longTasks.push(e.duration));
          const tasks = new PerformanceObserver((list) => keep(list.getEntries()));
          tasks.observe({ type: "longtask" });
          host.app.fake.commands.executeCommandById(id);
          const status = host.obsidian.openModals.at(-1)!.contentEl.querySelector(".one-on-one-feedback-status")!;
          const ended = () => {
            const text = status.textContent ?? "";
            if (!/ in [\d of]+ notes\.$/.test(text)) return;
            const ms = performance.now() - start;
            done = true;
            frameGap = Math.max(frameGap, performance.now() - lastFrame);
            watch.disconnect();
            // Long-task entries arrive after their task: one more turn, then the rest from the buffer.
            window.setTimeout(() => {
              keep(tasks.takeRecords());
              tasks.disconnect();
              for (const modal of host.obsidian.openModals.slice()) modal.close();
              resolve({ ms, frameGap, longTasks, findings: Number(/^\d+/.exec(text)?.[0] ?? 0) });
            }, 100);
          };
          const watch = new MutationObserver(ended);
          watch.observe(status, { childList: true, characterData: true, subtree: true });
          ended();
        });
      const out: { which: string; floor: number; ms: number; frameGap: number; longTasks: number[]; findings: number; floorFindings: number }[] = [];
      for (const which of ["feedback", "action-items"]) {
        const r = { which, floor: Infinity, ms: Infinity, frameGap: 0, longTasks: [] as number[], findings: 0, floorFindings: 0 };
        // Rounds alternate floor and command; the first of each compiles the code, so its time does not count (its frames and tasks do).
        for (let round = 0; round < 4; round++) {
          const t0 = performance.now();
          r.floorFindings = w.checkFloor(which, texts, data, today, actions.directory());
          const floor = performance.now() - t0;
          await new Promise((r) => window.setTimeout(r, 50));
          const c = await run(`one-on-one:check-${which}-across-vault`);
          r.frameGap = Math.max(r.frameGap, c.frameGap);
          r.longTasks.push(...c.longTasks);
          r.findings = c.findings;
          if (round === 0) continue;
          r.floor = Math.min(r.floor, floor);
          r.ms = Math.min(r.ms, c.ms);
        }
        out.push(r);
      }
      return { runs: out, notes: texts.length };
    }, data);
    const floor = m.runs.reduce((n, r) => n + r.floor, 0);
    const total = m.runs.reduce((n, r) => n + r.ms, 0);
    const frameGap = Math.max(...m.runs.map((r) => r.frameGap));
    const longTasks = m.runs.flatMap((r) => r.longTasks);
    report(`vault-wide checks in Chromium: ${m.notes} notes, ${(chars / 1e6).toFixed(1)} M characters`, "");
    for (const r of m.runs) {
      if (r.findings !== r.floorFindings) throw new Error(`bench: check ${r.which} across vault reported ${r.findings} findings, the core ${r.floorFindings}`);
      report(`  check ${r.which} across vault (${r.findings} findings)`, `${fmt(r.ms)} (${(r.ms / r.floor).toFixed(2)}× the core checker in one loop, ${fmt(r.floor)})`);
    }
    report("  both commands, command to last status line", `${fmt(total)} (${(total / floor).toFixed(2)}× the floor, ${fmt(floor)})`, "≤ 2×");
    report("  longest gap between two frames while they ran", fmt(frameGap), "< 50 ms");
    report("  tasks over 50 ms while they ran (Long Tasks API)", longTasks.length ? `${longTasks.length}, the longest ${fmt(Math.max(...longTasks))}` : "none", "none");
    record("checkFloorMs", floor);
    record("checkMs", total);
    record("checkMaxFrameMs", frameGap);
  } finally {
    await h.close();
  }
}

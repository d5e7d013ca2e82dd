// @vitest-environment node
// User scenarios against the production main.js in headless Chromium, on examples/vault with the clock at 2026-11-25.
/* global host -- set in the page by browser-host.ts, typed in harness.ts */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleCorePlugins, exampleSettings, exampleVault, openBrowser, ROOT, startHost, unavailableReason, type Host } from "./harness";

const reason = unavailableReason();

/** What examples/expected.json says about the vault (the parts these scenarios read). */
interface Expected {
  today: string;
  people: { path: string; name: string; cadence?: string; nextTopics: string[] }[];
  oneOnOnes: { path: string; person: string; date: string }[];
  tasks: Record<string, { line: number; status: string; due?: string }[]>;
  feedback: { path: string; line: number; title: string; expect: "good" | "bad" | "skipped"; rules?: string[]; mayAlsoFire?: string[] }[];
}

const expected = JSON.parse(readFileSync(join(ROOT, "examples", "expected.json"), "utf8")) as Expected;
const TODAY = expected.today;
const files = exampleVault();

/** Days between 1:1s for a cadence as the example vault writes it. */
function cadenceDays(cadence: string): number {
  const named: Record<string, number> = { weekly: 7, biweekly: 14, monthly: 30 };
  const every = /^every (\d+) days$/.exec(cadence);
  return named[cadence] ?? (every ? Number(every[1]) : NaN);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A Markdown section: its heading line to the next heading of the same or a higher level. */
function section(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  if (start === -1) return [];
  const level = /^#+/.exec(heading)![0].length;
  let end = start + 1;
  while (end < lines.length && !(/^#+ /.test(lines[end]) && /^#+/.exec(lines[end])![0].length <= level)) end++;
  return lines.slice(start, end);
}

const linkTo = (path: string) => `[[${path.replace(/\.md$/, "")}`;

describe.skipIf(reason !== null)("scenarios in headless Chromium", () => {
  let browser: Browser;
  let h: Host | null = null;

  beforeAll(async () => {
    browser = await openBrowser();
  }, 20000);

  afterAll(async () => {
    await h?.close();
    await browser?.close();
  });

  /** A fresh page with the example vault, its plugin data and core plugins, the clock at TODAY 10:00, layout ready. */
  async function start(): Promise<Host> {
    await h?.close();
    h = await startHost({ browser, files, pluginData: exampleSettings(), corePlugins: exampleCorePlugins(), now: `${TODAY}T10:00:00` });
    await h.page.evaluate(() => host.layoutReady());
    return h;
  }

  async function vaultSnapshot(page: Host["page"]): Promise<Record<string, string>> {
    return page.evaluate(() => Object.fromEntries(host.paths().sort().map((p) => [p, host.read(p)])));
  }

  /** Open action items as the plugin's index has them (path:line), once its reads settled. */
  async function openItems(page: Host["page"]): Promise<string[]> {
    return page.evaluate(async () => {
      const plugin = host.app.fake.plugins.plugins["one-on-one"] as unknown as { actions: { settled(): Promise<void>; resolved(): { isOpen: boolean; path: string; line: number }[] } };
      await plugin.actions.settled();
      return plugin.actions.resolved().filter((i) => i.isOpen).map((i) => `${i.path}:${i.line}`);
    });
  }

  /** Runs "New 1:1…", types `query` into the picker and clicks the suggestion reading exactly `choice`. */
  async function newOneOnOne(page: Host["page"], query: string, choice: string, shot?: string): Promise<string[]> {
    await page.evaluate(() => host.startCommand("one-on-one:new-1-1"));
    const input = page.locator(".modal.prompt .prompt-input");
    await input.waitFor();
    await input.pressSequentially(query);
    const item = page.locator(".prompt-results .suggestion-item").filter({ hasText: new RegExp(`^${choice.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });
    await item.waitFor();
    const shown = await page.locator(".prompt-results .suggestion-item").allTextContents();
    if (shot) await h!.screenshot(shot);
    await item.click();
    expect(await page.evaluate(() => host.commandDone())).toBe(true);
    return shown;
  }

  it("1. New 1:1 with Sam: note from the template, topics moved, nothing on a second run", async () => {
    const { page } = await start();
    const sam = expected.people.find((p) => p.name === "Sam O'Brien")!;
    const notePath = `1-1s/Sam O'Brien/${TODAY}.md`;
    const before = await vaultSnapshot(page);
    expect(before[notePath]).toBeUndefined();
    expect(sam.nextTopics.length).toBeGreaterThan(0);

    const openBefore = await openItems(page);
    const shown = await newOneOnOne(page, "sam", "Sam O'Brien", "new-1-1-picker");
    expect(shown).toContain("Sam O'Brien");
    expect(shown.some((s) => s.startsWith("Create person note"))).toBe(false);

    const after = await vaultSnapshot(page);
    expect(Object.keys(after).filter((p) => !(p in before))).toEqual([notePath]);
    const note = after[notePath];
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(note)?.[1].split("\n") ?? [];
    expect(frontmatter).toContain("type: one-on-one");
    expect(frontmatter).toContain(`person: "[[Sam O'Brien]]"`);
    expect(frontmatter.filter((l) => /^date: "?\d{4}-\d{2}-\d{2}"?$/.test(l))).toEqual([expect.stringContaining(TODAY)]);
    expect(note).toMatch(/^```one-on-one\nperson: \[\[Sam O'Brien\]\]\n[\s\S]*?^```$/m);
    expect(note).not.toContain("{{");
    const agenda = section(note, "## Agenda (shared before the meeting)");
    for (const topic of sam.nextTopics) expect(agenda).toContain(`- ${topic}`);

    // The topics left the person note; everything above the queue is byte for byte the same.
    const person = after[sam.path];
    const queueAt = before[sam.path].indexOf("## Next 1:1");
    expect(person.slice(0, queueAt)).toBe(before[sam.path].slice(0, queueAt));
    const queue = section(person, "## Next 1:1");
    expect(queue[0]).toBe("## Next 1:1");
    expect(queue.slice(1).filter((l) => l.trim() !== "")).toEqual([]);
    for (const topic of sam.nextTopics) expect(person).not.toContain(topic);
    for (const p of Object.keys(before)) if (p !== sam.path) expect(after[p], p).toBe(before[p]);

    // The new note is open, the cursor in the agenda.
    const opened = await page.evaluate(() => {
      const view = host.app.workspace.getActiveViewOfType(host.obsidian.MarkdownView);
      return { path: view?.file?.path, line: view?.editor.getCursor().line ?? -1 };
    });
    expect(opened.path).toBe(notePath);
    const lines = note.split("\n");
    const agendaStart = lines.indexOf(agenda[0]);
    expect(opened.line).toBeGreaterThan(agendaStart);
    expect(opened.line).toBeLessThan(agendaStart + agenda.length);
    expect((await page.evaluate(() => host.notices())).filter((n) => /unknown template/i.test(n))).toEqual([]);
    await page.evaluate(() => host.showInEditor());
    await h!.screenshot("new-1-1-note");

    // The index reads the new note as a 1:1: it adds no action item, and Sam's 1:1 is no longer due today.
    expect(await openItems(page)).toEqual(openBefore);
    expect(await page.evaluate(() => host.runCommand("one-on-one:add-plan-to-daily-note"))).toBe(true);
    const plan = section(await page.evaluate((p) => host.read(p), `Daily/${TODAY}.md`), "## 1:1s today");
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.some((l) => l.startsWith(`- ${linkTo(sam.path)}|`))).toBe(false);
    await page.evaluate((p) => host.openFile(p), notePath);
    const afterPlan = await vaultSnapshot(page);

    // Again: the note exists, so it is opened and nothing is written.
    await newOneOnOne(page, "sam", "Sam O'Brien");
    expect(await vaultSnapshot(page)).toEqual(afterPlan);
    expect((await page.evaluate(() => host.notices())).slice(-1)[0]).toMatch(/exists; opened it/);
    expect(await page.evaluate(() => host.errors())).toEqual([]);
  });

  it("2. Feedback in a CodeMirror 6 editor: underlines only in the block, a quick fix from the tooltip", async () => {
    const { page } = await start();
    const draft = expected.feedback.find((f) => f.path.startsWith("Drafts/") && f.expect === "bad")!;
    const original = files[draft.path];
    await page.evaluate(async (p) => {
      await host.openFile(p);
      host.cm.lint.forceLinting(host.showInEditor(true));
    }, draft.path);
    await page.locator(".cm-lintRange").first().waitFor();

    // Every diagnostic, and every underline in the DOM, lies inside "## Feedback for Jordan" … "## Later".
    const blockFrom = original.indexOf(`## ${draft.title}`);
    const blockTo = original.indexOf("\n## ", blockFrom + 1);
    const found = await page.evaluate(() => {
      const out: { from: number; to: number; source: string; severity: string }[] = [];
      host.cm.lint.forEachDiagnostic(host.editor.state, (d, from, to) => out.push({ from, to, source: d.source ?? "", severity: d.severity }));
      const ranges = Array.from(document.querySelectorAll(".cm-lintRange")).map((el) => host.editor.posAtDOM(el));
      return { out, ranges };
    });
    expect(found.out.length).toBeGreaterThan(0);
    for (const d of found.out) {
      expect(d.from).toBeGreaterThanOrEqual(blockFrom);
      expect(d.to).toBeLessThanOrEqual(blockTo);
    }
    for (const pos of found.ranges) expect(pos >= blockFrom && pos <= blockTo, `underline at ${pos}`).toBe(true);
    const sources = new Set(found.out.map((d) => d.source));
    for (const rule of draft.rules ?? []) expect(sources, rule).toContain(rule);
    for (const s of sources) expect([...(draft.rules ?? []), ...(draft.mayAlsoFire ?? [])], s).toContain(s);

    // Underlines are styled with Obsidian's colours (styles.css), not CodeMirror's default image.
    const style = await page.locator(".cm-lintRange-warning").first().evaluate((el) => {
      const cs = getComputedStyle(el);
      return { line: cs.textDecorationLine, style: cs.textDecorationStyle, image: cs.backgroundImage };
    });
    expect(style).toEqual({ line: "underline", style: "wavy", image: "none" });

    // Hover "Why didn't you": the tooltip shows the message and the quick fix.
    const why = "Why didn't you";
    const range = page.locator(".cm-lintRange", { hasText: why });
    await range.hover();
    const tooltip = page.locator(".cm-tooltip-lint");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain("sounds accusing: ask an open question");
    const action = tooltip.locator(".cm-diagnosticAction").filter({ hasText: "What made it hard to" });
    await action.waitFor();
    await h!.screenshot("feedback-editor-tooltip");
    await action.click();

    const fixed = original.replace(why, "What made it hard to");
    expect(fixed).not.toBe(original);
    expect(await page.evaluate(() => host.editor.state.doc.toString())).toBe(fixed);
    // The editor saves like Obsidian's: the vault now holds the fixed text, every other byte unchanged.
    await page.evaluate(() => host.flush());
    expect(await page.evaluate((p) => host.read(p), draft.path)).toBe(fixed);

    // Re-linted after the change: the question no longer fires, the other findings stay.
    await page.evaluate(() => host.cm.lint.forceLinting(host.editor));
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => {
      let why = 0;
      let all = 0;
      host.cm.lint.forEachDiagnostic(host.editor.state, (d) => {
        all++;
        if (d.source === "options/why-or-leading") why++;
      });
      return why === 0 && all > 0;
    });
    await h!.screenshot("feedback-editor-fixed");

    // Feedback the user received ("Feedback from Alex") is skipped: its harsh text gets no underline, while a block
    // of the user's own typed below it (proof that the note was linted) does.
    const skipped = expected.feedback.find((f) => f.expect === "skipped")!;
    const own = "\n\n## Feedback for Alex\n\n### Facts\n\nYou are always late.\n";
    const ownFrom = await page.evaluate(
      async ({ p, text }) => {
        await host.openFile(p);
        const view = host.showInEditor();
        const at = view.state.doc.length;
        view.dispatch({ changes: { from: at, insert: text } });
        host.cm.lint.forceLinting(view);
        return at;
      },
      { p: skipped.path, text: own },
    );
    await page.waitForFunction(() => host.cm.lint.diagnosticCount(host.editor.state) > 0);
    const positions = await page.evaluate(() => {
      const out: number[] = [];
      host.cm.lint.forEachDiagnostic(host.editor.state, (_d, from) => out.push(from));
      return [...out, ...Array.from(document.querySelectorAll(".cm-lintRange")).map((el) => host.editor.posAtDOM(el))];
    });
    expect(positions.filter((pos) => pos < ownFrom)).toEqual([]);
    expect(await page.evaluate(() => host.errors())).toEqual([]);
  });

  // CodeMirror puts `cm-tooltip-lint` on the <ul> inside `.cm-tooltip-hover`, so styles.css targets the box with :has().
  it("2b. the lint tooltip gets the plugin's styling (max-width, font size)", async () => {
    const { page } = await start();
    await page.evaluate(async (p) => {
      await host.openFile(p);
      host.cm.lint.forceLinting(host.showInEditor());
    }, expected.feedback.find((f) => f.rules?.includes("options/why-or-leading") && f.path.startsWith("1-1s/"))!.path);
    await page.locator(".cm-lintRange", { hasText: "Why didn't you" }).hover();
    const box = page.locator(".cm-tooltip:has(.cm-tooltip-lint)");
    await box.waitFor();
    // styles.css: max-width 420px and font-size var(--font-ui-small) (13px in the harness) on the tooltip box.
    const style = await box.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { maxWidth: cs.maxWidth, fontSize: cs.fontSize };
    });
    expect(style).toEqual({ maxWidth: "420px", fontSize: "13px" });
  });

  it("3. Complete the action item on the cursor line, through the editor, keeping unsaved typing", async () => {
    const { page } = await start();
    const notePath = "1-1s/Priya Natarajan/2026-10-28.md";
    const [first, second] = expected.tasks[notePath].filter((t) => t.status === " ");
    const ids = await page.evaluate(() => host.commandIds());
    const complete = ids.filter((id) => /complete/.test(id) && !/cancel|un/.test(id));
    expect(complete).toHaveLength(1);
    const id = complete[0];

    const original = files[notePath];
    const lines = original.split("\n");
    await page.evaluate(
      async ({ p, line }) => {
        const view = await host.app.openFile(p);
        view.editor.setCursor({ line, ch: 4 });
      },
      { p: notePath, line: first.line - 1 },
    );
    expect(await page.evaluate((c) => host.runCommand(c), id)).toBe(true);
    const want = [...lines];
    want[first.line - 1] = lines[first.line - 1].replace("- [ ]", "- [x]") + ` ✅ ${TODAY}`;
    expect(await page.evaluate((p) => host.read(p), notePath)).toBe(want.join("\n"));
    await page.evaluate(() => host.showInEditor());
    await h!.screenshot("complete-item");

    // The note is open, so the command edits through the editor: typing not yet saved on another line stays.
    const typed = lines[second.line - 1].replace("for Payments", "for Payments and Platform");
    expect(typed).not.toBe(lines[second.line - 1]);
    const after = await page.evaluate(
      async ({ p, line, text, cmd }) => {
        const view = host.app.workspace.getActiveViewOfType(host.obsidian.MarkdownView)!;
        view.editor.setLine(line, text);
        view.editor.setCursor({ line, ch: 4 });
        const ran = await host.runCommand(cmd);
        return { ran, editor: view.editor.getValue(), file: host.read(p) };
      },
      { p: notePath, line: second.line - 1, text: typed, cmd: id },
    );
    expect(after.ran).toBe(true);
    const done = [...want];
    done[second.line - 1] = typed.replace("- [ ]", "- [x]") + ` ✅ ${TODAY}`;
    expect(after.editor).toBe(done.join("\n"));
    await page.evaluate(() => host.showInEditor());
    await h!.screenshot("complete-item-typed");
    expect(await page.evaluate(() => host.errors())).toEqual([]);
  });

  it("4. Today's 1:1 plan in the daily note: one section, due 1:1s and due actions as links", async () => {
    const { page } = await start();
    const daily = `Daily/${TODAY}.md`;
    const before = await vaultSnapshot(page);
    await page.evaluate(() => host.runCommand("one-on-one:add-plan-to-daily-note"));
    const once = await vaultSnapshot(page);
    await page.evaluate(() => host.runCommand("one-on-one:add-plan-to-daily-note"));
    const twice = await vaultSnapshot(page);
    expect(twice).toEqual(once);
    expect(Object.keys(once)).toEqual(Object.keys(before));
    for (const p of Object.keys(before)) if (p !== daily) expect(once[p], p).toBe(before[p]);

    const text = once[daily];
    expect(text.startsWith(before[daily])).toBe(true);
    expect(text.match(/^#+ 1:1s today$/gm)).toEqual(["## 1:1s today"]);
    const plan = section(text, "## 1:1s today");
    expect(plan.filter((l) => /^\s*[-*+] \[.\]/.test(l))).toEqual([]);

    // 1:1s due today or overdue: last 1:1 + cadence on or before today.
    const due = expected.people.filter((p) => {
      const last = expected.oneOnOnes.filter((n) => n.person === p.name && n.date <= TODAY).map((n) => n.date).sort().pop();
      return p.cadence && last && addDays(last, cadenceDays(p.cadence)) <= TODAY;
    });
    expect(due.length).toBeGreaterThan(0);
    for (const p of expected.people) {
      const listed = plan.filter((l) => l.startsWith(`- ${linkTo(p.path)}|`));
      expect(listed.length, p.name).toBe(due.includes(p) ? 1 : 0);
    }

    // Open actions due today or earlier (outside excluded folders), each once, with a link to its note.
    const actions = Object.entries(expected.tasks).flatMap(([path, tasks]) =>
      tasks.filter((t) => !"xX->".includes(t.status) && t.due && t.due <= TODAY && !path.startsWith("Templates/")).map((t) => ({ path, due: t.due! })),
    );
    const actionLines = plan.filter((l) => l.startsWith("- ") && / · (overdue since \d{4}-\d{2}-\d{2}|due today) · /.test(l));
    expect(actionLines).toHaveLength(actions.length);
    for (const a of actions) {
      const when = a.due < TODAY ? `overdue since ${a.due}` : "due today";
      expect(actionLines.some((l) => l.includes(when) && l.includes(`${linkTo(a.path)}|`)), `${a.path} ${a.due}`).toBe(true);
    }
    expect(await page.evaluate(() => host.app.workspace.getActiveFile()?.path)).toBe(daily);
    await page.evaluate(() => host.showInEditor());
    await h!.screenshot("daily-plan");
    expect(await page.evaluate(() => host.errors())).toEqual([]);
  });

  it("5. Check feedback across vault: the bad notes, none of the good ones", async () => {
    const { page } = await start();
    const before = await vaultSnapshot(page);
    await page.evaluate(() => host.runCommand("one-on-one:check-feedback-across-vault"));
    const status = page.locator(".one-on-one-feedback-status");
    await page.waitForFunction(() => /findings in/.test(document.querySelector(".one-on-one-feedback-status")?.textContent ?? ""));
    const checked = Object.keys(files).filter((p) => !p.startsWith("Templates/")).length;
    const bad = expected.feedback.filter((f) => f.expect === "bad");
    const listed = await page.locator(".one-on-one-feedback-note-name").allTextContents();
    expect([...listed].sort()).toEqual([...new Set(bad.map((f) => f.path))].sort());
    for (const f of expected.feedback.filter((x) => x.expect !== "bad")) expect(listed, f.path).not.toContain(f.path);
    expect(await status.textContent()).toMatch(new RegExp(`findings in ${bad.length} of ${checked} notes`));

    // Each bad note's section names the rules its block was written to trigger.
    for (const f of bad) {
      const note = page.locator(".one-on-one-feedback-note").filter({ has: page.locator(".one-on-one-feedback-note-name", { hasText: f.path }) });
      const rules = (await note.locator(".one-on-one-feedback-rule").allTextContents()).join("\n");
      for (const rule of f.rules ?? []) expect(rules, `${f.path} ${rule}`).toContain(rule);
    }
    await h!.screenshot("feedback-report");
    expect(await vaultSnapshot(page)).toEqual(before);
    expect(await page.evaluate(() => host.errors())).toEqual([]);
  });
});

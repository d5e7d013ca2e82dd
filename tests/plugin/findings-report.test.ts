// The report both vault-wide checks share: a slice at a time with progress and Stop, bounded drawing, notes left unread.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Component, type TFile } from "obsidian";
import { createTestApp, lastModal, type TestApp } from "../fakes/obsidian";
import { showFindingsReport, type NoteReport } from "../../src/plugin/findings-report";

let t: TestApp | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.dispose();
  t = null;
});

/** A vault of `n` notes (one task each) and its files in path order. */
function vault(n: number): { t: TestApp; files: TFile[] } {
  const names = Array.from({ length: n }, (_, i) => `Notes/${String(i).padStart(3, "0")}.md`);
  t = createTestApp({ files: Object.fromEntries(names.map((p) => [p, `# ${p}\n\n- [ ] Task in ${p}\n`])), layoutReady: true });
  return { t, files: names.map((p) => t!.app.vault.getFileByPath(p)!) };
}

const status = () => lastModal().contentEl.querySelector(".one-on-one-feedback-status")?.textContent ?? "";
const click = (el: Element) => el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
const buttons = (root: Element, text: RegExp) => Array.from(root.querySelectorAll("button")).filter((b) => text.test(b.textContent ?? ""));
const rowsOf = (n: number): NoteReport => ({ findings: n, rows: Array.from({ length: n }, (_, i) => ({ line: i + 1, severity: "warning", label: "warning", message: `Finding ${i + 1}`, detail: "rule/id" })) });

/** A clock that moves only with the work: each note checked costs `ms`, so a 10 ms slice holds a few notes. */
function clockPerNote(ms: number): () => void {
  let now = 0;
  vi.spyOn(performance, "now").mockImplementation(() => now);
  return () => {
    now += ms;
  };
}

describe("showFindingsReport over many notes", () => {
  it("gives the page turns while it runs, showing how far it got with a bar and a Stop button, then the summary alone", async () => {
    const { t, files } = vault(40);
    const work = clockPerNote(4);
    let checked = 0;
    let timerSawChecked = -1;
    window.setTimeout(() => (timerSawChecked = checked), 0);
    let midway: { status: string; value: number; max: number; stop: number } | null = null;
    await showFindingsReport(t.app, "All", files, false, "finding", () => {
      work();
      if (++checked === 30) {
        const bar = lastModal().contentEl.querySelector("progress")!;
        midway = { status: status(), value: bar.value, max: bar.max, stop: buttons(lastModal().contentEl, /^Stop$/).length };
      }
      return { findings: 0, rows: [] };
    });
    // A timer set before the check began ran while it was under way, not after.
    expect(timerSawChecked).toBeGreaterThan(0);
    expect(timerSawChecked).toBeLessThan(40);
    expect(midway).toEqual({ status: expect.stringMatching(/^Checked (\d+) of 40 notes…$/), value: expect.any(Number), max: 40, stop: 1 });
    expect(midway!.value).toBe(Number(/\d+/.exec(midway!.status)![0]));
    expect(status()).toBe("No findings in 40 notes.");
    expect(lastModal().contentEl.querySelector("progress")).toBeNull();
    expect(buttons(lastModal().contentEl, /^Stop$/)).toEqual([]);
  });

  it("stops where it is on Stop, keeping what it found and saying how far it got", async () => {
    const { t, files } = vault(40);
    const work = clockPerNote(4);
    let checked = 0;
    await showFindingsReport(t.app, "All", files, false, "finding", () => {
      work();
      if (++checked === 25) click(buttons(lastModal().contentEl, /^Stop$/)[0]);
      return checked === 3 ? rowsOf(2) : { findings: 0, rows: [] };
    });
    expect(checked).toBe(25);
    expect(status()).toBe("Stopped after 25 of 40 notes. 2 findings in 1 of 25 notes.");
    expect(lastModal().contentEl.querySelectorAll(".one-on-one-feedback-row")).toHaveLength(2);
  });

  it("stops reading when the modal is closed", async () => {
    const { t, files } = vault(40);
    const work = clockPerNote(4);
    let checked = 0;
    await showFindingsReport(t.app, "All", files, false, "finding", () => {
      work();
      if (++checked === 10) lastModal().close();
      return { findings: 0, rows: [] };
    });
    expect(checked).toBe(10);
  });

  it("closes, and stops reading, when the plugin unloads mid-check", async () => {
    const { t, files } = vault(40);
    const work = clockPerNote(4);
    const plugin = new Component();
    plugin.load();
    let checked = 0;
    await showFindingsReport(t.app, "All", files, false, "finding", () => {
      work();
      if (++checked === 10) plugin.unload();
      return { findings: 0, rows: [] };
    }, undefined, plugin);
    expect(checked).toBe(10);
    expect(() => lastModal()).toThrow("No modal is open");
  });

  it("draws 50 notes and 10 rows a note; the rest appear on 'Show more', in order", async () => {
    const { t, files } = vault(62);
    await showFindingsReport(t.app, "All", files, false, "finding", () => rowsOf(12));
    const el = lastModal().contentEl;
    const names = () => Array.from(el.querySelectorAll(".one-on-one-feedback-note-name")).map((n) => n.textContent);
    expect(status()).toBe("744 findings in 62 of 62 notes.");
    expect(names()).toEqual(files.slice(0, 50).map((f) => f.path));
    const first = el.querySelector(".one-on-one-feedback-note")!;
    expect(first.querySelectorAll(".one-on-one-feedback-row")).toHaveLength(10);
    click(buttons(first, /^Show 2 more$/)[0]);
    expect(Array.from(first.querySelectorAll(".one-on-one-feedback-message")).map((m) => m.firstChild?.textContent)).toEqual(Array.from({ length: 12 }, (_, i) => `Finding ${i + 1}`));
    expect(buttons(first, /more/)).toEqual([]);

    click(buttons(el, /^Show 12 more notes of 12$/)[0]);
    expect(names()).toEqual(files.map((f) => f.path));
    expect(buttons(el, /more notes/)).toEqual([]);
    // The button was the last thing in the report: the sections it drew are in order above where it was.
    expect(el.lastElementChild?.classList.contains("one-on-one-feedback-note")).toBe(true);
  });

  it("draws every row of a single note", async () => {
    const { t, files } = vault(1);
    await showFindingsReport(t.app, "One", files, true, "finding", () => rowsOf(30));
    expect(lastModal().contentEl.querySelectorAll(".one-on-one-feedback-row")).toHaveLength(30);
    expect(status()).toBe("30 findings in this note.");
  });

  it("does not read the notes needsRead leaves out, and goes on past a note deleted meanwhile", async () => {
    const { t, files } = vault(6);
    const read = vi.spyOn(t.app.vault, "cachedRead");
    await t.app.vault.delete(files[2]);
    const seen: string[] = [];
    await showFindingsReport(t.app, "All", files, false, "finding", (file) => (seen.push(file.path), rowsOf(1)), (f) => !f.path.endsWith("4.md"));
    expect(read.mock.calls.map(([f]) => f.path)).toEqual(files.filter((f) => !f.path.endsWith("4.md")).map((f) => f.path));
    expect(seen).toEqual(["Notes/000.md", "Notes/001.md", "Notes/003.md", "Notes/005.md"]);
    expect(status()).toBe("4 findings in 4 of 6 notes.");
  });
});

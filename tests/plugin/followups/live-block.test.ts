// The ```one-on-one``` block in the fake host over examples/vault (today 2026-11-25): rows, ticking, errors, unsubscribe.
import { afterEach, describe, expect, it } from "vitest";
import { Component, MarkdownRenderer } from "../../fakes/obsidian";
import { blockOf } from "../../../src/plugin/followups/live-block";
import { disposeStarted, exampleSettings, exampleVault, start, until, type Started } from "../notes/harness";

afterEach(disposeStarted);

const TODAY = "2026-11-25";
const NOTE = "1-1s/Alex Kim/2026-11-24.md";
const BLOCK = "person: [[Alex Kim]]\nshow: open\n";
const SOURCE = "1-1s/Alex Kim/2026-10-20.md";
/** A task inside a blockquote: the edit keeps the quote marker. */
const OUTLINE = "> - [ ] Read the outline of Alex's self-review @me ⏳ 2026-11-09";
const DAILY = "Daily/2026-11-25.md";

const rows = (el: HTMLElement) => Array.from(el.querySelectorAll<HTMLElement>(".one-on-one-row"));
const texts = (el: HTMLElement) => rows(el).map((r) => r.querySelector(".one-on-one-row-text")!.textContent.trim());

async function settle(s: Started): Promise<void> {
  await new Promise((r) => setTimeout(r, 120));
  await s.t.flush();
}

describe("live one-on-one block", () => {
  it("lists the person's open items with the dashboard's rows, and ticking writes the source line", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const block = await s.t.renderCodeBlock("one-on-one", BLOCK, NOTE);
    // Alex's open items from other notes (the note's own are right below it), overdue first, then by due date, note and line.
    expect(block.el.querySelector(".one-on-one-block-title")!.textContent).toBe("Follow-ups with Alex Kim · 5 open");
    expect(texts(block.el)).toEqual([
      "Send Alex the promo rubric",
      "Alex to draft the promo self-review",
      "Alex to write the on-call runbook for the ledger consumer",
      "Read the outline of Alex's self-review",
      "Follow up with Marco about the on-call budget for Platform",
    ]);
    expect(rows(block.el).map((r) => r.querySelector(".one-on-one-row-source")!.textContent)).toEqual(["Alex Kim/2026-11-10", "Alex Kim/2026-10-20", "Alex Kim/2026-10-06", "Alex Kim/2026-10-20", "Alex Kim/2026-11-10"]);
    const live = blockOf(block.el)!;
    const redraws = live.redraws;
    const row = rows(block.el).find((r) => r.dataset.path === SOURCE && r.dataset.line === "54")!;
    const before = s.t.read(SOURCE);
    row.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
    await until(s.t, () => live.redraws > redraws, "the block to redraw");
    await settle(s);
    expect(live.redraws).toBe(redraws + 1);
    const lines = before.split("\n");
    expect(lines[53]).toBe(OUTLINE);
    lines[53] = `${OUTLINE.replace("- [ ]", "- [x]")} ✅ ${TODAY}`;
    expect(s.t.read(SOURCE)).toBe(lines.join("\n"));
    expect(texts(block.el)).not.toContain("Read the outline of Alex's self-review");
    expect(block.el.querySelector(".one-on-one-block-title")!.textContent).toBe("Follow-ups with Alex Kim · 4 open");
  });

  it("takes the note's person when the block names none, and filters by show and owner", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const overdue = await s.t.renderCodeBlock("one-on-one", "show: overdue\n", NOTE);
    expect(overdue.el.querySelector(".one-on-one-block-title")!.textContent).toBe("Follow-ups with Alex Kim · 1 overdue");
    expect(texts(overdue.el)).toEqual(["Send Alex the promo rubric"]);
    const theirs = await s.t.renderCodeBlock("one-on-one", "person: Alex\nowner: them\n", "Daily/2026-11-25.md");
    expect(texts(theirs.el)).toEqual(["Alex to draft the promo self-review", "Alex to send the self-review draft", "Alex to write the on-call runbook for the ledger consumer"]);
    const done = await s.t.renderCodeBlock("one-on-one", "person: [[Alex Kim]]\nshow: done\n", DAILY);
    expect(texts(done.el)).toContain("Collect peer feedback from Priya and Jordan");
    expect(rows(done.el).every((r) => r.querySelector<HTMLInputElement>("input[type=checkbox]")!.checked)).toBe(true);
    const none = await s.t.renderCodeBlock("one-on-one", "person: [[Mei Chen]]\nshow: stale\n", NOTE);
    expect(none.el.querySelector(".one-on-one-block-empty")!.textContent).toBe("Nothing stale with Mei Chen in other notes.");
  });

  it("draws at once when Obsidian renders it before it is in the page, and unloads with its component", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const owner = new Component();
    owner.load();
    const detached = document.createElement("div");
    await MarkdownRenderer.render(s.t.fake, "# Notes\n\n```one-on-one\nperson: [[Mei Chen]]\n```\n", detached, NOTE, owner);
    expect(detached.isConnected).toBe(false);
    expect(texts(detached)).toEqual(["Ask Marco for a Q1 user research budget", "Mei to run the onboarding-flow crit", "Share Mei's crit format with the other EMs"]);
    const listening = s.plugin.followups.signal.listenerCount;
    owner.unload();
    expect(s.plugin.followups.signal.listenerCount).toBe(listening - 1);
  });

  it("shows what is wrong with a block instead of rows", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const block = await s.t.renderCodeBlock("one-on-one", "person: [[Alex Kim]]\nshow: everything\nsort: due\n", NOTE);
    expect(Array.from(block.el.querySelectorAll(".one-on-one-block-error > div")).map((d) => d.textContent)).toEqual([
      "This one-on-one block has a problem:",
      "Unknown show “everything” (line 2): use open, overdue, stale or done.",
      "Unknown key “sort” (line 3): use person, show, owner or view.",
    ]);
    expect(rows(block.el)).toHaveLength(0);
  });

  it("redraws once per change while open, and never after its note closed (it unsubscribes)", async () => {
    const s = await start(exampleVault(), exampleSettings());
    const signal = s.plugin.followups.signal;
    const listening = signal.listenerCount;
    const a = await s.t.renderCodeBlock("one-on-one", BLOCK, DAILY);
    const b = await s.t.renderCodeBlock("one-on-one", "person: [[Sam O'Brien]]\n", DAILY);
    expect(signal.listenerCount).toBe(listening + 2);
    const [ra, rb] = [blockOf(a.el)!, blockOf(b.el)!];
    const [a0, b0] = [ra.redraws, rb.redraws];
    // One save of Alex's note: both blocks hear one signal; Sam's block has nothing new to draw.
    await s.t.write(NOTE, s.t.read(NOTE).replace("Write the impact summary", "Write the impact summary (short)"));
    await until(s.t, () => ra.redraws > a0, "the block to redraw");
    await settle(s);
    expect([ra.redraws - a0, rb.redraws - b0]).toEqual([1, 0]);
    expect(texts(a.el)).toContain("Write the impact summary (short)");
    const rowsCreated = rows(a.el);
    a.unload();
    b.unload();
    expect(signal.listenerCount).toBe(listening);
    await s.t.write(NOTE, s.t.read(NOTE).replace("(short)", "(one page)"));
    await settle(s);
    expect([ra.redraws - a0, rb.redraws - b0]).toEqual([1, 0]);
    expect(rowsCreated.every((r) => !r.isConnected)).toBe(true);
  });
});

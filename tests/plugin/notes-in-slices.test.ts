// Reading notes for a vault-wide check: in order, a few reads ahead (never all at once), an open editor's text first.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestApp, type TestApp } from "../fakes/obsidian";
import { notesInSlices } from "../../src/plugin/notes-in-slices";

let t: TestApp | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.dispose();
  t = null;
});

const NAMES = Array.from({ length: 12 }, (_, i) => `n${String(i).padStart(2, "0")}.md`);

describe("notesInSlices", () => {
  it("hands notes out in order while at most four reads are in flight, answered in any order", async () => {
    t = createTestApp({ files: Object.fromEntries(NAMES.map((p) => [p, `text of ${p}`])) });
    const files = NAMES.map((p) => t!.app.vault.getFileByPath(p)!);
    // Reads the test answers itself, last asked first, as a disk may.
    const pending: { path: string; answer: () => void }[] = [];
    let most = 0;
    vi.spyOn(t.app.vault, "cachedRead").mockImplementation(
      (file) =>
        new Promise<string>((resolve) => {
          pending.push({ path: file.path, answer: () => resolve(`text of ${file.path}`) });
          most = Math.max(most, pending.length);
        }),
    );
    const answering = window.setInterval(() => pending.pop()?.answer(), 0);
    const got: [string, string | null][] = [];
    for await (const [file, text] of notesInSlices(t.app, files)) got.push([file.path, text]);
    window.clearInterval(answering);
    expect(got).toEqual(NAMES.map((p) => [p, `text of ${p}`]));
    expect(most).toBe(4);
  });

  it("reads an open note from its editor, newer than the file", async () => {
    t = createTestApp({ files: { "a.md": "saved", "b.md": "other" }, layoutReady: true });
    const view = await t.openFile("a.md");
    view.editor.setValue("typed, not saved yet");
    const files = ["a.md", "b.md"].map((p) => t!.app.vault.getFileByPath(p)!);
    const got: (string | null)[] = [];
    for await (const [, text] of notesInSlices(t.app, files, { needsRead: () => false })) got.push(text);
    expect(got).toEqual(["typed, not saved yet", null]);
  });
});

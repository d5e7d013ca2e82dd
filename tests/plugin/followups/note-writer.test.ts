// The one note writer: through an open editor only the changed lines are replaced; else vault.process; refusals write nothing.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, Editor, type TestApp } from "../../fakes/obsidian";
import { openEditorOf, writeNote } from "../../../src/plugin/followups/note-writer";

let t: TestApp | null = null;
afterEach(async () => {
  await t?.dispose();
  t = null;
});

const line = fc.string({ maxLength: 6 }).map((s) => s.replace(/[\r\n]/g, "·"));

describe("writeNote", () => {
  it("through an editor, any change ends as exactly the new text and a cursor above it stays", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.array(line, { maxLength: 5 }), fc.nat(), fc.nat(), (lines, inserted, a, n) => {
        const from = a % lines.length;
        const to = Math.min(lines.length, from + (n % 4));
        const next = [...lines.slice(0, from), ...inserted, ...lines.slice(to)];
        if (next.length === 0) next.push("");
        const editor = new Editor(lines.join("\n"));
        editor.setCursor({ line: 0, ch: 0 });
        const app = createTestApp({ attach: false }).app;
        void writeNote(app, "note.md", () => ({ ok: true, text: next.join("\n") }), editor);
        expect(editor.getValue()).toBe(next.join("\n"));
        expect(editor.getCursor()).toEqual({ line: 0, ch: 0 });
      }),
    );
  });

  it("uses the editor of the note when it is open, vault.process when not, and writes nothing when refused", async () => {
    t = createTestApp({ files: { "a.md": "one\ntwo\n", "b.md": "x\r\ny" }, layoutReady: true });
    const view = await t.openFile("a.md");
    expect(openEditorOf(t.app, "a.md")).toBe(view.editor);
    expect(openEditorOf(t.app, "b.md")).toBeNull();
    view.editor.replaceRange("typed ", { line: 0, ch: 0 });
    const r = await writeNote(t.app, "a.md", (text) => ({ ok: true, text: text.replace("two", "TWO") }));
    expect(r).toEqual({ ok: true, text: "typed one\nTWO\n", via: "editor" });
    await t.flush();
    expect(t.read("a.md")).toBe("typed one\nTWO\n");
    expect(await writeNote(t.app, "b.md", (text) => ({ ok: true, text: text.replace("y", "z") }))).toEqual({ ok: true, text: "x\r\nz", via: "vault" });
    expect(t.read("b.md")).toBe("x\r\nz");
    expect(await writeNote(t.app, "b.md", () => ({ ok: false, reason: "the line moved" }))).toEqual({ ok: false, reason: "the line moved" });
    expect(t.read("b.md")).toBe("x\r\nz");
    expect(await writeNote(t.app, "gone.md", (text) => ({ ok: true, text }))).toEqual({ ok: false, reason: "The note no longer exists." });
  });
});

// The one way the plugin writes to a note: the open editor when there is one (unsaved typing and the cursor stay), else vault.process.
import { MarkdownView, normalizePath, TFile, type App, type Editor } from "obsidian";
import { splitText } from "../../core/markdown/lines";

/** A pure change of a note's text: the new text, or why it was refused (then nothing is written). */
export type TextChange = (text: string) => { ok: true; text: string } | { ok: false; reason: string };

export type WriteResult = { ok: true; text: string; via: "editor" | "vault" } | { ok: false; reason: string };

/** The editor of a Markdown view in source mode showing this note (the active one first), or null. */
export function openEditorOf(app: App, path: string): Editor | null {
  const active = app.workspace.getActiveViewOfType(MarkdownView);
  if (active?.file?.path === path && active.getMode() === "source") return active.editor;
  for (const leaf of app.workspace.getLeavesOfType("markdown")) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === path && view.getMode() === "source") return view.editor;
  }
  return null;
}

/**
 * Applies `change` to the note at `path`. With the note open in an editor (or `editor` given), the change is made
 * from the editor's text and only the changed lines are replaced; otherwise inside `vault.process`, so a write
 * never races another one. A refused change writes nothing.
 */
export async function writeNote(app: App, path: string, change: TextChange, editor?: Editor | null): Promise<WriteResult> {
  const p = normalizePath(path);
  const ed = editor ?? openEditorOf(app, p);
  if (ed) {
    const before = ed.getValue();
    const r = change(before);
    if (!r.ok) return r;
    replaceChangedLines(ed, before, r.text);
    return { ok: true, text: r.text, via: "editor" };
  }
  const file = app.vault.getAbstractFileByPath(p);
  if (!(file instanceof TFile)) return { ok: false, reason: "The note no longer exists." };
  let outcome: WriteResult = { ok: false, reason: "The note could not be read." };
  try {
    await app.vault.process(file, (data) => {
      const r = change(data);
      outcome = r.ok ? { ok: true, text: r.text, via: "vault" } : r;
      return r.ok ? r.text : data;
    });
  } catch (e) {
    outcome = { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  return outcome;
}

/** Replaces the lines between the common head and tail of `before` and `after`: the editor keeps the rest (and the cursor). */
function replaceChangedLines(editor: Editor, before: string, after: string): void {
  const a = splitText(before).lines;
  const b = splitText(after).lines;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  if (head === a.length && head === b.length) return;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const removed = a.length - head - tail;
  const inserted = b.slice(head, b.length - tail);
  if (removed > 0) {
    const last = head + removed - 1;
    if (inserted.length > 0) {
      editor.replaceRange(inserted.join("\n"), { line: head, ch: 0 }, { line: last, ch: editor.getLine(last).length });
    } else if (last + 1 < editor.lineCount()) {
      editor.replaceRange("", { line: head, ch: 0 }, { line: last + 1, ch: 0 });
    } else {
      editor.replaceRange("", { line: head - 1, ch: editor.getLine(head - 1).length }, { line: last, ch: editor.getLine(last).length });
    }
  } else if (head < a.length) {
    editor.replaceRange(inserted.join("\n") + "\n", { line: head, ch: 0 });
  } else {
    const end = { line: a.length - 1, ch: editor.getLine(a.length - 1).length };
    editor.replaceRange("\n" + inserted.join("\n"), end);
  }
}

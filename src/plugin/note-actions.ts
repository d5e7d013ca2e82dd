// Acting on a note from a lint report (feedback or action items): jump to a line, or write a fix found again in the note's current text.
import { MarkdownView, Notice, type App, type Editor, type TFile } from "obsidian";
import { applyFix } from "../core/markdown/apply-edits";
import type { Fix } from "../core/feedback/types";
import { writeNote } from "./followups/note-writer";

/** The active editor when it shows `file` in source mode (its text may be newer than the file's). */
export function editorOf(app: App, file: TFile): Editor | undefined {
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  return view?.file === file && view.getMode() === "source" ? view.editor : undefined;
}

/** Moves the cursor in an open editor, or opens the note scrolled to the line (reading view included). */
export function jumpToLine(app: App, file: TFile, line: number): void {
  const editor = editorOf(app, file);
  const pos = { line: line - 1, ch: 0 };
  if (!editor) return void app.workspace.getLeaf().openFile(file, { eState: { line: pos.line } });
  editor.setCursor(pos);
  editor.scrollIntoView({ from: pos, to: pos }, true);
  editor.focus();
}

/** Writes (open editor, else vault.process) only if `find` still finds the fix in the note's current text; tells the user either way. */
export async function rewrite(app: App, file: TFile, find: (text: string) => Fix | undefined, done: string): Promise<void> {
  const r = await writeNote(app, file.path, (text) => {
    const fix = find(text);
    return fix ? { ok: true, text: applyFix(text, fix) } : { ok: false, reason: "changed" };
  });
  new Notice(r.ok ? done : "The note changed since it was checked: nothing was written.");
}

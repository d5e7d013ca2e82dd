// Acting on a note from the report: jump to a line, apply a fix or track a request, each write checked against the text.
import { MarkdownView, Notice, type App, type TFile } from "obsidian";
import { applyFix, lint } from "../../core/feedback/lint";
import { findTrackableRequests, trackEdit, type TrackableRequest } from "../../core/feedback/track";
import type { Diagnostic } from "../../core/feedback/types";
import type { Host } from "../host";
import type { ReportActions } from "./report-modal";
import { lintOptions, trackOptions } from "./options";

/** Moves the cursor in an open editor, or opens the note scrolled to the line (reading view included). */
export function jumpToLine(app: App, file: TFile, line: number): void {
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  const pos = { line: Math.max(0, line - 1), ch: 0 };
  if (view && view.file === file && view.getMode() === "source") {
    view.editor.setCursor(pos);
    view.editor.scrollIntoView({ from: pos, to: pos }, true);
    view.editor.focus();
    return;
  }
  void app.workspace.getLeaf(false).openFile(file, { eState: { line: pos.line } });
}

/** Rewrites the note through vault.process only if the same finding is still there; tells the user otherwise. */
async function rewrite(app: App, file: TFile, edit: (text: string) => string | null, done: string): Promise<boolean> {
  let applied = false;
  await app.vault.process(file, (text) => {
    const next = edit(text);
    if (next === null) return text;
    applied = true;
    return next;
  });
  new Notice(applied ? done : "The note changed since it was checked, so nothing was written. Check it again.");
  return applied;
}

export function reportActions(host: Host): ReportActions {
  const { app } = host;
  return {
    jump: (file, line) => jumpToLine(app, file, line),
    async applyFix(file: TFile, d: Diagnostic) {
      await rewrite(
        app,
        file,
        (text) => {
          const fresh = lint(text, lintOptions(host.settings)).find((x) => x.ruleId === d.ruleId && x.line === d.line && x.message === d.message);
          return fresh?.fix && fresh.fix.title === d.fix?.title ? applyFix(text, fresh.fix) : null;
        },
        `Applied: ${d.fix?.title ?? "fix"}.`,
      );
    },
    async track(file: TFile, r: TrackableRequest) {
      await rewrite(
        app,
        file,
        (text) => {
          const fresh = findTrackableRequests(text, trackOptions(host, text)).find((x) => x.request === r.request && x.due === r.due);
          return fresh ? applyFix(text, trackEdit(text, fresh)) : null;
        },
        `Added to action items, due ${r.due}.`,
      );
    },
  };
}

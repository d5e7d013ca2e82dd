// Commands: check this note, check the vault, insert a feedback block.
import { MarkdownView, normalizePath, type Editor, type TFile } from "obsidian";
import { lint } from "../../core/feedback/lint";
import { feedbackSkeleton } from "../../core/feedback/skeleton";
import { findTrackableRequests } from "../../core/feedback/track";
import type { Host } from "../host";
import { lintOptions, trackOptions } from "./options";
import { reportActions } from "./note-actions";
import { FeedbackReportModal, type NoteReport } from "./report-modal";

/** Notes read per step of the vault check, so the UI stays responsive. */
const BATCH = 5;

function reportOf(host: Host, file: TFile, text: string): NoteReport {
  return { file, diagnostics: lint(text, lintOptions(host.settings)), trackable: findTrackableRequests(text, trackOptions(host, text)) };
}

/** The text the user sees: the open editor's when the note is being edited, else the file's. */
async function currentText(host: Host, file: TFile): Promise<string> {
  const view = host.app.workspace.getActiveViewOfType(MarkdownView);
  if (view && view.file === file && view.getMode() === "source") return view.editor.getValue();
  return host.app.vault.cachedRead(file);
}

export async function checkNote(host: Host, file: TFile): Promise<FeedbackReportModal> {
  const report = reportOf(host, file, await currentText(host, file));
  const modal = new FeedbackReportModal(host.app, `Feedback in ${file.basename}`, reportActions(host));
  modal.open();
  const n = report.diagnostics.length;
  modal.setStatus(n === 0 ? "No feedback problems in this note." : `${n} ${n === 1 ? "finding" : "findings"}. Select one to go to its line.`);
  if (n > 0 || report.trackable.length > 0) modal.addNote(report, false);
  return modal;
}

export async function checkVault(host: Host): Promise<FeedbackReportModal> {
  const { app } = host;
  const excluded = host.settings.excludedFolders.map((f) => normalizePath(f)).filter((f) => f !== "" && f !== "/");
  const files = app.vault
    .getMarkdownFiles()
    .filter((f) => !excluded.some((x) => f.path === x || f.path.startsWith(x + "/")))
    .sort((a, b) => a.path.localeCompare(b.path));
  const modal = new FeedbackReportModal(app, "Feedback across the vault", reportActions(host));
  modal.open();
  let notes = 0;
  let findings = 0;
  for (let i = 0; i < files.length && !modal.isClosed; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const texts = await Promise.all(batch.map((f) => app.vault.cachedRead(f)));
    batch.forEach((file, k) => {
      const report = reportOf(host, file, texts[k]);
      if (report.diagnostics.length === 0) return;
      notes++;
      findings += report.diagnostics.length;
      modal.addNote({ ...report, trackable: [] }, true);
    });
    modal.setStatus(`Checked ${Math.min(i + BATCH, files.length)} of ${files.length} notes…`);
    await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
  }
  modal.setStatus(findings === 0 ? `No feedback problems in ${files.length} notes.` : `${findings} findings in ${notes} of ${files.length} notes.`);
  return modal;
}

/** The four-part skeleton at the cursor, on its own lines. */
export function insertFeedbackBlock(editor: Editor): void {
  const cursor = editor.getCursor();
  const before = editor.getLine(cursor.line).slice(0, cursor.ch);
  const lead = before.trim() === "" ? "" : "\n\n";
  editor.replaceSelection(lead + feedbackSkeleton());
}

export function registerFeedbackCommands(host: Host): void {
  const { plugin, app } = host;
  plugin.addCommand({
    id: "check-feedback-in-note",
    name: "Check feedback in this note",
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (!file || file.extension !== "md") return false;
      if (!checking) void checkNote(host, file);
      return true;
    },
  });
  plugin.addCommand({
    id: "insert-feedback-block",
    name: "Insert feedback block",
    editorCallback: (editor) => insertFeedbackBlock(editor),
  });
  plugin.addCommand({
    id: "check-feedback-across-vault",
    name: "Check feedback across vault",
    callback: () => void checkVault(host),
  });
}

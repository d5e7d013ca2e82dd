// The report modal both linters share (feedback, agreed actions): findings grouped by note, a row jumps to its line, its buttons write a fix once.
import { Modal, type App, type TFile } from "obsidian";
import type { Fix } from "../core/feedback/types";
import { jumpToLine, rewrite } from "./note-actions";
import { notesInSlices } from "./notes-in-slices";

/** Class names share one prefix: one look for both reports (styles.css). */
const P = "one-on-one-feedback-";

/** A button that writes a fix found again in the note's current text, then says `notice`. */
export interface ReportButton {
  title: string;
  find: (text: string) => Fix | undefined;
  notice: string;
}

/** Draws one row (line, severity, a message that jumps to the line, buttons) in the note's section; returns the message element. */
export type ReportRow = (line: number, severity: string, label: string, message: string, buttons?: readonly ReportButton[]) => HTMLElement;

/**
 * Checks notes in order, a time slice at a time so the UI stays responsive, with progress and a Stop button while it runs.
 * `check` returns how many findings the note has, drawing them (and anything else worth a row) through `row`, whose
 * note section is made on first use. `needsRead` may leave out notes that cannot have findings, without reading them.
 */
export async function showFindingsReport(
  app: App, title: string, files: TFile[], one: boolean | undefined, noun: string,
  check: (file: TFile, text: string, row: ReportRow) => number,
  needsRead?: (file: TFile) => boolean,
): Promise<void> {
  const modal = new Modal(app).setTitle(title);
  const status = modal.contentEl.createDiv({ cls: P + "status" });
  modal.open();
  let notes = 0;
  let findings = 0;
  let checked = 0;
  let stopped = false;
  // Shown only once the check takes more than one slice: a single note or a small vault reports at once.
  const progress = { row: null as HTMLElement | null, bar: null as HTMLProgressElement | null };
  const onSlice = (done: number) => {
    if (!progress.row) {
      progress.row = createDiv({ cls: P + "progress" });
      status.after(progress.row);
      progress.bar = progress.row.createEl("progress", { attr: { max: files.length } });
      progress.row.createEl("button", { text: "Stop" }).onClickEvent(() => {
        stopped = true;
      });
    }
    if (progress.bar) progress.bar.value = done;
    status.setText(`Checked ${done} of ${files.length} notes…`);
  };
  for await (const [file, text] of notesInSlices(app, files, { needsRead, onSlice })) {
    // Obsidian detaches the modal when it closes: stop reading then.
    if (stopped || !modal.containerEl.isConnected) break;
    checked++;
    if (text === null) continue;
    let section: HTMLElement | null = null;
    const go = (line: number) => {
      modal.close();
      jumpToLine(app, file, line);
    };
    const row: ReportRow = (line, severity, label, message, buttons = []) => {
      if (!section) {
        section = modal.contentEl.createDiv({ cls: P + "note" });
        notes++;
        if (!one) section.createDiv({ cls: P + "note-name", text: file.path }).onClickEvent(() => go(1));
      }
      const el = section.createDiv({ cls: P + "row" });
      el.createSpan({ cls: P + "line", text: `Line ${line}` });
      el.createSpan({ cls: `${P}severity mod-${severity}`, text: label });
      const body = el.createDiv({ cls: P + "message", text: message });
      body.onClickEvent(() => go(line));
      for (const b of buttons) {
        el.createEl("button", { text: b.title }).onClickEvent(() => {
          // One fix per finding: its siblings would now apply to a changed line.
          for (const sibling of Array.from(el.querySelectorAll("button"))) sibling.disabled = true;
          void rewrite(app, file, b.find, b.notice);
        });
      }
      return body;
    };
    findings += check(file, text, row);
  }
  progress.row?.remove();
  const found = `${findings || "No"} ${noun}${findings === 1 ? "" : "s"}`;
  if (checked < files.length) status.setText(`Stopped after ${checked} of ${files.length} notes. ${found} in ${findings ? `${notes} of ` : ""}${checked} notes.`);
  else status.setText(`${found} in ${one ? "this note" : `${findings ? `${notes} of ` : ""}${files.length} notes`}.`);
}

// The report modal both linters share (feedback, agreed actions): findings grouped by note, a row jumps to its line, its buttons write a fix once.
import { Modal, type App, type TFile } from "obsidian";
import type { Fix } from "../core/feedback/types";
import { editorOf, jumpToLine, rewrite } from "./note-actions";

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
 * Checks notes in order, yielding every few so the UI stays responsive. `check` returns how many findings the note has,
 * drawing them (and anything else worth a row) through `row`, whose note section is made on first use.
 */
export async function showFindingsReport(
  app: App, title: string, files: TFile[], one: boolean | undefined, noun: string,
  check: (file: TFile, text: string, row: ReportRow) => number,
): Promise<void> {
  const modal = new Modal(app).setTitle(title);
  const status = modal.contentEl.createDiv({ cls: P + "status" });
  modal.open();
  let notes = 0;
  let findings = 0;
  // Obsidian detaches the modal when it closes: stop reading then.
  for (let i = 0; i < files.length && modal.containerEl.isConnected; i++) {
    const file = files[i];
    const text = editorOf(app, file)?.getValue() ?? (await app.vault.cachedRead(file));
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
    if (i % 5 === 4) {
      status.setText(`Checked ${i + 1} of ${files.length} notes…`);
      await sleep(0);
    }
  }
  const where = one ? "this note" : `${findings ? `${notes} of ` : ""}${files.length} notes`;
  status.setText(`${findings || "No"} ${noun}${findings === 1 ? "" : "s"} in ${where}.`);
}

// The report modal both linters share (feedback, agreed actions): findings grouped by note, a row jumps to its line, its buttons write a fix once.
import { Modal, type App, type Component, type TFile } from "obsidian";
import type { Fix } from "../core/feedback/types";
import { jumpToLine, rewrite } from "./note-actions";
import { notesInSlices } from "./notes-in-slices";

/** Class names share one prefix: one look for both reports (styles.css). */
const P = "one-on-one-feedback-";
/**
 * A vault-wide report draws the first notes' sections and each note's first rows; the rest wait behind "Show … more"
 * buttons, so thousands of findings never land in the page at once (the check's time stays the checkers' time).
 */
const NOTES_SHOWN = 50;
const ROWS_PER_NOTE = 10;

/** A button that writes a fix found again in the note's current text, then says `notice`. */
export interface ReportButton {
  title: string;
  find: (text: string) => Fix | undefined;
  notice: string;
}

/** One row of a note's section: the line, severity, a message that jumps to the line, a detail under it, buttons. */
export interface ReportRow {
  line: number;
  severity: string;
  label: string;
  message: string;
  detail?: string;
  buttons?: readonly ReportButton[];
}

/** What `check` found in one note: how many findings, and the rows to show (findings, and anything else worth a row). */
export interface NoteReport {
  findings: number;
  rows: ReportRow[];
}

/**
 * Checks notes in order, a time slice at a time so the UI stays responsive, with progress and a Stop button while it runs.
 * A note with rows gets a section. `needsRead` may leave out notes that cannot have findings, without reading them.
 */
export async function showFindingsReport(
  app: App, title: string, files: TFile[], one: boolean | undefined, noun: string,
  check: (file: TFile, text: string) => NoteReport,
  needsRead?: (file: TFile) => boolean,
  owner?: Component,
): Promise<void> {
  const modal = new Modal(app).setTitle(title);
  const status = modal.contentEl.createDiv({ cls: P + "status" });
  modal.open();
  // The plugin unloading closes its report, which also stops the check (a closed modal ends the loop below).
  owner?.register(() => {
    if (modal.containerEl.isConnected) modal.close();
  });
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
  const later = new LaterSections(app, modal, one);
  for await (const [file, text] of notesInSlices(app, files, { needsRead, onSlice })) {
    // Obsidian detaches the modal when it closes: stop reading then.
    if (stopped || !modal.containerEl.isConnected) break;
    checked++;
    if (text === null) continue;
    const found = check(file, text);
    findings += found.findings;
    if (found.rows.length === 0) continue;
    notes++;
    later.add(file, found.rows);
  }
  progress.row?.remove();
  const found = `${findings || "No"} ${noun}${findings === 1 ? "" : "s"}`;
  if (checked < files.length) status.setText(`Stopped after ${checked} of ${files.length} notes. ${found} in ${findings ? `${notes} of ` : ""}${checked} notes.`);
  else status.setText(`${found} in ${one ? "this note" : `${findings ? `${notes} of ` : ""}${files.length} notes`}.`);
}

/** The notes' sections in order: the first NOTES_SHOWN drawn as they come, the others on "Show N more notes", NOTES_SHOWN at a time. */
class LaterSections {
  private shown = 0;
  private limit: number;
  private readonly waiting: [TFile, readonly ReportRow[]][] = [];
  private button: HTMLButtonElement | null = null;

  constructor(private readonly app: App, private readonly modal: Modal, private readonly one: boolean | undefined) {
    this.limit = one ? Infinity : NOTES_SHOWN;
  }

  add(file: TFile, rows: readonly ReportRow[]): void {
    this.waiting.push([file, rows]);
    this.drawUpToLimit();
  }

  private drawUpToLimit(): void {
    while (this.shown < this.limit && this.waiting.length > 0) {
      const [file, rows] = this.waiting.shift()!;
      this.shown++;
      const section = drawSection(this.app, this.modal, file, rows, this.one ? Infinity : ROWS_PER_NOTE, !this.one);
      // Sections drawn after the button go above it.
      this.button?.before(section);
    }
    if (this.waiting.length === 0) {
      this.button?.remove();
      this.button = null;
      return;
    }
    if (!this.button) {
      this.button = this.modal.contentEl.createEl("button", { cls: P + "more-notes" });
      this.button.onClickEvent(() => {
        this.limit = this.shown + NOTES_SHOWN;
        this.drawUpToLimit();
      });
    }
    this.button.setText(`Show ${Math.min(this.waiting.length, NOTES_SHOWN)} more notes of ${this.waiting.length}`);
  }
}

/** A note's section: its name (when the report covers many notes), its first `shown` rows, and a button for the rest. */
function drawSection(app: App, modal: Modal, file: TFile, rows: readonly ReportRow[], shown: number, named: boolean): HTMLElement {
  const section = modal.contentEl.createDiv({ cls: P + "note" });
  const go = (line: number) => {
    modal.close();
    jumpToLine(app, file, line);
  };
  if (named) section.createDiv({ cls: P + "note-name", text: file.path }).onClickEvent(() => go(1));
  for (const r of rows.slice(0, shown)) drawRow(app, section, file, r, go);
  if (rows.length <= shown) return section;
  const more = section.createEl("button", { cls: P + "more", text: `Show ${rows.length - shown} more` });
  more.onClickEvent(() => {
    more.remove();
    for (const r of rows.slice(shown)) drawRow(app, section, file, r, go);
  });
  return section;
}

function drawRow(app: App, section: HTMLElement, file: TFile, r: ReportRow, go: (line: number) => void): void {
  const el = section.createDiv({ cls: P + "row" });
  el.createSpan({ cls: P + "line", text: `Line ${r.line}` });
  el.createSpan({ cls: `${P}severity mod-${r.severity}`, text: r.label });
  const body = el.createDiv({ cls: P + "message", text: r.message });
  body.onClickEvent(() => go(r.line));
  if (r.detail) body.createDiv({ cls: P + "rule", text: r.detail });
  for (const b of r.buttons ?? []) {
    el.createEl("button", { text: b.title }).onClickEvent(() => {
      // One fix per finding: its siblings would now apply to a changed line.
      for (const sibling of Array.from(el.querySelectorAll("button"))) sibling.disabled = true;
      void rewrite(app, file, b.find, b.notice);
    });
  }
}

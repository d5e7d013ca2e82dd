// A modal listing feedback diagnostics grouped by note; each row jumps to its line, fixes and tracking write safely.
import { Modal, type App, type TFile } from "obsidian";
import type { Diagnostic } from "../../core/feedback/types";
import type { TrackableRequest } from "../../core/feedback/track";

export interface NoteReport {
  file: TFile;
  diagnostics: Diagnostic[];
  trackable: TrackableRequest[];
}

export interface ReportActions {
  jump(file: TFile, line: number): void;
  applyFix(file: TFile, d: Diagnostic): Promise<void>;
  track(file: TFile, r: TrackableRequest): Promise<void>;
}

const PART_NAMES: Record<string, string> = { facts: "Facts", feelings: "Feelings", options: "Options", request: "Request" };

export class FeedbackReportModal extends Modal {
  private listEl: HTMLElement | null = null;
  private statusEl: HTMLElement | null = null;
  private closed = false;

  constructor(
    app: App,
    private readonly heading: string,
    private readonly actions: ReportActions,
  ) {
    super(app);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  onOpen(): void {
    this.setTitle(this.heading);
    this.contentEl.addClass("one-on-one-feedback-report");
    this.statusEl = this.contentEl.createDiv({ cls: "one-on-one-feedback-status" });
    this.listEl = this.contentEl.createDiv({ cls: "one-on-one-feedback-list" });
  }

  onClose(): void {
    this.closed = true;
    this.contentEl.empty();
  }

  setStatus(text: string): void {
    this.statusEl?.setText(text);
  }

  /** Adds one note's findings (notes without any are left out by the caller). */
  addNote(report: NoteReport, showName: boolean): void {
    const list = this.listEl;
    if (!list) return;
    const section = list.createDiv({ cls: "one-on-one-feedback-note" });
    if (showName) {
      const name = section.createDiv({ cls: "one-on-one-feedback-note-name", text: report.file.path });
      name.addEventListener("click", () => this.go(report.file, 1));
    }
    for (const d of report.diagnostics) this.addRow(section, report.file, d);
    for (const r of report.trackable) {
      const row = section.createDiv({ cls: "one-on-one-feedback-row" });
      row.createSpan({ cls: "one-on-one-feedback-line", text: `Line ${r.line}` });
      row.createSpan({ cls: "one-on-one-feedback-severity mod-track", text: "Deadline" });
      const text = row.createSpan({ cls: "one-on-one-feedback-message", text: `${r.request} (due ${r.due})` });
      text.addEventListener("click", () => this.go(report.file, r.line));
      const button = row.createEl("button", { text: "Track as action item" });
      button.addEventListener("click", () => {
        button.disabled = true;
        void this.actions.track(report.file, r).then(() => button.setText("Tracked"));
      });
    }
  }

  private addRow(section: HTMLElement, file: TFile, d: Diagnostic): void {
    const row = section.createDiv({ cls: `one-on-one-feedback-row mod-${d.severity}` });
    row.createSpan({ cls: "one-on-one-feedback-line", text: `Line ${d.line}` });
    row.createSpan({ cls: `one-on-one-feedback-severity mod-${d.severity}`, text: d.severity });
    const where = d.part ? `${d.block} › ${PART_NAMES[d.part]}` : d.block;
    const body = row.createDiv({ cls: "one-on-one-feedback-message" });
    body.createDiv({ text: d.message });
    body.createDiv({ cls: "one-on-one-feedback-rule", text: `${where} · ${d.ruleId}` });
    body.addEventListener("click", () => this.go(file, d.line));
    if (d.fix) {
      const button = row.createEl("button", { text: d.fix.title });
      button.addEventListener("click", () => {
        button.disabled = true;
        void this.actions.applyFix(file, d);
      });
    }
  }

  private go(file: TFile, line: number): void {
    this.close();
    this.actions.jump(file, line);
  }
}

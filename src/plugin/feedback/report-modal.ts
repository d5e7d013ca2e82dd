// A modal listing feedback diagnostics grouped by note; each row jumps to its line, fixes and tracking write safely.
import { Modal, type App, type TFile } from "obsidian";
import { PART_TITLES, type Diagnostic } from "../../core/feedback/types";
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

/** Class names of the report's elements share one prefix (styles.css). */
const cls = (name: string) => `one-on-one-feedback-${name}`;

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
    this.contentEl.addClass(cls("report"));
    this.statusEl = this.contentEl.createDiv({ cls: cls("status") });
    this.listEl = this.contentEl.createDiv({ cls: cls("list") });
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
    if (!this.listEl) return;
    const { file } = report;
    const section = this.listEl.createDiv({ cls: cls("note") });
    if (showName) section.createDiv({ cls: cls("note-name"), text: file.path }).addEventListener("click", () => this.go(file, 1));
    for (const d of report.diagnostics) {
      const where = d.part ? `${d.block} › ${PART_TITLES[d.part]}` : d.block;
      const body = this.addRow(section, file, d.line, d.severity, d.severity, d.fix && { text: d.fix.title, run: () => this.actions.applyFix(file, d) });
      body.createDiv({ text: d.message });
      body.createDiv({ cls: cls("rule"), text: `${where} · ${d.ruleId}` });
    }
    for (const r of report.trackable) {
      const body = this.addRow(section, file, r.line, "track", "Deadline", { text: "Track as action item", run: () => this.actions.track(file, r), done: "Tracked" });
      body.setText(`${r.request} (due ${r.due})`);
    }
  }

  /** A row: line, severity, a message that jumps to the line, and a button that runs once. */
  private addRow(section: HTMLElement, file: TFile, line: number, severity: string, label: string, button?: { text: string; run: () => Promise<void>; done?: string }): HTMLElement {
    const row = section.createDiv({ cls: `${cls("row")} mod-${severity}` });
    row.createSpan({ cls: cls("line"), text: `Line ${line}` });
    row.createSpan({ cls: `${cls("severity")} mod-${severity}`, text: label });
    const body = row.createDiv({ cls: cls("message") });
    body.addEventListener("click", () => this.go(file, line));
    if (button) {
      const el = row.createEl("button", { text: button.text });
      el.addEventListener("click", () => {
        el.disabled = true;
        void button.run().then(() => button.done && el.setText(button.done));
      });
    }
    return body;
  }

  private go(file: TFile, line: number): void {
    this.close();
    this.actions.jump(file, line);
  }
}

// "Check feedback": a modal listing findings grouped by note; a row jumps to its line, its button fixes or tracks through a safe write.
import { Modal, type TFile } from "obsidian";
import { lint } from "../../core/feedback/lint";
import { PART_TITLES, type Fix } from "../../core/feedback/types";
import type { Host } from "../host";
import { freshFix, freshTrack, trackable, TRACK_TITLE, type FeedbackLintConfig } from "./extension";
import { editorOf, jumpToLine, rewrite } from "../note-actions";

/** Class names share one prefix (styles.css). */
const P = "one-on-one-feedback-";

/** Checks notes in order, yielding every few so the UI stays responsive; a single note also lists requests to track. */
export async function showReport(host: Host, config: FeedbackLintConfig, title: string, files: TFile[], one?: boolean): Promise<void> {
  const { app } = host;
  const modal = new Modal(app).setTitle(title);
  const status = modal.contentEl.createDiv({ cls: P + "status" });
  modal.open();
  let notes = 0;
  let findings = 0;
  // Obsidian detaches the modal when it closes: stop reading then.
  for (let i = 0; i < files.length && modal.containerEl.isConnected; i++) {
    const file = files[i];
    const text = editorOf(app, file)?.getValue() ?? (await app.vault.cachedRead(file));
    const diagnostics = lint(text, config.lint());
    const requests = one ? trackable(text, config) : [];
    if (diagnostics.length + requests.length) {
      notes++;
      findings += diagnostics.length;
      const section = modal.contentEl.createDiv({ cls: P + "note" });
      const go = (line: number) => {
        modal.close();
        jumpToLine(app, file, line);
      };
      if (!one) section.createDiv({ cls: P + "note-name", text: file.path }).onClickEvent(() => go(1));
      /** A row: line, severity, a message that jumps to the line, and a button [title, fix finder, notice] that writes once. */
      const row = (line: number, severity: string, label: string, message: string, button?: [string, (text: string) => Fix | undefined, string]) => {
        const el = section.createDiv({ cls: P + "row" });
        el.createSpan({ cls: P + "line", text: `Line ${line}` });
        el.createSpan({ cls: `${P}severity mod-${severity}`, text: label });
        const body = el.createDiv({ cls: P + "message", text: message });
        body.onClickEvent(() => go(line));
        if (button) {
          const b = el.createEl("button", { text: button[0] });
          b.onClickEvent(() => {
            b.disabled = true;
            void rewrite(app, file, button[1], button[2]);
          });
        }
        return body;
      };
      for (const d of diagnostics) {
        const fix = d.fix?.title;
        const body = row(d.line, d.severity, d.severity, d.message, fix ? [fix, (t) => freshFix(t, config, d, fix, (x) => x.line === d.line), `Applied: ${fix}.`] : undefined);
        body.createDiv({ cls: P + "rule", text: `${d.part ? `${d.block} › ${PART_TITLES[d.part]}` : d.block} · ${d.ruleId}` });
      }
      for (const r of requests) {
        row(r.line, "track", "Deadline", `${r.request} (due ${r.due})`, [TRACK_TITLE, (t) => freshTrack(t, config, r, (x) => x.due === r.due), `Added to action items, due ${r.due}.`]);
      }
    }
    if (i % 5 === 4) {
      status.setText(`Checked ${i + 1} of ${files.length} notes…`);
      await sleep(0);
    }
  }
  const where = one ? "this note" : `${findings ? `${notes} of ` : ""}${files.length} notes`;
  status.setText(`${findings || "No"} finding${findings === 1 ? "" : "s"} in ${where}.`);
}

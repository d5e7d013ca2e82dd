// "Check action items": a modal listing findings grouped by note; a row jumps to its line, its buttons write a fix safely.
import { Modal, type TFile } from "obsidian";
import type { Host } from "../host";
import { editorOf, jumpToLine, rewrite } from "../note-actions";
import { checkNote, fixesOf, freshFix, type ActionCheckConfig } from "./extension";

/** Class names share the feedback report's prefix: one look for both reports (styles.css). */
const P = "one-on-one-feedback-";

/** Checks notes in order, yielding every few so the UI stays responsive. */
export async function showActionReport(host: Host, config: ActionCheckConfig, title: string, files: TFile[], one?: boolean): Promise<void> {
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
    const diagnostics = checkNote(file.path, text, config);
    if (diagnostics.length) {
      notes++;
      findings += diagnostics.length;
      const section = modal.contentEl.createDiv({ cls: P + "note" });
      const go = (line: number) => {
        modal.close();
        jumpToLine(app, file, line);
      };
      if (!one) section.createDiv({ cls: P + "note-name", text: file.path }).onClickEvent(() => go(1));
      for (const d of diagnostics) {
        const row = section.createDiv({ cls: P + "row" });
        row.createSpan({ cls: P + "line", text: `Line ${d.line}` });
        row.createSpan({ cls: `${P}severity mod-${d.severity}`, text: d.severity });
        const body = row.createDiv({ cls: P + "message", text: d.message });
        body.onClickEvent(() => go(d.line));
        body.createDiv({ cls: P + "rule", text: `${text.slice(d.from, d.to)} · ${d.ruleId}` });
        const words = text.slice(d.from, d.to);
        for (const f of fixesOf(d)) {
          const b = row.createEl("button", { text: f.title });
          b.onClickEvent(() => {
            // One fix per finding: its siblings would now apply to a changed line.
            for (const sibling of Array.from(row.querySelectorAll("button"))) sibling.disabled = true;
            void rewrite(app, file, (t) => freshFix(file.path, t, config, d, f.title, words), `Applied: ${f.title}.`);
          });
        }
      }
    }
    if (i % 5 === 4) {
      status.setText(`Checked ${i + 1} of ${files.length} notes…`);
      await sleep(0);
    }
  }
  const where = one ? "this note" : `${findings ? `${notes} of ` : ""}${files.length} notes`;
  status.setText(`${findings || "No"} under-specified action item finding${findings === 1 ? "" : "s"} in ${where}.`);
}

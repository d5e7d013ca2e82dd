// "Check action items": the shared findings report, with each finding's quick fixes.
import type { TFile } from "obsidian";
import type { Host } from "../host";
import { showFindingsReport } from "../findings-report";
import { fixesOf } from "../../core/markdown/findings";
import { checkNote, freshFix, type ActionCheckConfig } from "./extension";

export async function showActionReport(host: Host, config: ActionCheckConfig, title: string, files: TFile[], one?: boolean): Promise<void> {
  await showFindingsReport(host.app, title, files, one, "under-specified action item finding", (file, text, row) => {
    const diagnostics = checkNote(file.path, text, config);
    for (const d of diagnostics) {
      const words = text.slice(d.from, d.to);
      const buttons = fixesOf(d).map((f) => ({ title: f.title, find: (t: string) => freshFix(file.path, t, config, d, f.title, words), notice: `Applied: ${f.title}.` }));
      row(d.line, d.severity, d.severity, d.message, buttons).createDiv({ cls: "one-on-one-feedback-rule", text: `${words} · ${d.ruleId}` });
    }
    return diagnostics.length;
  });
}

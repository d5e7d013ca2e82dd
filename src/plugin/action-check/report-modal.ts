// "Check action items": the shared findings report, with each finding's quick fixes.
import type { App, TFile } from "obsidian";
import type { Host } from "../host";
import { showFindingsReport, type ReportRow } from "../findings-report";
import { fixesOf } from "../../core/markdown/findings";
import { freshFix, noteChecker, type ActionCheckConfig } from "./extension";

export async function showActionReport(host: Host, config: ActionCheckConfig, title: string, files: TFile[], one?: boolean): Promise<void> {
  const check = noteChecker(config);
  await showFindingsReport(
    host.app, title, files, one, "under-specified action item finding",
    (file, text) => {
      const diagnostics = check(file.path, text);
      const rows = diagnostics.map((d): ReportRow => {
        const words = text.slice(d.from, d.to);
        const buttons = fixesOf(d).map((f) => ({ title: f.title, find: (t: string) => freshFix(file.path, t, config, d, f.title, words), notice: `Applied: ${f.title}.` }));
        return { line: d.line, severity: d.severity, label: d.severity, message: d.message, detail: `${words} · ${d.ruleId}`, buttons };
      });
      return { findings: diagnostics.length, rows };
    },
    one ? undefined : (file) => mayHoldTasks(host.app, file),
    host.plugin,
  );
}

/** Only task lines are checked: a note whose metadata cache lists no task is not read (no cache yet: read it). */
function mayHoldTasks(app: App, file: TFile): boolean {
  const cache = app.metadataCache.getFileCache(file);
  return !cache || (cache.listItems?.some((li) => li.task !== undefined) ?? false);
}

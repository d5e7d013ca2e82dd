// "Check feedback": the shared findings report, with each finding's fix and, for a single note, requests to track.
import type { TFile } from "obsidian";
import { lint } from "../../core/feedback/lint";
import { PART_TITLES } from "../../core/feedback/types";
import type { Host } from "../host";
import { showFindingsReport, type ReportRow } from "../findings-report";
import { freshFix, freshTrack, trackable, TRACK_TITLE, type FeedbackLintConfig } from "./extension";

export async function showReport(host: Host, config: FeedbackLintConfig, title: string, files: TFile[], one?: boolean): Promise<void> {
  // One run, one set of options: the severities and today as they were when it started.
  const options = config.lint();
  await showFindingsReport(host.app, title, files, one, "finding", (_file, text) => {
    const diagnostics = lint(text, options);
    const rows = diagnostics.map((d): ReportRow => {
      const fix = d.fix?.title;
      return {
        line: d.line,
        severity: d.severity,
        label: d.severity,
        message: d.message,
        detail: `${d.part ? `${d.block} › ${PART_TITLES[d.part]}` : d.block} · ${d.ruleId}`,
        buttons: fix ? [{ title: fix, find: (t) => freshFix(t, config, d, fix, (x) => x.line === d.line), notice: `Applied: ${fix}.` }] : [],
      };
    });
    for (const r of one ? trackable(text, config) : []) {
      rows.push({ line: r.line, severity: "track", label: "Deadline", message: `${r.request} (due ${r.due})`, buttons: [{ title: TRACK_TITLE, find: (t) => freshTrack(t, config, r, (x) => x.due === r.due), notice: `Added to action items, due ${r.due}.` }] });
    }
    return { findings: diagnostics.length, rows };
  }, undefined, host.plugin);
}

// "Check feedback": the shared findings report, with each finding's fix and, for a single note, requests to track.
import type { TFile } from "obsidian";
import { lint } from "../../core/feedback/lint";
import { PART_TITLES } from "../../core/feedback/types";
import type { Host } from "../host";
import { showFindingsReport } from "../findings-report";
import { freshFix, freshTrack, trackable, TRACK_TITLE, type FeedbackLintConfig } from "./extension";

export async function showReport(host: Host, config: FeedbackLintConfig, title: string, files: TFile[], one?: boolean): Promise<void> {
  // One run, one set of options: the severities and today as they were when it started.
  const options = config.lint();
  await showFindingsReport(host.app, title, files, one, "finding", (_file, text, row) => {
    const diagnostics = lint(text, options);
    for (const d of diagnostics) {
      const fix = d.fix?.title;
      const body = row(d.line, d.severity, d.severity, d.message, fix ? [{ title: fix, find: (t) => freshFix(t, config, d, fix, (x) => x.line === d.line), notice: `Applied: ${fix}.` }] : []);
      body.createDiv({ cls: "one-on-one-feedback-rule", text: `${d.part ? `${d.block} › ${PART_TITLES[d.part]}` : d.block} · ${d.ruleId}` });
    }
    for (const r of one ? trackable(text, config) : []) {
      row(r.line, "track", "Deadline", `${r.request} (due ${r.due})`, [{ title: TRACK_TITLE, find: (t) => freshTrack(t, config, r, (x) => x.due === r.due), notice: `Added to action items, due ${r.due}.` }]);
    }
    return diagnostics.length;
  });
}

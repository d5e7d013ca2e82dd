// The editor extension: CodeMirror lint diagnostics for feedback blocks, with quick fixes in the tooltip.
import { linter, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import { lint, type LintOptions } from "../../core/feedback/lint";
import { findTrackableRequests, trackEdit, type TrackOptions, type TrackableRequest } from "../../core/feedback/track";
import type { Diagnostic, Fix } from "../../core/feedback/types";
import { fixesOf } from "../../core/markdown/findings";
import { quickFix } from "../quick-fix";

/** Read at every lint run, so that settings changes apply without rebuilding the extension. */
export interface FeedbackLintConfig {
  lint(): LintOptions;
  /** Options for "Track as action item" on this text; null turns the action off. */
  track(text: string): TrackOptions | null;
}

export const TRACK_SOURCE = "one-on-one/track";
export const TRACK_TITLE = "Track as action item";

export function trackable(text: string, config: FeedbackLintConfig): TrackableRequest[] {
  const options = config.track(text);
  return options ? findTrackableRequests(text, options) : [];
}

/** Fixes are found again in the current text before writing, so edits made since the check are respected. */
export function freshFix(text: string, config: FeedbackLintConfig, d: Diagnostic, title: string, at: (x: Diagnostic) => boolean): Fix | undefined {
  const x = lint(text, config.lint()).find((x) => x.ruleId === d.ruleId && x.message === d.message && at(x));
  return x && fixesOf(x).find((f) => f.title === title);
}

export function freshTrack(text: string, config: FeedbackLintConfig, r: TrackableRequest, at: (x: TrackableRequest) => boolean): Fix | undefined {
  const x = trackable(text, config).find((x) => x.request === r.request && at(x));
  return x && trackEdit(text, x);
}

/** Marks this plugin's diagnostics (underline and tooltip entry) so styles.css restyles them and no other plugin's. */
export const MARK_CLASS = "one-on-one-lint";
const OURS = (message: string): Pick<CmDiagnostic, "markClass" | "renderMessage"> => ({
  markClass: MARK_CLASS,
  renderMessage: () => createSpan({ cls: `${MARK_CLASS}-message`, text: message }),
});

/** Lint diagnostics, plus a hint with "Track as action item" on each request's deadline phrase. */
export const feedbackLinter = (config: FeedbackLintConfig): Extension =>
  linter(
    ({ state }) => {
      const text = state.doc.toString();
      return [
        ...lint(text, config.lint()).map(
          (d): CmDiagnostic => ({
            from: d.from,
            to: d.to,
            severity: d.severity,
            source: d.ruleId,
            message: d.message,
            ...OURS(d.message),
            actions: fixesOf(d).map((f) => quickFix(f.title, (t, from) => freshFix(t, config, d, f.title, (x) => x.from === from))),
          }),
        ),
        ...trackable(text, config).map(
          (r): CmDiagnostic => ({
            from: r.phraseFrom,
            to: r.phraseTo,
            severity: "hint",
            source: TRACK_SOURCE,
            message: `Due ${r.due}. Add this request to the note's action items?`,
            ...OURS(`Due ${r.due}. Add this request to the note's action items?`),
            actions: [quickFix(TRACK_TITLE, (t, from) => freshTrack(t, config, r, (x) => x.phraseFrom === from))],
          }),
        ),
      ];
    },
    // Typing pauses shorter than this do not re-lint.
    { delay: 600 },
  );

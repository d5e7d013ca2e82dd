// The editor extension: CodeMirror lint diagnostics for feedback blocks, with quick fixes in the tooltip.
import { linter, type Action, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import { lint, type LintOptions } from "../../core/feedback/lint";
import { findTrackableRequests, trackEdit, type TrackOptions, type TrackableRequest } from "../../core/feedback/track";
import type { Diagnostic, Fix } from "../../core/feedback/types";

/** Read at every lint run, so that settings changes apply without rebuilding the extension. */
export interface FeedbackLintConfig {
  lint(): LintOptions;
  /** Options for "Track as action item" on this text; null turns the action off. */
  track(text: string): TrackOptions | null;
}

/** Typing pauses shorter than this do not re-lint. */
export const LINT_DELAY_MS = 600;
export const TRACK_SOURCE = "one-on-one/track";

export function feedbackLinter(config: FeedbackLintConfig): Extension {
  return linter((view) => diagnosticsFor(view.state.doc.toString(), config), { delay: LINT_DELAY_MS });
}

/** Lint diagnostics, plus a hint with "Track as action item" on each request's deadline phrase. */
export function diagnosticsFor(text: string, config: FeedbackLintConfig): CmDiagnostic[] {
  const found = safely(() => lint(text, config.lint()));
  const out: CmDiagnostic[] = found.map((d) => ({
    from: d.from,
    to: Math.max(d.from, d.to),
    severity: d.severity,
    source: d.ruleId,
    message: d.message,
    actions: [d.fix, ...(d.suggestions ?? [])].flatMap((f) => (f ? [fixAction(d, f.title, config)] : [])),
  }));
  const trackable = safely(() => {
    const options = config.track(text);
    return options ? findTrackableRequests(text, options) : [];
  });
  for (const r of trackable) {
    out.push({
      from: r.phraseFrom,
      to: r.phraseTo,
      severity: "hint",
      source: TRACK_SOURCE,
      message: `Due ${r.due}. Add this request to the note's action items?`,
      actions: [trackAction(r, config)],
    });
  }
  return out;
}

/** A bug in one rule must not break the editor; the CLI and tests surface it instead. */
function safely<T>(run: () => T[]): T[] {
  try {
    return run();
  } catch (e) {
    console.error("One-on-one: feedback lint failed", e);
    return [];
  }
}

/** Re-lints the current document and applies the same fix there, so edits made since linting are respected. */
function fixAction(d: Diagnostic, title: string, config: FeedbackLintConfig): Action {
  return {
    name: title,
    apply(view: EditorView, from: number) {
      const text = view.state.doc.toString();
      const fresh = lint(text, config.lint()).find((x) => x.ruleId === d.ruleId && x.from === from && x.message === d.message);
      const fix = fresh && [fresh.fix, ...(fresh.suggestions ?? [])].find((f) => f?.title === title);
      if (fix) dispatchFix(view, text, fix);
    },
  };
}

function trackAction(r: TrackableRequest, config: FeedbackLintConfig): Action {
  return {
    name: "Track as action item",
    apply(view: EditorView, from: number) {
      const text = view.state.doc.toString();
      const options = config.track(text);
      const fresh = options && findTrackableRequests(text, options).find((x) => x.phraseFrom === from && x.request === r.request);
      if (fresh) dispatchFix(view, text, trackEdit(text, fresh));
    },
  };
}

function dispatchFix(view: EditorView, text: string, fix: Fix): void {
  const edits = [...fix.edits].filter((e) => e.from >= 0 && e.to <= text.length).sort((a, b) => a.from - b.from);
  if (edits.length !== fix.edits.length) return;
  view.dispatch({ changes: edits.map((e) => ({ from: e.from, to: e.to, insert: e.insert })), userEvent: "input.feedback-fix" });
}

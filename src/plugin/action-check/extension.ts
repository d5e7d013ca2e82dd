// The editor extension: CodeMirror lint diagnostics on under-specified agreed actions, with the quick fixes in the tooltip.
import { linter, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import { editorInfoField } from "obsidian";
import { checkActions, type ActionCheckOptions } from "../../core/action-check/check";
import type { ActionDiagnostic, Fix } from "../../core/action-check/types";
import { fixesOf } from "../../core/markdown/findings";
import { quickFix } from "../quick-fix";

/** Read at every check, so that settings and the person directory apply without rebuilding the extension. */
export interface ActionCheckConfig {
  options(): ActionCheckOptions;
  /** Notes the check never reads (excluded folders and the template notes), settings read once per call. */
  outOfScope(): (path: string) => boolean;
}

/** The diagnostics of a note's current text; [] when the note is out of scope. */
export function checkNote(path: string, text: string, config: ActionCheckConfig): ActionDiagnostic[] {
  return noteChecker(config)(path, text);
}

/** checkNote with the settings, today and the people read once: one run over many notes sees one of each. */
export function noteChecker(config: ActionCheckConfig): (path: string, text: string) => ActionDiagnostic[] {
  const options = config.options();
  const outOfScope = config.outOfScope();
  return (path, text) => (outOfScope(path) ? [] : checkActions(path, text, options));
}

/** The fix found again in the current text (same rule, same line text), so that edits made since the check are respected. */
export function freshFix(path: string, text: string, config: ActionCheckConfig, d: ActionDiagnostic, title: string, lineText: string): Fix | undefined {
  const x = checkNote(path, text, config).find((x) => x.ruleId === d.ruleId && text.slice(x.from, x.to) === lineText);
  return x && fixesOf(x).find((f) => f.title === title);
}

export const actionLinter = (config: ActionCheckConfig): Extension =>
  linter(
    ({ state }) => {
      const path = state.field(editorInfoField, false)?.file?.path ?? "";
      const text = state.doc.toString();
      return checkNote(path, text, config).map(
        (d): CmDiagnostic => ({
          from: d.from,
          to: d.to,
          severity: d.severity,
          source: d.ruleId,
          message: d.message,
          actions: fixesOf(d).map((f) => quickFix(f.title, (now) => freshFix(path, now, config, d, f.title, text.slice(d.from, d.to)))),
        }),
      );
    },
    // Typing pauses shorter than this do not re-check.
    { delay: 600 },
  );

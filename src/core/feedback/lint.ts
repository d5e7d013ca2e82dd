// lint(note): find feedback blocks, run every enabled rule on each, return diagnostics sorted by position.
import { dominantEol } from "../markdown/lines";
import { findBlocks } from "./blocks";
import { validDate } from "./suppress";
import { lineIndexAt } from "./positions";
import { RULES } from "./rules";
import type { Diagnostic, FeedbackBlock, PartName, Rule, RuleContext, Severity } from "./types";

export { applyFix } from "./fix";

export interface LintOptions {
  /** Per-rule severity or "off"; rules not listed keep their default. */
  severities?: Readonly<Record<string, Severity | "off">>;
  /** Fallback date (YYYY-MM-DD) when the note has no frontmatter `date`: usually today. */
  noteDate?: string;
  /** Rules to run instead of the built-in list (tests, docs). */
  rules?: readonly Rule[];
}

/** Lints every feedback block of a note. Never throws; returns [] for notes with `feedback-lint: off`. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  const note = findBlocks(text);
  if (note.settings.off || note.noteDisabled.has("*")) return [];
  const noteDate = note.settings.date ?? validDate(options.noteDate);
  const eol = dominantEol({ bom: note.scan.bom, lines: [], eols: note.scan.eols });
  const rules = options.rules ?? RULES;
  const out: { d: Diagnostic; order: number }[] = [];
  for (const block of note.blocks) {
    if (block.disabled.has("*") || unfilled(block)) continue;
    rules.forEach((rule, order) => {
      const setting = options.severities?.[rule.id] ?? rule.severity;
      if (setting === "off" || block.disabled.has(rule.id) || note.noteDisabled.has(rule.id)) return;
      rule.check(contextFor(text, block, rule, setting, eol, noteDate, note.lineStarts, (d) => out.push({ d, order })));
    });
  }
  out.sort((a, b) => a.d.from - b.d.from || a.order - b.order || a.d.to - b.d.to);
  return out.map((x) => x.d);
}

/** A template nobody has written in yet (every part empty, no other words): checking it would only be noise. */
function unfilled(block: FeedbackBlock): boolean {
  return !block.looseText && block.parts.every((p) => p.empty);
}

function contextFor(
  text: string,
  block: FeedbackBlock,
  rule: Rule,
  severity: Severity,
  eol: string,
  noteDate: string | null,
  lineStarts: number[],
  push: (d: Diagnostic) => void,
): RuleContext {
  return {
    text,
    block,
    eol,
    noteDate,
    lineStarts,
    parts: (name?: PartName) => block.parts.filter((p) => !p.empty && (name === undefined || p.name === name)),
    report: (r) => {
      const d: Diagnostic = {
        ruleId: rule.id,
        severity,
        block: block.title,
        part: r.part === undefined ? null : r.part,
        line: lineIndexAt(lineStarts, r.from) + 1,
        from: r.from,
        to: r.to,
        message: r.message,
      };
      if (r.fix) d.fix = r.fix;
      if (r.suggestions && r.suggestions.length) d.suggestions = r.suggestions;
      push(d);
    },
  };
}

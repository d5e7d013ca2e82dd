// lint(note): find feedback blocks, run every enabled rule on each, return diagnostics sorted by position.
import { frontmatterDate } from "../markdown/frontmatter";
import { findBlocks, mayHoldBlocks } from "./blocks";
import { lineIndexAt } from "./positions";
import { RULES } from "./rules";
import type { Diagnostic, Rule, Severity } from "./types";

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
  if (!mayHoldBlocks(text)) return [];
  const { blocks, settings, noteDisabled, suppressed, lineStarts, eol } = findBlocks(text);
  if (settings.off || noteDisabled.has("*")) return [];
  const noteDate = settings.date ?? frontmatterDate(options.noteDate);
  const rules = options.rules ?? RULES;
  const out: { d: Diagnostic; order: number }[] = [];
  for (const block of blocks) {
    const { disabled, parts } = block;
    // A template nobody has written in yet (every part empty, no other words): checking it would only be noise.
    if (disabled.has("*") || (!block.looseText && parts.every((p) => p.empty))) continue;
    rules.forEach((rule, order) => {
      const severity = options.severities?.[rule.id] ?? rule.severity;
      if (severity === "off" || disabled.has(rule.id) || noteDisabled.has(rule.id)) return;
      rule.check({
        text,
        block,
        eol,
        noteDate,
        lineStarts,
        parts: (name) => parts.filter((p) => !p.empty && (!name || p.name === name)),
        report: ({ from, to, message, part = null, fix, suggestions }) => {
          const line = lineIndexAt(lineStarts, from);
          if (suppressed.some(([id, a, b]) => (id === "*" || id === rule.id) && line >= a && line < b)) return;
          const d: Diagnostic = { ruleId: rule.id, severity, block: block.title, part, line: line + 1, from, to, message };
          if (fix) d.fix = fix;
          if (suggestions?.length) d.suggestions = suggestions;
          out.push({ d, order });
        },
      });
    });
  }
  out.sort((a, b) => a.d.from - b.d.from || a.order - b.order || a.d.to - b.d.to);
  // One finding per problem: drop a finding that overlaps one of a more specific rule declaring it supersedes this rule (ranges overlap only within a block).
  // Only findings of superseding rules are compared against the rest: a long hostile block stays linear in its findings.
  const superseding = out.filter(({ order }) => rules[order].supersedes?.length);
  if (superseding.length === 0) return out.map((x) => x.d);
  return out.filter(({ d }) => !superseding.some(({ d: by, order }) => rules[order].supersedes?.includes(d.ruleId) && by.from < d.to && d.from < by.to)).map((x) => x.d);
}

// Small helpers shared by rules: reporting matches and absences, appending to a part, reading note lines.
import { allMatches, wordBefore, type Match } from "../match";
import { lineIndexAt } from "../positions";
import type { FeedbackPart, Fix, PartName, ReportInput, RuleContext, Unit } from "../types";

/** What a rule reports about one match: its message, or the message with a fix and a narrower range; null skips it. */
export type MatchReport = string | (Omit<ReportInput, "from" | "to" | "part"> & { from?: number; to?: number }) | null;

/** Reports every match of re in the plain text (exempt spans blanked) of each unit of the parts. */
export function reportMatches(ctx: RuleContext, parts: readonly FeedbackPart[], re: RegExp, build: (m: Match, unit: Unit, from: number) => MatchReport): void {
  for (const part of parts) {
    for (const unit of part.units) {
      for (const m of allMatches(re, unit.plain)) {
        const from = unit.from + m.index;
        const r = build(m, unit, from);
        if (r !== null) ctx.report({ from, to: from + m.text.length, part: part.name, ...(typeof r === "string" ? { message: r } : r) });
      }
    }
  }
}

/** Reports each written part named `name` in which no unit is `present`, marking the part's body. */
export function reportAbsent(ctx: RuleContext, name: PartName, present: (u: Unit) => boolean, message: string, fix?: (part: FeedbackPart) => Fix | undefined): void {
  for (const part of ctx.parts(name)) {
    if (part.units.some(present)) continue;
    const last = part.units[part.units.length - 1];
    ctx.report({ from: part.units[0].from, to: last.to, part: name, message, fix: fix?.(part) });
  }
}

/** "What do you need to…?": an auxiliary before "you" makes a question, not an order. */
const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set("do did does would will can could should must don't didn't won't wouldn't shall may might".split(" "));

/** True when the match follows an auxiliary, so it is part of a question ("What do you need to…?"). */
export function inQuestion(m: Match, unit: Unit): boolean {
  return QUESTION_AUXILIARIES.has(wordBefore(unit.plain, m.index));
}

/** The quoted word as written in the note, for messages. */
export function quoted(s: string): string {
  return `"${s.replace(/\s+/g, " ").trim()}"`;
}

const TERMINAL = /[.!?…]["'”’)*_]*$/;

/** A fix that adds to the end of the part's last unit: `sentence` after its final punctuation, or `phrase` before it. */
export function appendToPart(part: FeedbackPart, title: string, add: { sentence: string } | { phrase: string }): Fix {
  const last = part.units[part.units.length - 1];
  const end = TERMINAL.exec(last.text);
  if ("sentence" in add) return { title, edits: [{ from: last.to, to: last.to, insert: `${end ? "" : "."} ${add.sentence}` }] };
  const at = end ? last.to - end[0].length : last.to;
  return { title, edits: [{ from: at, to: at, insert: add.phrase }] };
}

/** The text of the note line holding offset, and where that line starts. */
export function lineAround(ctx: RuleContext, offset: number): { start: number; text: string } {
  const i = lineIndexAt(ctx.lineStarts, offset);
  const start = ctx.lineStarts[i];
  let end = i + 1 < ctx.lineStarts.length ? ctx.lineStarts[i + 1] : ctx.text.length;
  while (end > start && (ctx.text[end - 1] === "\n" || ctx.text[end - 1] === "\r")) end--;
  return { start, text: ctx.text.slice(start, end) };
}

// Small helpers shared by rules: word matches in units, absence reports, insertion points.
import { allMatches, has, type Match } from "../match";
import { lineIndexAt } from "../positions";
import type { FeedbackPart, Fix, RuleContext, Unit } from "../types";

/** The part's body range, for rules that report an absence. */
export function bodyRange(part: FeedbackPart): { from: number; to: number } {
  if (part.units.length === 0) return { from: part.labelFrom, to: part.labelTo };
  return { from: part.units[0].from, to: part.units[part.units.length - 1].to };
}

/** True when any unit of the part matches re; `field` "text" counts exempt spans, "plain" does not. */
export function partHas(part: FeedbackPart, re: RegExp, field: "text" | "plain" = "text"): boolean {
  return part.units.some((u) => has(re, u[field]));
}

/** Reports every match of re in the plain text of each unit of each part. */
export function reportWords(
  ctx: RuleContext,
  parts: readonly FeedbackPart[],
  re: RegExp,
  message: (m: Match, unit: Unit) => string | null,
  fix?: (m: Match, unit: Unit, from: number) => Fix | undefined,
): void {
  for (const part of parts) {
    for (const unit of part.units) {
      for (const m of allMatches(re, unit.plain)) {
        const msg = message(m, unit);
        if (msg === null) continue;
        const from = unit.from + m.index;
        ctx.report({ from, to: from + m.text.length, part: part.name, message: msg, fix: fix?.(m, unit, from) });
      }
    }
  }
}

/** "What do you need to…?": an auxiliary before "you" makes a question, not an order. */
export const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(["do", "did", "does", "would", "will", "can", "could", "should", "must", "don't", "didn't", "won't", "wouldn't", "shall", "may", "might"]);

/** Parts of every name: what the "any part" rules check. */
export function allParts(ctx: RuleContext): FeedbackPart[] {
  return ctx.block.parts.filter((p) => !p.empty);
}

/** The quoted word as written in the note, for messages. */
export function quoted(s: string): string {
  return `"${s.replace(/\s+/g, " ").trim()}"`;
}

/** Keeps the case of the first letter of `like` on `word`. */
export function matchCase(like: string, word: string): string {
  return like[0] && like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

const TERMINAL = /[.!?…]["'”’)*_]*$/;

/** A fix that appends a clause to the end of the part's last unit: before its final punctuation, or as a new sentence. */
export function appendSentence(part: FeedbackPart, sentence: string, title: string): Fix | undefined {
  const last = part.units[part.units.length - 1];
  if (!last) return undefined;
  const ends = TERMINAL.test(last.text);
  return { title, edits: [{ from: last.to, to: last.to, insert: ends ? ` ${sentence}` : `. ${sentence}` }] };
}

/** A fix that inserts a phrase before the final punctuation of the part's last unit. */
export function appendBeforePunctuation(part: FeedbackPart, phrase: string, title: string): Fix | undefined {
  const last = part.units[part.units.length - 1];
  if (!last) return undefined;
  const m = TERMINAL.exec(last.text);
  const at = m ? last.to - m[0].length : last.to;
  return { title, edits: [{ from: at, to: at, insert: phrase }] };
}

/** The text of the note line holding offset, and where that line starts. */
export function lineAround(ctx: RuleContext, offset: number): { start: number; text: string } {
  const i = lineIndexAt(ctx.lineStarts, offset);
  const start = ctx.lineStarts[i];
  const next = i + 1 < ctx.lineStarts.length ? ctx.lineStarts[i + 1] : ctx.text.length;
  let end = next;
  while (end > start && (ctx.text[end - 1] === "\n" || ctx.text[end - 1] === "\r")) end--;
  return { start, text: ctx.text.slice(start, end) };
}

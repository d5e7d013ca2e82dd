// Rule factories (a phrase found, a part lacking something) and small helpers shared by rules.
import { allMatches, wordBefore, type Match } from "../match";
import { lineIndexAt } from "../positions";
import type { FeedbackPart, Fix, PartName, ReportInput, Rule, RuleContext, RuleDocs, RuleMeta, RulePart, Severity, Unit } from "../types";

/** What a rule says about one match after the quoted text, alone or with a fix and a narrower range; null skips it. */
export type MatchReport = string | (Omit<ReportInput, "from" | "to" | "part"> & { from?: number; to?: number }) | null;

/**
 * A rule's declared data in one call (positional, so main.js does not repeat key names thirty times). The id is built
 * from the declared part and a name ("facts" + "judgement" → "facts/judgement"), so the two cannot disagree.
 */
export function meta(part: RulePart, rule: string, name: string, severity: Severity, supersedes?: readonly string[]): RuleMeta {
  return { id: `${part}/${rule}`, part, name, severity, supersedes };
}

/** The part a rule reads; undefined (every part) for "any". */
function partOf({ part }: RuleMeta): PartName | undefined {
  return part === "any" || part === "structure" ? undefined : part;
}

/** A rule reporting each match of re in its parts' plain text (exempt spans blanked), the quoted match before `say`. */
export function matchRule(meta: RuleMeta, re: RegExp, say: string | ((m: Match, unit: Unit, from: number) => MatchReport), docs: false | RuleDocs): Rule {
  const name = partOf(meta);
  return {
    ...meta,
    ...docs,
    check(ctx) {
      for (const part of ctx.parts(name)) {
        for (const unit of part.units) {
          for (const m of allMatches(re, unit.plain)) {
            const from = unit.from + m.index;
            const r = typeof say === "string" ? say : say(m, unit, from);
            if (r === null) continue;
            const d = { from, to: from + m.text.length, part: part.name, ...(typeof r === "string" ? { message: r } : r) };
            d.message = `"${unit.text.slice(d.from - unit.from, d.to - unit.from).replace(/\s+/g, " ").replace(/[ ,;:.!—–-]+$/, "")}" ${d.message}`;
            ctx.report(d);
          }
        }
      }
    },
  };
}

/** A rule reporting each written part of its declared part in which no unit is `present`, marking the part's body. */
export function absenceRule(meta: RuleMeta, present: (u: Unit) => boolean, message: string, docs: false | RuleDocs, fix?: (part: FeedbackPart, ctx: RuleContext) => Fix | undefined): Rule {
  const name = partOf(meta);
  return {
    ...meta,
    ...docs,
    check(ctx) {
      for (const part of ctx.parts(name)) {
        if (!part.units.some(present)) ctx.report({ from: part.units[0].from, to: part.units[part.units.length - 1].to, part: part.name, message, fix: fix?.(part, ctx) });
      }
    },
  };
}

/** Reports at a part's heading or label (structure rules). */
export function reportAtLabel(ctx: RuleContext, part: FeedbackPart, message: string, fix?: Fix): void {
  ctx.report({ from: part.labelFrom, to: part.labelTo, part: part.name, message, fix });
}

/** Degree words, any "-ly" adverb among them, that may stand between "you are" / "I feel" and the word a rule looks for (regex source). */
export const DEGREE = "so|very|too|quite|rather|pretty|just|always|often|sometimes|somewhat|[a-z]+ly|kind of|sort of|a bit|a little(?: bit)?|even more|more|the most";

/** "What do you need to…?": an auxiliary before "you" makes a question, not an order. */
export const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set("do did does would will can could should must don't didn't won't wouldn't shall may might".split(" "));

/** True when the match follows an auxiliary, so it is part of a question ("What do you need to…?"). */
export function inQuestion(m: Match, unit: Unit): boolean {
  return QUESTION_AUXILIARIES.has(wordBefore(unit.plain, m.index));
}

const TERMINAL = /[.!?…]["'”’)*_]*$/;

/** A fix that adds text to the end of the part's last unit: a phrase before its final punctuation, a sentence after it (ending the unit with "." if it has no punctuation). */
export function appendToPart(part: FeedbackPart, title: string, text: string, phrase = false): Fix {
  const last = part.units[part.units.length - 1];
  const end = TERMINAL.exec(last.text);
  const at = phrase && end ? last.to - end[0].length : last.to;
  return { title, edits: [{ from: at, to: at, insert: (phrase || end ? "" : ".") + text }] };
}

/** The text of the note line holding offset, and where that line starts. */
export function lineAround(ctx: RuleContext, offset: number): { start: number; text: string } {
  const i = lineIndexAt(ctx.lineStarts, offset);
  const start = ctx.lineStarts[i];
  // After the last line, lineStarts[i + 1] is undefined and the slice runs to the end.
  return { start, text: ctx.text.slice(start, ctx.lineStarts[i + 1]).replace(/[\r\n]+$/, "") };
}

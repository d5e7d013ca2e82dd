// Exempt spans: quoted text, code, links and reported speech are facts about what was said, not claims.
import { alternation } from "./match";
import { DIRECT_SPEECH_VERBS, QUESTION_VERBS, REPORTING_VERBS } from "./words/reporting";

export type Span = [number, number];

/** Blanks [from, to) of s with spaces, keeping its length. */
export function blank(s: string, spans: readonly Span[]): string {
  return spans.reduce((out, [from, to]) => out.slice(0, from) + " ".repeat(to - from) + out.slice(to), s);
}

/**
 * Code spans (closed by the same run of backticks), "…", “…”, [[wikilinks]], then (group 2, only at a
 * word start) '…' or ‘…’ closed by a quote that follows no space and ends a word, and URLs.
 */
const QUOTED = /(`+)(?!`)[\s\S]*?\1|"[^"]*"|“[^”]*”|\[\[[\s\S]*?\]\]|(['‘](?! )(?:[\s\S]*?[^ ])??['’](?![A-Za-z0-9])|(?:https?:\/\/|www\.)[^ )>]*)/g;

/** Quotes, code spans, URLs and wikilinks; unclosed quotes are left alone. */
export function quoteSpans(s: string): Span[] {
  const spans: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(s); m; m = QUOTED.exec(s)) {
    if (m[2] && /[A-Za-z0-9]/.test(s.charAt(m.index - 1))) QUOTED.lastIndex = m.index + 1;
    else spans.push([m.index, QUOTED.lastIndex]);
  }
  return spans;
}

const REPORTING = new RegExp(`\\b(${alternation(REPORTING_VERBS)})(?![A-Za-z])`, "gi");
const DIRECT = new Set(DIRECT_SPEECH_VERBS);
const QUESTION = new Set(QUESTION_VERBS);
const THAT_WITHIN = /^(?:\s+\S+){0,7}?\s+that\b/i;
const QUESTION_OBJECT = /^(?:\s+\S+){0,3}?\s+(?:whether|if|why|what|how|when|who|to)\b/i;
const CLAUSE_END = /[;—]|\s–\s|,\s*(?:and|but|so|which)\s+(?:i|we)\b/i;

/** Reported speech inside one sentence (already quote-blanked): from after the verb (or its `that`) to the clause end. */
export function reportedSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(sentence); m; m = REPORTING.exec(sentence)) {
    const verb = m[1].toLowerCase().replace(/\s+/g, " ");
    const after = REPORTING.lastIndex;
    const rest = sentence.slice(after);
    const that = THAT_WITHIN.exec(rest);
    const start = that ? after + that[0].length : (QUESTION.has(verb) && QUESTION_OBJECT.test(rest)) || (DIRECT.has(verb) && /^\s*[:,]?\s*[A-Za-z]/.test(rest)) ? after : -1;
    if (start < 0) continue;
    const stop = CLAUSE_END.exec(sentence.slice(start));
    const end = stop ? start + stop.index : sentence.length;
    spans.push([start, end]);
    REPORTING.lastIndex = Math.max(REPORTING.lastIndex, end);
  }
  return spans;
}

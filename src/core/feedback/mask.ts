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
/** "… that" within a few words, but not "that day" or "that morning": a demonstrative, as in "the notes you wrote that day". */
const THAT_DEMONSTRATIVE = "that\\s+(?:day|time|week|morning|afternoon|evening|night|one|way|meeting|call|sprint)\\b";
const THAT_WITHIN = new RegExp(`^(?:\\s+\\S+){0,7}?\\s+(?!${THAT_DEMONSTRATIVE})that\\b`, "i");
const QUESTION_OBJECT = /^(?:\s+\S+){0,3}?\s+(?:whether|if|why|what|how|when|who|to)\b/i;
/** Finite verbs that show a clause follows the reporting verb ("said the code was", "told the client it had"). */
const FINITE = "was|were|is|are|had|has|have|would|will|could|can|should|did|does|do|might|must|[a-z]+n't|(?:it|that|this|there|he|she|they|we|i|you|everything|nothing)'(?:s|re|ll|d|ve|m)";
/**
 * Direct content after a verb without "that": a colon or comma, or a clause (up to six words, then a finite verb)
 * whose first word is not a preposition, an adverb of time or a verb: "you wrote after the outage" or "the notes you wrote were" exempt nothing.
 */
const CONTENT = new RegExp(
  `^(?:\\s*[:,]\\s*[A-Za-z]|\\s+(?!(?:after|before|in|on|at|during|for|with|without|about|from|by|into|over|up|out|off|down|back|yesterday|today|last|again|twice|once|early|late|${THAT_DEMONSTRATIVE}|${FINITE})\\b)(?:[a-z][\\w'#-]*\\s+){0,5}?(?:${FINITE})\\b)`,
  "i",
);
const THAT_CLAUSE = new RegExp(`^(?:\\s+[\\w'#-]+){0,6}?\\s+(?:${FINITE}|[a-z]{2,}ed)\\b`, "i");
/** Where reported content stops: a clause break, or the writer's own comment after it (", which was…", ", as always"). */
const CLAUSE_END = /[;—]|\s–\s|,\s*(?:(?:and|but|so|which)\s+(?:i|we)\b|which\s+(?:is|was)\b|as\s+(?:always|usual)\b)/i;

/** Reported speech inside one sentence (already quote-blanked): the content a reporting verb introduces, from after the verb (or its `that`) to the clause end. */
export function reportedSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(sentence); m; m = REPORTING.exec(sentence)) {
    const verb = m[1].toLowerCase().replace(/\s+/g, " ");
    const after = REPORTING.lastIndex;
    const rest = sentence.slice(after);
    const that = THAT_WITHIN.exec(rest);
    // "that" opens reported content only when a clause follows it: "wrote that the tests were flaky", not "wrote that sloppy summary".
    if (that && !THAT_CLAUSE.test(rest.slice(that[0].length))) continue;
    const start = that ? after + that[0].length : (QUESTION.has(verb) && QUESTION_OBJECT.test(rest)) || (DIRECT.has(verb) && CONTENT.test(rest)) ? after : -1;
    if (start < 0) continue;
    const stop = CLAUSE_END.exec(sentence.slice(start));
    const end = stop ? start + stop.index : sentence.length;
    spans.push([start, end]);
    REPORTING.lastIndex = Math.max(REPORTING.lastIndex, end);
  }
  return spans;
}

// Exempt spans: quoted text, code, links and reported speech are facts about what was said, not claims.
import { BacktickRuns } from "../markdown/code-spans";
import { alternation } from "./match";
import { DIRECT_SPEECH_VERBS, QUESTION_VERBS, REPORTING_VERBS } from "./words/reporting";

export type Span = [number, number];

/** Blanks [from, to) of s with spaces, keeping its length (spans in order, not overlapping). */
export function blank(s: string, spans: readonly Span[]): string {
  if (spans.length === 0) return s;
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    parts.push(s.slice(at, from), " ".repeat(to - from));
    at = to;
  }
  parts.push(s.slice(at));
  return parts.join("");
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Code spans (CommonMark: closed by a backtick string of the same length), "…", “…”, [[wikilinks]], '…' or ‘…’
 * opening a word and closed by a quote that follows no space and ends a word, and URLs; unclosed quotes are
 * left alone. One pass: every closer is looked up once, from where the last look-up of its kind stopped, so a
 * line of 100,000 unclosed `[[` or backticks costs no more than reading it (a regex retried each one to the end).
 */
export function quoteSpans(s: string): Span[] {
  const spans: Span[] = [];
  const n = s.length;
  const runs = new BacktickRuns();
  runs.reset(s, 0, n);
  // Next closer of each kind at or after the position last asked (n when none): positions only grow.
  const next = { curly: -1, link: -1, single: -1 };
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let end = -1;
    if (c === 96) {
      const len = runs.runLength(i);
      end = runs.closerEnd(i, len);
      if (end === -1) {
        i += len;
        continue;
      }
    } else if (c === 34) {
      const k = s.indexOf('"', i + 1);
      end = k === -1 ? -1 : k + 1;
    } else if (c === 0x201c) {
      if (next.curly < i + 1) next.curly = indexOr(s, "\u201d", i + 1);
      end = next.curly === n ? -1 : next.curly + 1;
    } else if (c === 91 && s.charCodeAt(i + 1) === 91) {
      if (next.link < i + 2) next.link = indexOr(s, "]]", i + 2);
      end = next.link === n ? -1 : next.link + 2;
    } else if ((c === 39 || c === 0x2018) && s.charCodeAt(i + 1) !== 32 && !(i > 0 && isAlnum(s.charCodeAt(i - 1)))) {
      if (next.single < i + 1) next.single = singleCloser(s, i + 1);
      end = next.single === n ? -1 : next.single + 1;
    } else if ((c === 104 && (s.startsWith("http://", i) || s.startsWith("https://", i))) || (c === 119 && s.startsWith("www.", i))) {
      end = i;
      while (end < n && !" )>".includes(s[end])) end++;
    }
    if (end === -1) i++;
    else {
      spans.push([i, end]);
      i = Math.max(end, i + 1);
    }
  }
  return spans;
}

function indexOr(s: string, needle: string, from: number): number {
  const k = s.indexOf(needle, from);
  return k === -1 ? s.length : k;
}

/** First quote at or after `from` that can close '…': ' or ’ after a non-space, not followed by a letter or digit. */
function singleCloser(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c === 39 || c === 0x2019) && s.charCodeAt(k - 1) !== 32 && !isAlnum(s.charCodeAt(k + 1))) return k;
  }
  return s.length;
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

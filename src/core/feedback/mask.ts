// Exempt spans: quoted text, code, links and reported speech are facts about what was said, not claims.
import { alternation } from "./match";
import { DIRECT_SPEECH_VERBS, QUESTION_VERBS, REPORTING_VERBS } from "./words/reporting";

export type Span = [number, number];

/** Blanks [from, to) of s with spaces, keeping its length. */
export function blank(s: string, spans: readonly Span[]): string {
  if (spans.length === 0) return s;
  const chars = s.split("");
  for (const [from, to] of spans) for (let i = Math.max(0, from); i < Math.min(to, chars.length); i++) chars[i] = " ";
  return chars.join("");
}

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Quotes ("…", “…”, ‘…’, '…'), code spans, URLs and wikilinks; unclosed quotes are left alone. */
export function quoteSpans(s: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    let end = -1;
    if (c === "`") {
      let n = 1;
      while (s[i + n] === "`") n++;
      const close = s.indexOf("`".repeat(n), i + n);
      end = close === -1 ? -1 : close + n;
    } else if (c === '"') {
      const close = s.indexOf('"', i + 1);
      end = close === -1 ? -1 : close + 1;
    } else if (c === "“") {
      const close = s.indexOf("”", i + 1);
      end = close === -1 ? -1 : close + 1;
    } else if ((c === "‘" || c === "'") && !isLetter(s[i - 1]) && s[i + 1] !== " " && i + 1 < s.length) {
      end = closingSingle(s, i + 1);
    } else if (c === "[" && s[i + 1] === "[") {
      const close = s.indexOf("]]", i + 2);
      end = close === -1 ? -1 : close + 2;
    } else if ((c === "h" || c === "w") && /^(?:https?:\/\/|www\.)/.test(s.slice(i, i + 8)) && !isLetter(s[i - 1])) {
      end = i;
      while (end < s.length && s[end] !== " " && s[end] !== ")" && s[end] !== ">") end++;
    }
    if (end > i) {
      spans.push([i, end]);
      i = end;
    } else i++;
  }
  return spans;
}

function closingSingle(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if ((s[j] === "'" || s[j] === "’") && s[j - 1] !== " " && !isLetter(s[j + 1])) return j + 1;
  }
  return -1;
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
    const after = m.index + m[0].length;
    const rest = sentence.slice(after);
    let start = -1;
    const that = THAT_WITHIN.exec(rest);
    if (that) start = after + that[0].length;
    else if (QUESTION.has(verb) && QUESTION_OBJECT.test(rest)) start = after;
    else if (DIRECT.has(verb) && /^\s*[:,]?\s*[A-Za-z]/.test(rest)) start = after;
    if (start === -1) continue;
    const tail = sentence.slice(start);
    const stop = CLAUSE_END.exec(tail);
    const end = stop ? start + stop.index : sentence.length;
    spans.push([start, end]);
    REPORTING.lastIndex = Math.max(REPORTING.lastIndex, end);
  }
  return spans;
}

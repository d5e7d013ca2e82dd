// Splitting a part's body into units (sentences and list items) with exact offsets.
import { blank, quoteSpans, reportedSpans, type Span } from "./mask";
import { lineIndexAt } from "./positions";
import type { Segment, Unit } from "./types";

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[.\])?(?:[ \t]+|$)/;
const INLINE_COMMENT = /%%[\s\S]*?%%|<!--[\s\S]*?-->/g;
const ABBREVIATIONS = new Set(["e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "approx", "cf", "no", "jr", "sr", "inc", "ltd", "eg", "ie", "a.m", "p.m"]);

interface Group {
  kind: "paragraph" | "item";
  pieces: Segment[];
}

/** Units of a part's body segments, in order; `starts` are the note's line start offsets. */
export function splitUnits(note: string, segments: readonly Segment[], starts: readonly number[]): Unit[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let prevLine = -2;
  for (const seg of segments) {
    const content = note.slice(seg.from, seg.to);
    const contiguous = seg.line === prevLine + 1;
    prevLine = seg.line;
    if (content.trim() === "") {
      current = null;
      continue;
    }
    const item = LIST_ITEM.exec(content);
    if (item) {
      current = { kind: "item", pieces: [{ line: seg.line, from: seg.from + item[0].length, to: seg.to }] };
      groups.push(current);
    } else if (current && contiguous) {
      current.pieces.push(seg);
    } else {
      current = { kind: "paragraph", pieces: [seg] };
      groups.push(current);
    }
  }
  const units: Unit[] = [];
  for (const g of groups) groupUnits(note, g, starts, units);
  return units;
}

function groupUnits(note: string, g: Group, starts: readonly number[], out: Unit[]): void {
  const from = g.pieces[0].from;
  const to = g.pieces[g.pieces.length - 1].to;
  if (to <= from) return;
  // Everything between pieces (line endings, quote prefixes) becomes spaces so offsets stay 1:1.
  const chars = new Array<string>(to - from).fill(" ");
  for (const p of g.pieces) for (let i = p.from; i < p.to; i++) chars[i - from] = note[i] === "’" ? "'" : note[i];
  let text = chars.join("").replace(/\t/g, " ");
  text = text.replace(INLINE_COMMENT, (m) => " ".repeat(m.length));
  const quotes = quoteSpans(text);
  const quoted = blank(text, quotes);
  const pieces: Span[] = g.kind === "item" ? [[0, text.length]] : sentenceSpans(quoted);
  for (const [a, b] of pieces) {
    const [s, e] = trimSpan(text, a, b);
    if (e <= s) continue;
    const sentenceText = text.slice(s, e);
    const sentenceQuoted = quoted.slice(s, e);
    const plain = blank(sentenceQuoted, reportedSpans(sentenceQuoted));
    if (!/[A-Za-z0-9]/.test(sentenceText)) continue;
    out.push({
      kind: g.kind === "item" ? "item" : "sentence",
      from: from + s,
      to: from + e,
      line: lineIndexAt(starts, from + s) + 1,
      text: sentenceText,
      plain,
    });
  }
}

function trimSpan(s: string, a: number, b: number): Span {
  while (a < b && s[a] === " ") a++;
  while (b > a && s[b - 1] === " ") b--;
  return [a, b];
}

/** Sentence boundaries in quote-blanked text: a terminator, then space and a capital, digit or opener. */
export function sentenceSpans(s: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    let j = i + 1;
    while (j < s.length && /[.!?…)"'”*_\]]/.test(s[j])) j++;
    if (j < s.length && s[j] !== " ") continue;
    let k = j;
    while (k < s.length && s[k] === " ") k++;
    if (k < s.length && !/[A-Z0-9"“'‘([*_]/.test(s[k])) continue;
    if (c === "." && isAbbreviation(s, i)) continue;
    spans.push([start, j]);
    start = k;
    i = k - 1;
  }
  if (start < s.length) spans.push([start, s.length]);
  return spans;
}

function isAbbreviation(s: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(s[i])) i--;
  const word = s.slice(i + 1, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

const PLACEHOLDER = /\b(?:todo|tbd|tba|tk|xxx|fixme|n\/a|none|wip|placeholder)\b|\.\.\.|…|\?/gi;

/** A part is empty when no unit holds a word other than placeholders (TODO, TBD, …). */
export function isEmptyPart(units: readonly Unit[]): boolean {
  return units.every((u) => !/[A-Za-z0-9]/.test(u.text.replace(PLACEHOLDER, " ")));
}

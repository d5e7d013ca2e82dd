// Splitting a part's body into units (sentences and list items) with exact offsets.
import { replaceInlineComments } from "../markdown/inline-comments";
import { blank, quoteSpans, reportedSpans, type Span } from "./mask";
import { lineIndexAt } from "./positions";
import type { Segment, Unit } from "./types";

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[.\])?(?:[ \t]+|$)/;
const ABBREVIATIONS = new Set("e.g i.e etc vs mr mrs ms dr st approx cf no jr sr inc ltd eg ie a.m p.m".split(" "));
/** A terminator and its closing marks, then spaces and a capital, digit or opener (or the end). */
const SENTENCE_END = /([.!?…][.!?…)"'”*_\]]*)(?: +(?=[A-Z0-9"“'‘([*_])| *$)/g;

interface Group {
  item: boolean;
  pieces: Segment[];
}

/** Units of a part's body segments, in order; `starts` are the note's line start offsets. */
export function splitUnits(note: string, segments: readonly Segment[], starts: readonly number[]): Unit[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let prevLine = -2;
  for (const seg of segments) {
    const content = note.slice(seg.from, seg.to);
    const item = LIST_ITEM.exec(content);
    if (!content.trim()) current = null;
    else if (item) groups.push((current = { item: true, pieces: [{ ...seg, from: seg.from + item[0].length }] }));
    else if (current && seg.line === prevLine + 1) current.pieces.push(seg);
    else groups.push((current = { item: false, pieces: [seg] }));
    prevLine = seg.line;
  }
  const units: Unit[] = [];
  for (const { item, pieces } of groups) {
    const from = pieces[0].from;
    // Everything between pieces (line endings, quote prefixes) becomes spaces so offsets stay 1:1.
    let text = "";
    for (const p of pieces) text = text.padEnd(p.from - from) + note.slice(p.from, p.to);
    text = text.replace(/\t/g, " ").replace(/’/g, "'");
    text = replaceInlineComments(text, (length) => " ".repeat(length));
    const quoted = blank(text, quoteSpans(text));
    const spans: Span[] = item ? [[0, text.length]] : sentenceSpans(quoted);
    for (const [a, b] of spans) {
      // Trim spaces only: other whitespace is text.
      const trimmed = text.slice(a, b).replace(/ +$/, "");
      const s = a + trimmed.search(/[^ ]|$/);
      const e = a + trimmed.length;
      const unitText = text.slice(s, e);
      if (!/[A-Za-z0-9]/.test(unitText)) continue;
      const plain = quoted.slice(s, e);
      units.push({ kind: item ? "item" : "sentence", from: from + s, to: from + e, line: lineIndexAt(starts, from + s) + 1, text: unitText, plain: blank(plain, reportedSpans(plain)) });
    }
  }
  return units;
}

/** Sentence boundaries in quote-blanked text. */
export function sentenceSpans(s: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(s); m; m = SENTENCE_END.exec(s)) {
    if (m[1][0] === "." && isAbbreviation(s, m.index)) SENTENCE_END.lastIndex = m.index + 1;
    else {
      spans.push([start, m.index + m[1].length]);
      start = SENTENCE_END.lastIndex;
    }
  }
  if (start < s.length) spans.push([start, s.length]);
  return spans;
}

function isAbbreviation(s: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(s[i - 1])) i--;
  const word = s.slice(i, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

const PLACEHOLDER = /\b(?:todo|tbd|tba|tk|xxx|fixme|n\/a|none|wip|placeholder)\b/gi;

/** A part is empty when no unit holds a letter or digit outside placeholders (TODO, TBD, …). */
export function isEmptyPart(units: readonly Unit[]): boolean {
  return units.every((u) => !/[A-Za-z0-9]/.test(u.text.replace(PLACEHOLDER, " ")));
}

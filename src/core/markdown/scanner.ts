// One line scanner for every reader: which lines are frontmatter, code, comments, quotes (a whole note's lines: scan-note.ts).
import { BacktickRuns } from "./code-spans";
import { Finder } from "./finder";
import { columns, findFrontmatterEnd, HTML_UNTIL_BLANK, htmlBlockStart, isBlank, listContentColumn, MATH, NO_BLOCK, QUOTE, RAW_HTML_END, runLength, skipSpaces, SPACE, TAB } from "./block-syntax";

export { calloutTypeAt, headingTextAt, readHeading } from "./headings";
export { isFrontmatterFence, quotePrefix } from "./block-syntax";

/** Where a line sits: only "text" lines can hold tasks, headings or feedback. */
export type LineContext = "text" | "frontmatter" | "code" | "comment";

const BACKTICK = 96;
const TILDE = 126;

/**
 * Classifies the lines of one text in order, without allocating per line: readers that only
 * need a few lines (the action parser) slice just those. `scanNote` is built on it.
 */
export class LineScanner {
  /** Line index of the closing `---` of the frontmatter, or -1. */
  readonly frontmatterEnd: number;
  /** Of the last line given to next(): `>` levels before the content. */
  quoteDepth = 0;
  /** Of the last line given to next(): offset in the text where the content starts, after the quote prefix. */
  contentStart = 0;
  private lineIndex = -1;
  private fenceChar = 0;
  private fenceLength = 0;
  private fenceDepth = 0;
  private inPercent = false;
  private inHtml = false;
  /** Content column of the list item holding the open fence (0 at top level): a line left of it ends item and fence. */
  private fenceBase = 0;
  /** An open raw block: HTML that ends at a blank line or at its closing tag, or `$$` math; and its quote depth. */
  private block = NO_BLOCK;
  private blockDepth = 0;
  /** Content columns of the open list items (innermost last) at `itemsDepth` quote levels, and whether the last line was paragraph text. */
  private readonly items: number[] = [];
  private itemsDepth = 0;
  private lazy = false;
  private readonly dollars: Finder;
  private readonly percent: Finder;
  private readonly htmlEnd: Finder;
  private readonly tick: Finder;
  private readonly runs = new BacktickRuns();

  constructor(private readonly text: string) {
    this.frontmatterEnd = findFrontmatterEnd(text);
    this.percent = new Finder(text, "%%");
    this.htmlEnd = new Finder(text, "-->");
    this.tick = new Finder(text, "`");
    this.dollars = new Finder(text, "$$");
  }

  /** Classifies the next line, text[start, end) without its ending; lines must come in order. */
  next(start: number, end: number): LineContext {
    const t = this.text;
    this.lineIndex++;
    if (this.lineIndex <= this.frontmatterEnd) {
      this.quoteDepth = 0;
      this.contentStart = start;
      return "frontmatter";
    }
    if (this.fenceChar === 0 && !this.inHtml && !this.inPercent && this.block === NO_BLOCK) {
      // Fast path: an empty line, or one starting with a letter, cannot open or hold anything; only a %% in it matters.
      const c0 = start < end ? t.charCodeAt(start) : 65;
      if (c0 >= 65 && c0 !== 96 && c0 !== 126 && this.percent.at(start) + 2 > end) {
        this.quoteDepth = 0;
        this.contentStart = start;
        if (start === end) this.lazy = false;
        else {
          // Paragraph text at column 0: it ends every list item, unless it continues the item's paragraph.
          if (this.itemsDepth !== 0 || !this.lazy) this.items.length = 0;
          this.itemsDepth = 0;
          this.lazy = true;
        }
        return "text";
      }
    }
    const cs = this.readQuotePrefix(start, end);
    const depth = this.quoteDepth;
    const lead = skipSpaces(t, cs, end);
    if (this.fenceChar !== 0) {
      if (depth < this.fenceDepth) this.fenceChar = 0; // the quote holding the fence ended
      else if (this.fenceBase > 0 && lead < end && columns(t, cs, lead) < this.fenceBase) this.fenceChar = 0; // so did the list item holding it
      else {
        if (this.closesFence(cs, end)) this.fenceChar = 0;
        return "code";
      }
    }
    if (this.inHtml) {
      if (this.htmlEnd.at(start) + 3 <= end) this.inHtml = false;
      return "comment";
    }
    if (this.inPercent) {
      this.inPercent = this.percentOpenAfter(start, end, true);
      return "comment";
    }
    if (this.block !== NO_BLOCK) {
      if (depth < this.blockDepth) this.block = NO_BLOCK;
      else if (this.block === HTML_UNTIL_BLANK) {
        if (lead < end) return "code";
        this.block = NO_BLOCK;
      } else {
        if (this.block === MATH ? this.dollars.at(start) + 2 <= end : RAW_HTML_END.test(t.slice(start, end))) this.block = NO_BLOCK;
        return "code";
      }
    }
    const base = this.trackList(depth, cs, lead, end);
    // Four columns right of the enclosing list item (or the margin) is indented code or a paragraph's text, never a block start.
    if (lead < end && columns(t, cs, lead) - base >= 4) return this.paragraphText(start, end, lead);
    if (this.opensFence(lead, end, depth)) {
      this.fenceBase = base;
      return "code";
    }
    const c = lead < end ? t.charCodeAt(lead) : -1;
    if (c === 60 && t.startsWith("<!--", lead) && lead + 4 <= end) {
      // <
      if (this.htmlEnd.at(lead + 4) + 3 > end) this.inHtml = true;
      return "comment";
    }
    if (c === 36 && t.charCodeAt(lead + 1) === 36) {
      // $$ opens display math, closed on the same line or by the next $$; with no $$ after it, it is text (nothing hidden)
      const close = this.dollars.at(lead + 2);
      if (close + 2 > t.length) return this.paragraphText(start, end, lead);
      if (close + 2 > end) this.openBlock(MATH, depth);
      return "code";
    }
    if (c === 60) {
      const kind = htmlBlockStart(t, lead, end);
      if (kind !== NO_BLOCK) {
        if (kind === HTML_UNTIL_BLANK || !RAW_HTML_END.test(t.slice(lead, end))) this.openBlock(kind, depth);
        return "code";
      }
    }
    return this.paragraphText(start, end, lead);
  }

  private openBlock(kind: number, depth: number): void {
    this.block = kind;
    this.blockDepth = depth;
  }

  /**
   * Follows the list items open at this line (CommonMark: a non-blank line left of an item's content column ends
   * it, unless it lazily continues the item's paragraph); returns the content column of the item holding the line.
   */
  private trackList(depth: number, cs: number, lead: number, end: number): number {
    const items = this.items;
    if (depth !== this.itemsDepth) {
      items.length = 0;
      this.itemsDepth = depth;
      this.lazy = false;
    }
    if (lead >= end) {
      this.lazy = false;
      return items.length ? items[items.length - 1] : 0;
    }
    const t = this.text;
    const ind = columns(t, cs, lead);
    const content = listContentColumn(t, lead, end, ind);
    const c = t.charCodeAt(lead);
    const paragraph = content === -1 && c !== 35 && c !== 96 && c !== 126 && c !== 60 && c !== 36;
    if (content !== -1 || !(paragraph && this.lazy)) {
      while (items.length && items[items.length - 1] > ind) items.pop();
    }
    const base = items.length ? items[items.length - 1] : 0;
    if (content !== -1 && ind - base < 4) items.push(content);
    this.lazy = paragraph || content !== -1;
    return base;
  }

  /** The rest of a text line: what an inline `%%` opened and left open hides. */
  private paragraphText(start: number, end: number, lead: number): LineContext {
    // An inline comment opened mid-line and left open hides the lines after it.
    this.inPercent = this.percentOpenAfter(start, end, false);
    const t = this.text;
    return lead + 1 < end && t.charCodeAt(lead) === 37 && t.charCodeAt(lead + 1) === 37 ? "comment" : "text"; // %%
  }

  /** Reads `>`, `> >`, `>>` prefixes (each may be preceded by up to 3 spaces and followed by one space). */
  private readQuotePrefix(start: number, end: number): number {
    const t = this.text;
    let depth = 0;
    let i = start;
    for (;;) {
      let j = i;
      while (j < end && j - i < 3 && t.charCodeAt(j) === SPACE) j++;
      if (j >= end || t.charCodeAt(j) !== QUOTE) break;
      depth++;
      i = j + 1;
      const c = i < end ? t.charCodeAt(i) : -1;
      if (c === SPACE || c === TAB) i++;
    }
    this.quoteDepth = depth;
    this.contentStart = i;
    return i;
  }

  private opensFence(lead: number, end: number, depth: number): boolean {
    const t = this.text;
    const ch = lead < end ? t.charCodeAt(lead) : -1;
    if (ch !== BACKTICK && ch !== TILDE) return false;
    const length = runLength(t, lead, end, ch);
    if (length < 3) return false;
    if (ch === BACKTICK) {
      // Backtick fences take no backtick in the info string.
      for (let i = lead + length; i < end; i++) if (t.charCodeAt(i) === BACKTICK) return false;
    }
    this.fenceChar = ch;
    this.fenceLength = length;
    this.fenceDepth = depth;
    return true;
  }

  private closesFence(cs: number, end: number): boolean {
    const t = this.text;
    const lead = skipSpaces(t, cs, end);
    const length = runLength(t, lead, end, this.fenceChar);
    if (length < this.fenceLength) return false;
    for (let i = lead + length; i < end; i++) if (!isBlank(t.charCodeAt(i))) return false;
    return true;
  }

  /**
   * Whether a `%%` comment is open at the end of text[start, end), given whether one was open at its start.
   * Outside a comment a code span hides `%%` (as Obsidian renders `` `%%` ``); inside one only `%%` counts.
   * Every step moves past a `%%`, a backtick string or a code span: linear in the line length.
   */
  private percentOpenAfter(start: number, end: number, open: boolean): boolean {
    let inside = open;
    let i = start;
    let runsReady = false;
    for (;;) {
      const p = this.percent.at(i);
      if (p + 2 > end) return inside;
      if (!inside) {
        const b = this.tick.at(i);
        if (b < p) {
          if (!runsReady) {
            this.runs.reset(this.text, b, end);
            runsReady = true;
          }
          const n = this.runs.runLength(b);
          const close = this.runs.closerEnd(b, n);
          i = close === -1 ? b + n : close;
          continue;
        }
      }
      inside = !inside;
      i = p + 2;
    }
  }
}

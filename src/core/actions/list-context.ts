// Which list a line belongs to, the CommonMark way: enough to tell nested items from indented code
// and paragraph continuations, and to find an item's parent task.

const BLANK = 0;
const PARAGRAPH = 1; // a paragraph is open: the next line may continue it lazily
const OTHER = 2;

export class ListContext {
  /** Content column of each open list item, outermost first (strictly increasing). */
  private readonly cols: number[] = [];
  /** 1-based line of each open item, or -line when the item is not a task. */
  private readonly lines: number[] = [];
  private size = 0;
  private depth = 0;
  private prev = BLANK;

  /** Forgets every open list (for the next note), keeping the arrays. */
  reset(): void {
    this.size = 0;
    this.depth = 0;
    this.prev = BLANK;
  }

  /** A blank line (nothing after the quote prefix). */
  blank(depth: number): void {
    this.enter(depth);
    this.prev = BLANK;
  }

  /** A text line that is not a list item, its first character at column `indent`. */
  paragraph(depth: number, indent: number): void {
    this.enter(depth);
    if (this.prev === PARAGRAPH) return; // a continuation line, lazy or not
    const k = this.containerOf(indent);
    this.size = k;
    this.prev = indent - this.base(k) >= 4 ? OTHER : PARAGRAPH; // indented code, or a new paragraph
  }

  /** A line that cannot continue a paragraph: a heading, or the first line of a code block or comment. */
  block(depth: number, indent: number): void {
    this.enter(depth);
    this.size = this.containerOf(indent);
    this.prev = OTHER;
  }

  /**
   * A list-item line: `indent` of its first marker, `cols` the content columns of its markers.
   * Returns null when the line is not a list item after all (indented code or a continuation line),
   * else the 1-based line of its parent task, or 0 for none.
   */
  item(depth: number, indent: number, cols: readonly number[], markers: number, line: number, isTask: boolean, empty: boolean): number | null {
    this.enter(depth);
    const k = this.containerOf(indent);
    if (indent - this.base(k) >= 4) {
      if (this.prev !== PARAGRAPH) {
        this.size = k;
        this.prev = OTHER;
      }
      return null;
    }
    let parent = 0;
    for (let j = k - 1; j >= 0; j--) {
      if (this.lines[j] > 0) {
        parent = this.lines[j];
        break;
      }
    }
    this.size = k;
    for (let m = 0; m < markers; m++) {
      this.cols[this.size] = cols[m];
      this.lines[this.size] = isTask && m === markers - 1 ? line : -line;
      this.size++;
    }
    this.prev = empty ? OTHER : PARAGRAPH;
    return parent;
  }

  private enter(depth: number): void {
    if (depth !== this.depth) {
      this.depth = depth;
      this.size = 0;
    }
  }

  /** How many open items contain a line whose first character is at column `indent`. */
  private containerOf(indent: number): number {
    let k = this.size;
    while (k > 0 && this.cols[k - 1] > indent) k--;
    return k;
  }

  private base(k: number): number {
    return k > 0 ? this.cols[k - 1] : 0;
  }
}

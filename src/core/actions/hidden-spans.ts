// What hides fields, tags and mentions inside one task line: code spans and HTML comments (they stay in the text).
import { BacktickRuns } from "../markdown/code-spans";

/**
 * Ends of the code spans and comments of one line, each looked up once per line (not once per opener), so a
 * line of 100,000 unclosed openers is still read in linear time. Reset for every line.
 */
export class HiddenSpans {
  private line = "";
  private limit = 0;
  private readonly runs = new BacktickRuns();
  private runsFor = -1;
  private commentFrom = -1;
  private commentClose = -1;

  reset(line: string, limit: number): void {
    this.line = line;
    this.limit = limit;
    this.runsFor = -1;
    this.commentFrom = -1;
  }

  /** End of the code span opening at `i`; minus where to go on when the backtick string is never closed (past all of it). */
  codeSpanEnd(i: number): number {
    if (this.runsFor === -1) {
      this.runs.reset(this.line, i, this.limit);
      this.runsFor = i;
    }
    const n = this.runs.runLength(i);
    const end = this.runs.closerEnd(i, n);
    return end === -1 ? -(i + n) : end;
  }

  /** End of the HTML comment opening at `i`; minus the next position when `<` opens none. The next `-->` is looked up once per line. */
  commentEnd(i: number): number {
    const line = this.line;
    if (!line.startsWith("<!--", i)) return -(i + 1);
    if (this.commentFrom === -1 || this.commentClose < i + 4) {
      let k = i + 4;
      while (k + 3 <= this.limit && !(line.charCodeAt(k) === 45 && line.charCodeAt(k + 1) === 45 && line.charCodeAt(k + 2) === 62)) k++;
      this.commentClose = k + 3 <= this.limit ? k : this.limit;
      this.commentFrom = i;
    }
    return this.commentClose === this.limit ? -(i + 1) : this.commentClose + 3;
  }
}

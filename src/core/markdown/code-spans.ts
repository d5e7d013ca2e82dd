// Code spans on one line (CommonMark: a backtick string closes at the next string of the same length), found in linear time.

const BACKTICK = 96;

/**
 * The backtick strings of one line range, grouped by length, so that finding the closer of each opener
 * costs no more than one pass over the line however many openers there are (a line of 100,000
 * unmatched backticks is read once, not once per backtick).
 */
export class BacktickRuns {
  private text = "";
  private from = -1;
  private to = -1;
  /** Length → starts of the strings of that length, in order; and how many of them the queries have passed. */
  private readonly byLength = new Map<number, { starts: number[]; next: number }>();
  private ready = false;

  /** Forgets the previous line; the runs of text[from, to) are read on the first query. */
  reset(text: string, from: number, to: number): void {
    this.text = text;
    this.from = from;
    this.to = to;
    this.byLength.clear();
    this.ready = false;
  }

  /** Length of the backtick string starting at `i`. */
  runLength(i: number): number {
    let j = i;
    while (j < this.to && this.text.charCodeAt(j) === BACKTICK) j++;
    return j - i;
  }

  /**
   * End (after the closing string) of the code span whose opening string of length `n` starts at `i`,
   * or -1 when no later string has that length. Queries for one length must come with growing `i`.
   */
  closerEnd(i: number, n: number): number {
    if (!this.ready) this.read();
    const group = this.byLength.get(n);
    if (group === undefined) return -1;
    const { starts } = group;
    let k = group.next;
    while (k < starts.length && starts[k] <= i) k++;
    group.next = k;
    return k < starts.length ? starts[k] + n : -1;
  }

  private read(): void {
    this.ready = true;
    const t = this.text;
    let i = this.from;
    while (i < this.to) {
      if (t.charCodeAt(i) !== BACKTICK) {
        i++;
        continue;
      }
      const n = this.runLength(i);
      let group = this.byLength.get(n);
      if (group === undefined) this.byLength.set(n, (group = { starts: [], next: 0 }));
      group.starts.push(i);
      i += n;
    }
  }
}

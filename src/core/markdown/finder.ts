// Repeated indexOf over one text with positions that only grow: each occurrence is searched for once.

/** Finds the first occurrence of a needle at or after a position, remembering the answer for later, larger positions. */
export class Finder {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** First index >= from, or text.length when there is none; `from` must not decrease between calls. */
  at(from: number): number {
    if (this.from === -1 || this.found < from) {
      const i = this.text.indexOf(this.needle, from);
      this.found = i === -1 ? this.text.length : i;
    }
    this.from = from;
    return this.found;
  }
}

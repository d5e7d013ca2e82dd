// Cooperative time slicing: long jobs run in slices of ~10 ms and give the UI a turn in between.

export class TimeSlice {
  private start = performance.now();
  /** The turn being waited for: every job that shares this slice waits for the same one and starts the next slice together. */
  private turn: Promise<void> | null = null;

  constructor(private readonly budgetMs = 10) {}

  /** True when the current slice used its budget. */
  expired(): boolean {
    return performance.now() - this.start > this.budgetMs;
  }

  /**
   * Yields to the event loop (rendering, input) and starts a new slice. Concurrent callers share one turn: each waiting
   * for its own timer would run a full budget after the other, four readers making one 40 ms task out of four 10 ms ones.
   */
  yield(): Promise<void> {
    this.turn ??= new Promise<void>((resolve) =>
      window.setTimeout(() => {
        this.turn = null;
        this.start = performance.now();
        resolve();
      }, 0),
    );
    return this.turn;
  }

  /** Yields only when the slice is used up. */
  async maybeYield(): Promise<void> {
    if (this.expired()) await this.yield();
  }
}

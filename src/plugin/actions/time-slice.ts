// Cooperative time slicing: long jobs run in slices of ~10 ms and give the UI a turn in between.

export class TimeSlice {
  private start = performance.now();

  constructor(private readonly budgetMs = 10) {}

  /** True when the current slice used its budget. */
  expired(): boolean {
    return performance.now() - this.start > this.budgetMs;
  }

  /** Yields to the event loop (rendering, input) and starts a new slice. */
  async yield(): Promise<void> {
    await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
    this.start = performance.now();
  }

  /** Yields only when the slice is used up. */
  async maybeYield(): Promise<void> {
    if (this.expired()) await this.yield();
  }
}

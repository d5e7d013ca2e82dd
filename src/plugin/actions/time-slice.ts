// Cooperative time slicing: long jobs run in slices of ~10 ms and give the UI a turn in between.

/**
 * A turn of the event loop (input, rendering, timers) through a message, not a timer: nested timers wait at least
 * 4 ms each (7 s of idle over 8,673 notes when a check yielded every 5 notes), and a window in the background holds
 * timers back for a second.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

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
    this.turn ??= nextTurn().then(() => {
      this.turn = null;
      this.start = performance.now();
    });
    return this.turn;
  }

  /** Yields only when the slice is used up. */
  async maybeYield(): Promise<void> {
    if (this.expired()) await this.yield();
  }
}

// Deferred work (metadata events, editor saves) that runs on a timer like Obsidian's, or at once when a test flushes.

export class Scheduler {
  private queue: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Called whenever the queue has just been emptied (the metadata cache fires `resolved`). */
  onIdle: (() => void) | null = null;

  schedule(job: () => void): void {
    this.queue.push(job);
    if (this.timer === null) this.timer = setTimeout(() => this.drain(), 0);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Runs every queued job now, including jobs queued by those jobs. */
  drain(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    let ran = false;
    while (this.queue.length) {
      const job = this.queue.shift()!;
      ran = true;
      job();
    }
    if (ran) this.onIdle?.();
  }

  /**
   * Drains, lets promise continuations run, and (with real timers) lets a few macrotasks pass, until
   * three turns in a row find nothing queued: plugin work that yields with setTimeout(0) also finishes.
   */
  async flush(): Promise<void> {
    let idle = 0;
    for (let round = 0; round < 1000; round++) {
      for (let k = 0; k < 20; k++) await Promise.resolve();
      if (this.queue.length) {
        this.drain();
        idle = 0;
        continue;
      }
      if (fakeTimers() || ++idle >= 3) return;
      await new Promise<void>((r) => setTimeout(r, 0));
    }
    throw new Error("flush(): events kept coming after 1000 rounds (an event loop between listeners?)");
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.queue = [];
  }
}

/** True under vi.useFakeTimers() (@sinonjs/fake-timers marks the functions it installs with `clock`). */
function fakeTimers(): boolean {
  return "clock" in (setTimeout as unknown as Record<string, unknown>);
}

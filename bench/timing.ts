// Timing helpers: best-of-N wall time, so a ratio compares two floors measured in one run.
import { performance } from "node:perf_hooks";

/** Runs fn `repeat` times after `warmup` runs and returns the fastest time in milliseconds. */
export function bestOf(fn: () => unknown, repeat = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Median time per call in milliseconds over `calls` calls of fn. */
export function perCall(fn: (i: number) => unknown, calls: number): number {
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}

export function report(label: string, value: string, target?: string): void {
  console.log(`${label.padEnd(56)} ${value}${target ? `   (target ${target})` : ""}`);
}

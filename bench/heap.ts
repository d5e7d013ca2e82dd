// A garbage collector the benchmarks can call, so each timed run starts from the same settled heap.
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
// The flag only exposes `gc` to contexts created after it is set.
const gc = runInNewContext("gc") as () => void;

/** Runs a full (major) collection. */
export function collectGarbage(): void {
  gc();
}

/** Like bestOf, but collects garbage before every run, so no run pays for the garbage of the one before it. */
export function bestOfSettled(fn: () => unknown, repeat = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    gc();
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// A garbage collector the benchmarks can call between phases, so each phase starts from a settled heap.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
// The flag only exposes `gc` to contexts created after it is set.
const gc = runInNewContext("gc") as () => void;

/**
 * Runs a full collection. Call it between phases, not before every timed run: a full collection
 * also throws away optimised code that embeds objects it freed, so the next run would re-optimise.
 */
export function collectGarbage(): void {
  gc();
}

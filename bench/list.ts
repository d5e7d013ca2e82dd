// The explicit list of benchmarks `npm run bench` runs.
import { feedbackBenchmark } from "./feedback";
import { actionsBenchmark } from "./actions";
import { slicesBenchmark } from "./slices";
import { dashboardBenchmark } from "./dashboard";
import { realVaultBenchmark } from "./real-vault";

export interface Benchmark {
  name: string;
  run(): Promise<void> | void;
}

export const BENCHMARKS: Benchmark[] = [feedbackBenchmark, actionsBenchmark, dashboardBenchmark, slicesBenchmark, realVaultBenchmark];

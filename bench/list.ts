// The explicit list of benchmarks `npm run bench` runs.
export interface Benchmark {
  name: string;
  run(): Promise<void> | void;
}

export const BENCHMARKS: Benchmark[] = [];

// `npm run bench`: every benchmark, each reported as a ratio against a floor measured in the same run.
import { BENCHMARKS } from "./list";

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  for (const b of BENCHMARKS) {
    if (only.length && !only.includes(b.name)) continue;
    console.log(`\n## ${b.name}`);
    await b.run();
  }
}

void main();

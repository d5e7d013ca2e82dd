// `npm run bench`: every benchmark, each reported as a ratio against a floor measured in the same run.
// `npm run --silent bench -- --json` also prints the figures as one JSON object on the last line.
import { BENCHMARKS } from "./list";
import { resultsJson } from "./results";

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  for (const b of BENCHMARKS) {
    if (only.length && !only.includes(b.name)) continue;
    console.log(`\n## ${b.name}`);
    await b.run();
  }
  if (json) console.log(resultsJson());
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});

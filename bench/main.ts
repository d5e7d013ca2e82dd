// `npm run bench`: every benchmark, each reported as a ratio against a floor measured in the same run.
// `npm run --silent bench -- --json` also prints the figures as one JSON object on the last line;
// `npm run bench -- vault --vault <dir>` measures the index against the floor on a folder of real notes.
import { BENCHMARKS } from "./list";
import { resultsJson } from "./results";

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const args = process.argv.slice(2);
  // Benchmark names are the arguments that are neither flags nor a flag's value (`--vault <dir>`).
  const only = args.filter((a, i) => !a.startsWith("-") && args[i - 1] !== "--vault");
  for (const b of BENCHMARKS) {
    if (only.length && !only.includes(b.name)) continue;
    console.log(`\n## ${b.name}`);
    await b.run();
  }
  if (json) console.log(resultsJson(only.length === 0));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});

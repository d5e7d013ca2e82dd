// The executable: runs the CLI with this process's arguments and sets the exit code.
import { runCli } from "./main";

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`one-on-one: ${String(e)}\n`);
    process.exitCode = 2;
  },
);

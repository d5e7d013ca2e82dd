// The executable: runs the CLI with this process's arguments and sets the exit code.
import { runCli } from "./main";

// A reader that stops early (`one-on-one actions V --json | head`) closes the pipe: that is not an error of ours.
process.stdout.on("error", (e: Error & { code?: string }) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`one-on-one: ${String(e)}\n`);
    process.exitCode = 2;
  },
);

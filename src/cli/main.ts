// CLI entry: `one-on-one <command> <vault> [options]`, the plugin's core over a folder on disk.
import { UsageError } from "./args";
import { NoteError } from "./note-file";
import { stdio, type CliIo } from "./io";
import { COMMANDS } from "./commands";
import manifest from "../../manifest.json";

export const VERSION: string = manifest.version;

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 8);
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return [
    `one-on-one ${VERSION}: 1:1 notes, follow-ups and feedback checks over an Obsidian vault folder.`,
    "",
    "Usage: one-on-one <command> <vault> [options]",
    "",
    "Commands:",
    rows || "  (none)",
    "",
    "Options every command takes:",
    "  --json            machine-readable output",
    "  --today YYYY-MM-DD  pin today's date",
    "  --help            help for one command",
    "",
    "Exit codes: 0 ok, 1 the command found a problem or refused, 2 bad arguments or input.",
  ].join("\n");
}

export async function runCli(argv: string[], io: CliIo = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(VERSION);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`one-on-one: unknown command "${name}". Run one-on-one --help for the list.`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`${cmd.summary}\n\nUsage: ${cmd.usage}`);
    return 0;
  }
  try {
    return (await cmd.run(rest, io)).exitCode;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`one-on-one ${cmd.name}: ${e.message}\nUsage: ${cmd.usage}`);
      return 2;
    }
    if (e instanceof NoteError) {
      // A note the command may not touch (outside the vault, read-only, not UTF-8): a refusal, not a crash.
      io.err(`one-on-one ${cmd.name}: ${e.message}`);
      return e.kind === "missing" ? 2 : 1;
    }
    io.err(`one-on-one ${cmd.name}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

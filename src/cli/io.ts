// What a command needs from the outside world, so tests can run commands in-process.

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The terminal's width when output goes to one; undefined when piped (tables are then not cut). */
  columns?: number;
}

export interface CommandResult {
  /** 0 ok, 1 the command ran and found a problem (lint errors, refused edit), 2 bad arguments or input. */
  exitCode: number;
}

export interface CliCommand {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Usage line(s) shown on usage errors and in `<command> --help`. */
  usage: string;
  run(argv: string[], io: CliIo): Promise<CommandResult> | CommandResult;
}

export const stdio: CliIo = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
};

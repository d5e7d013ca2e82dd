// The explicit list of CLI commands, in the order `--help` shows them.
import type { CliCommand } from "../io";

export const COMMANDS: CliCommand[] = [];

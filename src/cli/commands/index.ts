// The explicit list of CLI commands, in the order `--help` shows them.
import type { CliCommand } from "../io";
import { actionsCommand } from "./actions";
import { cancelCommand, completeCommand } from "./complete";
import { dueCommand } from "./due";
import { lintCommand } from "./lint";
import { newCommand } from "./new";
import { personCommand } from "./person";

export const COMMANDS: CliCommand[] = [actionsCommand, completeCommand, cancelCommand, newCommand, dueCommand, personCommand, lintCommand];

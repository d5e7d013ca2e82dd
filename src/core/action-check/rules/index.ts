// The agreed-action rules, in report order: an explicit list, as the feedback linter's.
import type { ActionRule } from "../types";
import { noDue } from "./no-due";
import { noOwner } from "./no-owner";
import { vague } from "./vague";

export const ACTION_RULES: readonly ActionRule[] = [noOwner, noDue, vague];

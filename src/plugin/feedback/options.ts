// Lint and track options from the plugin's settings, with today's date from Obsidian's moment.
import { moment as obsidianMoment } from "obsidian";
import type { LintOptions } from "../../core/feedback/lint";
import type { TrackOptions } from "../../core/feedback/track";
import type { OneOnOneSettings } from "../../settings";
import { chronoCalendar } from "./calendar";

// Obsidian's typings export moment's namespace; the runtime value is the callable.
const moment = obsidianMoment as unknown as typeof import("moment");

export function today(): string {
  return moment().format("YYYY-MM-DD");
}

export function lintOptions(settings: OneOnOneSettings): LintOptions {
  return { severities: settings.ruleSeverity, noteDate: today() };
}

export function trackOptions(): TrackOptions {
  return { noteDate: today(), calendar: chronoCalendar };
}

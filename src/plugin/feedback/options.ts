// Lint and track options from the plugin's settings, with today's date from Obsidian's moment.
import { moment as obsidianMoment } from "obsidian";
import type { LintOptions } from "../../core/feedback/lint";
import type { TrackOptions } from "../../core/feedback/track";
import { parseFrontmatter } from "../../core/markdown/frontmatter";
import { oneOnOneFromFrontmatter } from "../../core/people/one-on-one-notes";
import type { OneOnOneSettings } from "../../settings";
import type { Host } from "../host";
import { chronoCalendar } from "./calendar";

// Obsidian's typings export moment's namespace; the runtime value is the callable.
const moment = obsidianMoment as unknown as typeof import("moment");

export function today(): string {
  return moment().format("YYYY-MM-DD");
}

export function lintOptions(settings: OneOnOneSettings): LintOptions {
  return { severities: settings.ruleSeverity, noteDate: today() };
}

/** "Track as action item" options for a note: in a 1:1 note, "next 1:1" is the person's cadence away (else 7 days). */
export function trackOptions(host: Pick<Host, "actions">, text: string): TrackOptions {
  const note = oneOnOneFromFrontmatter(parseFrontmatter(text).data);
  const person = note?.person ? host.actions.directory().get(note.person) : null;
  return { noteDate: today(), calendar: chronoCalendar, cadenceDays: person?.cadence?.days };
}

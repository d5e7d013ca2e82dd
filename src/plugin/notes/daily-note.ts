// "Add today's 1:1 plan to daily note": find or create today's daily note, then write or refresh `## 1:1s today`.
import { Notice, normalizePath, type TFile } from "obsidian";
import { dailyNotePath } from "../../core/daily/path";
import { dailySectionLines, upsertDailySection } from "../../core/daily/section";
import { dueList } from "../../core/people/history";
import { DEFAULT_DAILY_TEMPLATE } from "../../core/templates/defaults";
import { render } from "../../core/templates/render";
import { writeNote } from "../followups/note-writer";
import type { Host } from "../host";
import { dailyNoteConfig } from "./daily-notes-shim";
import { noteOrDefault } from "./note-inputs";
import { createIfAbsent, momentFn, nowTime, openNote } from "./vault-io";

/** Today's daily note, created from the Daily notes template (or ours, or the built-in one) when missing. */
export async function todaysDailyNote(host: Host, today: string): Promise<{ file: TFile; created: boolean }> {
  const { app, settings } = host;
  const config = dailyNoteConfig(app, settings);
  const path = normalizePath(dailyNotePath(config, today, momentFn));
  const existing = app.vault.getFileByPath(path);
  if (existing) return { file: existing, created: false };
  const template = await noteOrDefault(app, config.template, DEFAULT_DAILY_TEMPLATE, "daily note template");
  const title = path.slice(path.lastIndexOf("/") + 1, -3);
  const { text } = render(template, { title }, { today, now: nowTime(), moment: momentFn });
  return createIfAbsent(app, path, text);
}

export async function addPlanToDailyNote(host: Host): Promise<void> {
  const { app, settings } = host;
  await host.actions.whenReady();
  const today = host.actions.today();
  const directory = host.actions.directory();
  const due = dueList(directory, host.actions.index.history(directory), today);
  const lines = dailySectionLines(due, host.actions.resolved(today), today, settings.myName);
  const { file, created } = await todaysDailyNote(host, today);
  const written = await writeNote(app, file.path, (text) => ({ ok: true, text: upsertDailySection(text, lines) }));
  if (!written.ok) throw new Error(`${file.path} could not be updated: ${written.reason}`);
  await openNote(app, file);
  const count = due.filter((d) => d.next <= today).length;
  new Notice(`${created ? "Created" : "Updated"} ${file.basename}: ${count === 1 ? "1 1:1 is" : `${count} 1:1s are`} due today or overdue.`);
}

// "Copy agenda for sharing": the current 1:1 note's agenda, topics and open follow-ups on the clipboard, private callouts and follow-ups inside them left out.
import { MarkdownView, Notice, type TFile } from "obsidian";
import { agendaForSharing } from "../../core/agenda/share";
import { frontmatterDate } from "../../core/markdown/frontmatter";
import type { Host } from "../host";
import { personOfNote } from "./active-person";

export async function copyAgendaForSharing(host: Host, file: TFile): Promise<string | null> {
  const { app } = host;
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  // The editor holds what the user sees, even before it is saved.
  const text = view?.file === file ? view.editor.getValue() : await app.vault.cachedRead(file);
  const person = personOfNote(host, file);
  const fm: Record<string, unknown> | undefined = app.metadataCache.getFileCache(file)?.frontmatter;
  const fmDate: unknown = fm?.date;
  const date = host.actions.index.get(file.path)?.oneOnOne?.date ?? frontmatterDate(typeof fmDate === "string" ? fmDate : undefined);
  const today = host.actions.today();
  const markdown = agendaForSharing({ text, person: person?.name ?? null, date, items: host.actions.resolved(today), today, myName: host.settings.myName });
  try {
    await navigator.clipboard.writeText(markdown);
  } catch {
    new Notice("Could not write to the clipboard.");
    return null;
  }
  new Notice("Agenda copied for sharing (private callouts left out).");
  return markdown;
}

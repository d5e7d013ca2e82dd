// The one way the plugin changes an item: a pure line edit run inside vault.process, refused if the note moved on.
import { Notice, normalizePath } from "obsidian";
import type { ActionItem } from "../../core/actions/types";
import type { Host } from "../host";
import type { ActionIndexService } from "./index-sync";

/** What a pure line edit from core/actions/edits returns. */
export type EditOutcome = { ok: true; text: string; line: number } | { ok: false; reason: string };

/** A line edit with its date and options already bound: `(t, at) => completeItem(t, at, today, options)`. */
export type ItemEdit = (fileText: string, at: { line: number; original: string }) => EditOutcome;

export const REFRESHED_NOTICE = "One-on-one: the note changed; refreshed";

/**
 * Applies `edit` to the item's note through `vault.process`. When the edit refuses (the line is gone or
 * ambiguous) nothing is written, the user is told, and the note is indexed again.
 */
export async function writeItem(host: Pick<Host, "app">, service: Pick<ActionIndexService, "reindex">, item: Pick<ActionItem, "path" | "line" | "original">, edit: ItemEdit): Promise<EditOutcome> {
  const path = normalizePath(item.path);
  const file = host.app.vault.getFileByPath(path);
  let outcome: EditOutcome = { ok: false, reason: "The note no longer exists." };
  if (file) {
    try {
      await host.app.vault.process(file, (data) => {
        outcome = edit(data, { line: item.line, original: item.original });
        return outcome.ok ? outcome.text : data;
      });
    } catch (e) {
      outcome = { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
  }
  if (!outcome.ok) {
    new Notice(REFRESHED_NOTICE);
    await service.reindex(path);
  }
  return outcome;
}

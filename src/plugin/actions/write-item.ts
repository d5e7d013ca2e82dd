// Changing one item: a pure line edit through the one note writer, refused (with a notice and a re-index) if the note moved on.
import { Notice, type Editor } from "obsidian";
import type { EditResult } from "../../core/actions/edits";
import type { ActionItem } from "../../core/actions/types";
import type { Host } from "../host";
import { writeNote } from "../followups/note-writer";
import type { ActionIndexService } from "./index-sync";

/** What a pure line edit from core/actions/edits returns (with the next occurrence a completion added, if any). */
export type EditOutcome = EditResult;

/** A line edit with its date and options already bound: `(t, at) => completeItem(t, at, today, options)`. */
export type ItemEdit = (fileText: string, at: { line: number; original: string }) => EditOutcome;

export const REFRESHED_NOTICE = "One-on-one: the note changed; refreshed";

/**
 * Applies `edit` to the item's note (its open editor, else `vault.process`). When the edit refuses (the line is
 * gone or ambiguous) nothing is written, the user is told, and the note is indexed again.
 */
export async function writeItem(host: Pick<Host, "app">, service: Pick<ActionIndexService, "reindex">, item: Pick<ActionItem, "path" | "line" | "original">, edit: ItemEdit, editor?: Editor | null): Promise<EditOutcome> {
  // The edit that was written (vault.process may run it again on a newer text: the last run counts).
  let written: Extract<EditOutcome, { ok: true }> | undefined;
  const r = await writeNote(
    host.app,
    item.path,
    (text) => {
      const out = edit(text, { line: item.line, original: item.original });
      if (out.ok) written = out;
      return out;
    },
    editor,
  );
  if (!r.ok) {
    new Notice(REFRESHED_NOTICE);
    await service.reindex(item.path);
    return r;
  }
  return written ? { ...written, text: r.text } : { ok: true, text: r.text, line: item.line };
}

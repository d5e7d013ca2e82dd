// "Complete action item on this line": the editor's current task line, completed through the Editor API.
import { Notice, type Editor, type MarkdownFileInfo, type MarkdownView } from "obsidian";
import { editOptions, modelSettings } from "../../settings";
import { completeItem } from "../../core/actions/edits";
import { parseActions } from "../../core/actions/parse";
import type { ActionItem } from "../../core/actions/types";
import { splitText } from "../../core/markdown/lines";
import { modelConfigFrom } from "../../core/vault/note-record";
import type { ActionIndexService, IndexHost } from "./index-sync";
import { REFRESHED_NOTICE } from "./write-item";

/** The open task on the editor's cursor line, or null. */
function itemAtCursor(host: IndexHost, editor: Editor, path: string): ActionItem | null {
  const line = editor.getCursor().line + 1;
  const item = parseActions(path, editor.getValue(), modelConfigFrom(modelSettings(host.settings)).parse).find((i) => i.line === line);
  return item && item.isOpen ? item : null;
}

/**
 * The note is open, so the edit goes through the editor (as Obsidian's guidelines ask): unsaved typing and
 * the cursor stay, and only the item's line is replaced, after the same pure edit the vault writes use.
 */
function completeInEditor(editor: Editor, item: ActionItem, today: string, options: Parameters<typeof completeItem>[3]): void {
  const outcome = completeItem(editor.getValue(), { line: item.line, original: item.original }, today, options);
  if (!outcome.ok) {
    new Notice(REFRESHED_NOTICE);
    return;
  }
  const n = outcome.line - 1;
  const next = splitText(outcome.text).lines[n];
  if (next !== editor.getLine(n)) editor.replaceRange(next, { line: n, ch: 0 }, { line: n, ch: editor.getLine(n).length });
}

export function registerCompleteCommand(host: IndexHost, service: ActionIndexService): void {
  host.plugin.addCommand({
    id: "complete-item-on-line",
    name: "Complete action item on this line",
    editorCheckCallback: (checking: boolean, editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => {
      const file = ctx.file;
      const item = file ? itemAtCursor(host, editor, file.path) : null;
      if (!item) return false;
      if (!checking) {
        completeInEditor(editor, item, service.today(), editOptions(host.settings));
      }
      return true;
    },
  });
}

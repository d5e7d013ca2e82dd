// "Complete action item on this line": the editor's current task line, completed through the one note writer.
import type { Editor, MarkdownFileInfo, MarkdownView } from "obsidian";
import { editOptions, modelSettings } from "../../settings";
import { completeItem } from "../../core/actions/edits";
import { parseActions } from "../../core/actions/parse";
import type { ActionItem } from "../../core/actions/types";
import { modelConfigFrom } from "../../core/vault/note-record";
import type { ActionIndexService, IndexHost } from "./index-sync";
import { noticeIfNotRepeated } from "./repeat-notice";
import { writeItem } from "./write-item";

/** The open task on the editor's cursor line, or null. */
function itemAtCursor(host: IndexHost, editor: Editor, path: string): ActionItem | null {
  const line = editor.getCursor().line + 1;
  const item = parseActions(path, editor.getValue(), modelConfigFrom(modelSettings(host.settings)).parse).find((i) => i.line === line);
  return item && item.isOpen ? item : null;
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
        // The note is open, so the edit goes through this editor (as Obsidian's guidelines ask): unsaved typing and the cursor stay.
        const options = editOptions(host.settings);
        void writeItem(host, service, item, (t, at) => completeItem(t, at, service.today(), options), editor).then(noticeIfNotRepeated);
      }
      return true;
    },
  });
}

// Commands: check this note, check the vault, insert a feedback block.
import { feedbackSkeleton } from "../../core/feedback/skeleton";
import { isOutOfScope, modelConfigFrom } from "../../core/vault/note-record";
import { modelSettings } from "../../settings";
import type { Host } from "../host";
import type { FeedbackLintConfig } from "./extension";
import { showReport } from "./report-modal";

export function registerFeedbackCommands(host: Host, config: FeedbackLintConfig): void {
  const { plugin, app } = host;
  plugin.addCommand({
    id: "check-feedback-in-note",
    name: "Check feedback in this note",
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (file?.extension !== "md") return false;
      if (!checking) void showReport(host, config, `Feedback in ${file.basename}`, [file], true);
      return true;
    },
  });
  plugin.addCommand({
    id: "insert-feedback-block",
    name: "Insert feedback block",
    // The four-part skeleton at the cursor, on its own lines.
    editorCallback: (editor) => {
      const { line, ch } = editor.getCursor();
      editor.replaceSelection((editor.getLine(line).slice(0, ch).trim() ? "\n\n" : "") + feedbackSkeleton());
    },
  });
  plugin.addCommand({
    id: "check-feedback-across-vault",
    name: "Check feedback across vault",
    callback: () => {
      // The notes the action index reads: no excluded folders, no template notes.
      const scope = modelConfigFrom(modelSettings(host.settings));
      const files = app.vault.getMarkdownFiles().filter((f) => !isOutOfScope(f.path, scope));
      void showReport(host, config, "Feedback across the vault", files.sort((a, b) => a.path.localeCompare(b.path)));
    },
  });
}

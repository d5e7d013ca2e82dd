// Commands: check this note, check the vault, insert a feedback block.
import { feedbackSkeleton } from "../../core/feedback/skeleton";
import { registerCheckCommands } from "../check-commands";
import type { Host } from "../host";
import type { FeedbackLintConfig } from "./extension";
import { showReport } from "./report-modal";

export function registerFeedbackCommands(host: Host, config: FeedbackLintConfig): void {
  registerCheckCommands(host, {
    note: { id: "check-feedback-in-note", name: "Check feedback in this note", title: (file) => `Feedback in ${file.basename}` },
    vault: { id: "check-feedback-across-vault", name: "Check feedback across vault", title: "Feedback across the vault" },
    show: (title, files, one) => showReport(host, config, title, files, one),
  });
  host.plugin.addCommand({
    id: "insert-feedback-block",
    name: "Insert feedback block",
    // The four-part skeleton at the cursor, on its own lines.
    editorCallback: (editor) => {
      const { line, ch } = editor.getCursor();
      editor.replaceSelection((editor.getLine(line).slice(0, ch).trim() ? "\n\n" : "") + feedbackSkeleton());
    },
  });
}

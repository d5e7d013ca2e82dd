// Obsidian's editorInfoField: the CodeMirror state field that tells an editor extension which note it edits.
import { StateField } from "@codemirror/state";
import type { TFile } from "./vault";

/** The part of Obsidian's MarkdownFileInfo the plugin reads. */
export interface MarkdownFileInfo {
  readonly file: TFile | null;
}

/** Obsidian fills it for every Markdown editor; tests set it with `editorInfoField.init(() => ({ file }))`. */
export const editorInfoField = StateField.define<MarkdownFileInfo>({
  create: () => ({ file: null }),
  update: (value) => value,
});

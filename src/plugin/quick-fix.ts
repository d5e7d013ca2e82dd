// A quick fix in an editor lint tooltip: found again in the text as it is when clicked, so edits made since the check are respected.
import type { Action } from "@codemirror/lint";
import type { Fix } from "../core/markdown/findings";

/** The tooltip action `name`; `find` looks the fix up in the current text (null-ish: the text moved on, nothing is written). */
export const quickFix = (name: string, find: (text: string, from: number) => Fix | undefined): Action => ({
  name,
  apply(view, from) {
    const fix = find(view.state.doc.toString(), from);
    if (fix) view.dispatch({ changes: fix.edits, userEvent: "input" });
  },
});

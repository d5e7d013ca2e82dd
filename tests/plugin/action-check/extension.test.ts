// The action-check lint extension in a real CodeMirror EditorView: which notes it reads, what it marks, what its actions write.
import { afterEach, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { forceLinting, forEachDiagnostic, type Diagnostic } from "@codemirror/lint";
import { editorInfoField, TFile } from "../../fakes/obsidian";
import { actionLinter, type ActionCheckConfig } from "../../../src/plugin/action-check/extension";
import { PersonDirectory, personFromNote } from "../../../src/core/people/directory";

const NOTE = ["---", "type: one-on-one", 'person: "[[Sam O\'Brien]]"', "date: 2024-03-04", "---", "## Action items", "", "- [ ] Sam to pair with Mei on the settings page", "- [ ] Look into the staging costs", ""].join("\n");
const directory = new PersonDirectory([personFromNote("People/Sam O'Brien.md", "---\naliases: [Sam]\ncadence: biweekly\n---\n", "People")!], { name: "Dana", aliases: [] });
const config: ActionCheckConfig = { options: () => ({ today: "2024-03-07", directory }), outOfScope: () => (p) => p.startsWith("Templates/") };

const views: EditorView[] = [];
afterEach(() => {
  for (const v of views.splice(0)) v.destroy();
});

async function linted(doc: string, path: string): Promise<EditorView> {
  const parent = document.createElement("div");
  document.body.appendChild(parent);
  const file = new TFile(undefined, path);
  const view = new EditorView({ state: EditorState.create({ doc, extensions: [editorInfoField.init(() => ({ file })), actionLinter(config)] }), parent });
  views.push(view);
  forceLinting(view);
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  return view;
}

function diagnostics(view: EditorView): Diagnostic[] {
  const out: Diagnostic[] = [];
  forEachDiagnostic(view.state, (d) => out.push(d));
  return out;
}

it("marks each under-specified item's words with its rule id and severity", async () => {
  const view = await linted(NOTE, "1-1s/Sam/2024-03-04.md");
  const ds = diagnostics(view).map((d) => [d.source, d.severity, view.state.sliceDoc(d.from, d.to)]);
  expect(ds).toEqual([
    ["actions/no-due", "warning", "Sam to pair with Mei on the settings page"],
    ["actions/no-owner", "warning", "Look into the staging costs"],
    ["actions/no-due", "warning", "Look into the staging costs"],
    ["actions/vague", "hint", "Look into the staging costs"],
  ]);
});

it("a quick fix edits only the item's line, found again in the current text", async () => {
  const view = await linted(NOTE, "1-1s/Sam/2024-03-04.md");
  const due = diagnostics(view).find((d) => d.source === "actions/no-due")!;
  // Text typed above the item since the check moves it; the action still finds its line.
  view.dispatch({ changes: { from: NOTE.indexOf("## Action items"), insert: "Notes typed meanwhile.\n\n" } });
  due.actions!.find((a) => a.name === "By next 1:1")!.apply(view, due.from, due.to);
  expect(view.state.doc.toString()).toBe(NOTE.replace("## Action items", "Notes typed meanwhile.\n\n## Action items").replace("settings page", "settings page 📅 2024-03-18"));
  const owner = diagnostics(view).find((d) => d.source === "actions/no-owner")!;
  owner.actions!.find((a) => a.name === "Mine")!.apply(view, owner.from, owner.to);
  expect(view.state.doc.toString()).toContain("- [ ] Look into the staging costs @me\n");
});

it("reads nothing in template notes, nor in notes that are not 1:1 notes", async () => {
  expect(diagnostics(await linted(NOTE, "Templates/1-1 template.md"))).toEqual([]);
  expect(diagnostics(await linted("# Project\n\n- [ ] Look into it\n", "Projects/x.md"))).toEqual([]);
});

// "Track as action item" in the plugin: in a 1:1 note, "next 1:1" is the person's cadence after the note's date.
import { afterEach, describe, expect, it } from "vitest";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { forceLinting, forEachDiagnostic, type Diagnostic } from "@codemirror/lint";
import OneOnOnePlugin from "../../../src/main";
import { blockWith } from "../../../src/core/feedback/examples";
import { TRACK_SOURCE } from "../../../src/plugin/feedback/extension";
import { clearNotices, createTestApp, lastModal, loadPlugin, notices, type TestApp } from "../../fakes/obsidian";

const REQUEST = "Could you write the rollback runbook before our next 1:1?";
const TASK = `- [ ] ${REQUEST}`;

/** A note dated 2024-03-07 whose Request asks for something "before our next 1:1". */
function note(frontmatter: string): string {
  return `---\n${frontmatter}date: 2024-03-07\n---\n${blockWith("request", REQUEST)}\n## Action items\n\n- [ ] Book the review @me\n`;
}

const PEOPLE = {
  "People/Sam Ortiz.md": "---\ncadence: biweekly\naliases: [Sam]\n---\n# Sam Ortiz\n",
  "People/Kai Berg.md": "---\ncadence: every 3 days\n---\n# Kai Berg\n",
  "People/Ana Lima.md": "# Ana Lima\n\nNo cadence yet.\n",
};

let t: TestApp | null = null;
const views: EditorView[] = [];
afterEach(async () => {
  for (const v of views.splice(0)) v.destroy();
  await t?.dispose();
  t = null;
  clearNotices();
});

async function setup(files: Record<string, string>): Promise<TestApp> {
  t = createTestApp({ files: { ...PEOPLE, ...files }, layoutReady: true });
  const plugin = await loadPlugin(OneOnOnePlugin, t);
  await plugin.actions.whenReady();
  return t;
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !cond(); i++) {
    await new Promise((r) => setTimeout(r, 0));
    await t?.flush();
  }
}

/** Runs "Check feedback in this note" on a note and clicks its one "Track as action item" button. */
async function trackFromReport(app: TestApp, path: string): Promise<string> {
  await app.openFile(path);
  // Opening a 1:1 note with someone who has no person note says so; the notice awaited below is the track's.
  clearNotices();
  await app.runCommand("one-on-one:check-feedback-in-note");
  const buttons = Array.from(lastModal().contentEl.querySelectorAll("button")).filter((b) => b.textContent === "Track as action item");
  expect(buttons).toHaveLength(1);
  buttons[0].dispatchEvent(new MouseEvent("click", { bubbles: true }));
  await until(() => notices.length > 0);
  return app.read(path);
}

/** The track hint the plugin's own editor extension shows on a document. */
async function editorTrackHint(app: TestApp, doc: string): Promise<{ view: EditorView; hint?: { d: Diagnostic; from: number; to: number } }> {
  const registered = app.fake.editorExtensions.find((e) => Array.isArray(e)) as Extension[];
  const parent = document.createElement("div");
  document.body.appendChild(parent);
  const view = new EditorView({ state: EditorState.create({ doc, extensions: registered }), parent });
  views.push(view);
  forceLinting(view);
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  let hint: { d: Diagnostic; from: number; to: number } | undefined;
  forEachDiagnostic(view.state, (d, from, to) => {
    if (d.source === TRACK_SOURCE) hint = { d, from, to };
  });
  return { view, hint };
}

describe("next 1:1 follows the person's cadence", () => {
  it("uses a biweekly cadence from the report list, through vault.process", async () => {
    const app = await setup({ "1-1s/Sam/2024-03-07.md": note('type: one-on-one\nperson: "[[Sam Ortiz]]"\n') });
    const text = await trackFromReport(app, "1-1s/Sam/2024-03-07.md");
    expect(text).toContain(`- [ ] Book the review @me\n${TASK} 📅 2024-03-21\n`);
  });

  it("resolves the person through an alias and honours \"every N days\"", async () => {
    const app = await setup({
      "1-1s/Sam/alias.md": note("type: one-on-one\nperson: \"[[Sam]]\"\n"),
      "1-1s/Kai/2024-03-07.md": note('type: one-on-one\nperson: "[[Kai Berg]]"\n'),
    });
    expect(await trackFromReport(app, "1-1s/Sam/alias.md")).toContain(`${TASK} 📅 2024-03-21\n`);
    clearNotices();
    expect(await trackFromReport(app, "1-1s/Kai/2024-03-07.md")).toContain(`${TASK} 📅 2024-03-10\n`);
  });

  it("falls back to 7 days outside 1:1 notes, for unknown people and people without a cadence", async () => {
    const app = await setup({
      "Drafts/not-a-1-1.md": note('person: "[[Sam Ortiz]]"\n'),
      "1-1s/unknown.md": note('type: one-on-one\nperson: "[[Nobody Known]]"\n'),
      "1-1s/Ana/2024-03-07.md": note('type: one-on-one\nperson: "[[Ana Lima]]"\n'),
    });
    for (const path of ["Drafts/not-a-1-1.md", "1-1s/unknown.md", "1-1s/Ana/2024-03-07.md"]) {
      clearNotices();
      expect(await trackFromReport(app, path), path).toContain(`${TASK} 📅 2024-03-14\n`);
    }
  });

  it("shows and applies the cadence date in the editor extension the plugin registers", async () => {
    const app = await setup({});
    const doc = note('type: one-on-one\nperson: "[[Sam Ortiz]]"\n');
    const { view, hint } = await editorTrackHint(app, doc);
    expect(hint?.d.message).toBe("Due 2024-03-21. Add this request to the note's action items?");
    expect(view.state.doc.sliceString(hint!.from, hint!.to)).toBe("next 1:1");
    hint!.d.actions![0].apply(view, hint!.from, hint!.to);
    expect(view.state.doc.toString()).toBe(doc.replace("- [ ] Book the review @me\n", `- [ ] Book the review @me\n${TASK} 📅 2024-03-21\n`));
    const other = await editorTrackHint(app, note(""));
    expect(other.hint?.d.message).toBe("Due 2024-03-14. Add this request to the note's action items?");
  });
});

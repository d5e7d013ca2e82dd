// The lint extension in a real CodeMirror EditorView: diagnostics only in feedback blocks, actions edit the document.
import { afterEach, describe, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { forceLinting, forEachDiagnostic, type Diagnostic } from "@codemirror/lint";
import { feedbackLinter, TRACK_SOURCE, type FeedbackLintConfig } from "../../../src/plugin/feedback/extension";
import { chronoCalendar } from "../../../src/plugin/feedback/calendar";
import { findBlocks } from "../../../src/core/feedback/blocks";
import { HANDBOOK_EXAMPLE as H } from "../../../src/core/feedback/examples";

const NOTE = [
  "---",
  "date: 2024-03-07",
  "---",
  "# 1:1 with Sam",
  "",
  "You never test your code. Stop it. I feel ignored.",
  "",
  "## Feedback for Sam",
  "",
  "### Facts",
  "",
  "You never test your code.",
  "",
  "### Feelings",
  "",
  H.feelings,
  "",
  "### Options",
  "",
  "Why didn't you ask for help?",
  "",
  "### Request",
  "",
  "Could you add tests to every PR by Friday?",
  "",
  "## Action items",
  "",
  "- [ ] Book the review @me",
  "",
].join("\n");

const config: FeedbackLintConfig = { lint: () => ({ noteDate: "2024-03-07" }), track: () => ({ noteDate: "2024-03-07", calendar: chronoCalendar }) };
const views: EditorView[] = [];
afterEach(() => {
  for (const v of views.splice(0)) v.destroy();
});

async function lintedView(doc: string, c: FeedbackLintConfig = config): Promise<EditorView> {
  const parent = document.createElement("div");
  document.body.appendChild(parent);
  const view = new EditorView({ state: EditorState.create({ doc, extensions: [feedbackLinter(c)] }), parent });
  views.push(view);
  await settle(view);
  return view;
}

async function settle(view: EditorView): Promise<void> {
  forceLinting(view);
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

function diagnostics(view: EditorView): { d: Diagnostic; from: number; to: number }[] {
  const out: { d: Diagnostic; from: number; to: number }[] = [];
  forEachDiagnostic(view.state, (d, from, to) => out.push({ d, from, to }));
  return out;
}

describe("feedback lint extension", () => {
  it("marks problems inside the feedback block only", async () => {
    const view = await lintedView(NOTE);
    const found = diagnostics(view);
    const block = findBlocks(NOTE).blocks[0];
    const doc = view.state.doc;
    const first = doc.line(block.line + 1).from;
    const last = doc.line(block.endLine).to;
    expect(found.map((x) => x.d.source)).toEqual(expect.arrayContaining(["facts/generalization", "options/why-or-leading", "request/no-follow-up", TRACK_SOURCE]));
    for (const x of found) {
      expect(x.from).toBeGreaterThanOrEqual(first);
      expect(x.to).toBeLessThanOrEqual(last);
    }
    expect(doc.sliceString(found.find((x) => x.d.source === "facts/generalization")!.from, found.find((x) => x.d.source === "facts/generalization")!.to)).toBe("never");
  });

  it("offers each fix as an action that changes the document, after which the finding is gone", async () => {
    const view = await lintedView(NOTE);
    const why = diagnostics(view).find((x) => x.d.source === "options/why-or-leading")!;
    expect(why.d.actions?.map((a) => a.name)).toEqual(['Ask "What made it hard to…?"']);
    why.d.actions![0].apply(view, why.from, why.to);
    expect(view.state.doc.toString()).toContain("What made it hard to ask for help?");
    await settle(view);
    expect(diagnostics(view).map((x) => x.d.source)).not.toContain("options/why-or-leading");
  });

  it("applies a fix correctly after the text before it changed", async () => {
    const view = await lintedView(NOTE);
    view.dispatch({ changes: { from: 0, insert: "Prepended line\n" } });
    const why = diagnostics(view).find((x) => x.d.source === "options/why-or-leading")!;
    why.d.actions![0].apply(view, why.from, why.to);
    expect(view.state.doc.toString()).toMatch(/^Prepended line\n---/);
    expect(view.state.doc.toString()).toContain("\nWhat made it hard to ask for help?\n");
  });

  it("tracks a request with a deadline as an action item", async () => {
    const view = await lintedView(NOTE);
    const track = diagnostics(view).find((x) => x.d.source === TRACK_SOURCE)!;
    expect(view.state.doc.sliceString(track.from, track.to)).toBe("Friday");
    expect(track.d.severity).toBe("hint");
    track.d.actions![0].apply(view, track.from, track.to);
    expect(view.state.doc.toString()).toContain("- [ ] Book the review @me\n- [ ] Could you add tests to every PR by Friday? 📅 2024-03-08\n");
    await settle(view);
    expect(diagnostics(view).map((x) => x.d.source)).not.toContain(TRACK_SOURCE);
  });

  it("reads severities at each run and stays quiet outside feedback", async () => {
    const severities: Record<string, "off" | "error"> = { "facts/generalization": "error" };
    const view = await lintedView(NOTE, { lint: () => ({ severities }), track: () => null });
    expect(diagnostics(view).find((x) => x.d.source === "facts/generalization")?.d.severity).toBe("error");
    expect(diagnostics(view).map((x) => x.d.source)).not.toContain(TRACK_SOURCE);
    severities["facts/generalization"] = "off";
    view.dispatch({ changes: { from: view.state.doc.length, insert: "\n" } });
    await settle(view);
    expect(diagnostics(view).map((x) => x.d.source)).not.toContain("facts/generalization");
    const plain = await lintedView("# Notes\n\nYou never test. Why didn't you? Stop it.\n");
    expect(diagnostics(plain)).toEqual([]);
  });
});

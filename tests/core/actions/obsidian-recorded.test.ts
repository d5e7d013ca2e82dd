import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseActions } from "../../../src/core/actions/parse";

// Ground truth recorded from the real Obsidian app by the Tasks project (see DESIGN.md): lines are 1-based.
interface RecordedNote {
  name: string;
  text: string;
  tasks: { line: number; status: string }[];
}

const recorded = JSON.parse(readFileSync(resolve(__dirname, "../../../../shared/conformance/obsidian-recorded.json"), "utf8")) as {
  notes: RecordedNote[];
};

describe("agreement with Obsidian's own task detection", () => {
  it("covers every recorded note", () => {
    expect(recorded.notes.length).toBe(89);
  });

  it.each(recorded.notes.map((n) => [n.name, n] as const))("%s", (_name, note) => {
    const found = parseActions(`Test Data/${note.name}.md`, note.text).map((i) => ({ line: i.line, status: i.status }));
    expect(found).toEqual(note.tasks);
  });

  it("records line numbers 1-based: the first recorded task sits on the line that holds it", () => {
    const note = recorded.notes.find((n) => n.name === "one_task")!;
    const lines = note.text.split("\n");
    expect(lines[note.tasks[0].line - 1]).toMatch(/^- \[ \]/);
  });
});

// The fake metadata cache marks exactly the task lines (and statuses) that real Obsidian marked.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeCache } from "./obsidian";

interface Recorded {
  notes: { name: string; text: string; tasks: { line: number; status: string }[] }[];
}

const recorded = JSON.parse(readFileSync("/work/shared/conformance/obsidian-recorded.json", "utf8")) as Recorded;

/** Task lines as Obsidian-recorded data numbers them (1-based), deduplicated by line preferring the task entry. */
function fakeTasks(text: string): { line: number; status: string }[] {
  const byLine = new Map<number, string>();
  for (const item of computeCache(text).listItems ?? []) {
    if (item.task !== undefined) byLine.set(item.position.start.line + 1, item.task);
  }
  return [...byLine].map(([line, status]) => ({ line, status })).sort((a, b) => a.line - b.line);
}

describe("metadata cache against Obsidian's recorded task lines", () => {
  it("has the 89 recorded notes", () => {
    expect(recorded.notes.length).toBe(89);
  });
  it.each(recorded.notes.map((n) => [n.name, n] as const))("%s", (_name, note) => {
    expect(fakeTasks(note.text)).toEqual([...note.tasks].sort((a, b) => a.line - b.line));
  });
});

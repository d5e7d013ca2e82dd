// Runs every Markdown fixture in this folder against the expectation written beside it (<name>.json).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseActions, type ParseOptions } from "../../../../src/core/actions/parse";
import { splitText } from "../../../../src/core/markdown/lines";

interface Expectation {
  /** Why the case matters, in a sentence. */
  about: string;
  options?: ParseOptions;
  /** Every task line of the note, in order; the fields listed must match exactly, others are not checked. */
  tasks: ({ line: number; status: string } & Record<string, unknown>)[];
}

const dir = __dirname;
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();

it("discovers the fixtures, each with its expectation", () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(30);
  for (const f of fixtures) expect(readdirSync(dir)).toContain(f.replace(/\.md$/, ".json"));
});

describe.each(fixtures)("%s", (file) => {
  const text = readFileSync(join(dir, file), "utf8");
  const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, ".json")), "utf8")) as Expectation;
  const items = parseActions(`conformance/${file}`, text, expected.options);

  it("finds exactly the expected task lines", () => {
    expect(expected.about.length).toBeGreaterThan(10);
    expect(items.map((i) => [i.line, i.status])).toEqual(expected.tasks.map((t) => [t.line, t.status]));
  });

  it("reads the expected fields", () => {
    for (const t of expected.tasks) expect(items.find((i) => i.line === t.line)).toMatchObject(t);
  });

  it("keeps each original line exactly as it is in the file", () => {
    const lines = splitText(text).lines;
    for (const i of items) expect(i.original).toBe(lines[i.line - 1]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFrontmatterLines } from "../../../src/core/markdown/frontmatter";
import { splitText } from "../../../src/core/markdown/lines";
import { frontmatterDate } from "../../../src/core/markdown/frontmatter";
import { oneOnOneFromFrontmatter } from "../../../src/core/people/one-on-one-notes";
import { frontmatterText, isOutOfScope, modelConfigFrom, modelConfigKey, readNoteRecord, type ModelConfig } from "../../../src/core/vault/note-record";
import { DEFAULT_SETTINGS } from "../../../src/settings";

const config: ModelConfig = { peopleFolder: "People", excludedFolders: ["/Templates/", "Archive"] };

const fmLine = fc.constantFrom(
  "type: one-on-one", 'person: "[[Alex Kim]]"', "date: 2024-05-01", "date: 2024-02-30", "Type: one-on-one", "dates: 2024-05-01",
  '"type": one-on-one', "tags: [project]", "type:", "  - one-on-one", "- stray", "  indented", "no colon here", "# a comment", "",
  "---", "--- ", "----", "aliases: [AK]", "cadence: weekly",
);
const note = fc
  .tuple(
    fc.constantFrom("", "\uFEFF"),
    fc.constantFrom("---", "--- ", "----", "", "text"),
    fc.array(fmLine, { maxLength: 7 }),
    fc.constantFrom("---", "--- \t", ""),
    fc.constantFrom("\n", "\r\n", "\r"),
    fc.constantFrom("", "- [ ] a task @me", "# Heading"),
  )
  .map(([bom, open, lines, close, eol, body]) => bom + [open, ...lines, close, body].join(eol));

describe("readNoteRecord", () => {
  it("reads the same 1:1 info and date as parsing the whole frontmatter of the split note", () => {
    fc.assert(
      fc.property(note, fc.constantFrom("1-1s/2024-05-01.md", "Projects/Plan.md", "People/Alex Kim.md"), (text, path) => {
        const fm = parseFrontmatterLines(splitText(text).lines);
        const record = readNoteRecord(path, text, config);
        const oneOnOne = oneOnOneFromFrontmatter(fm.data);
        expect(record?.oneOnOne ?? null).toEqual(oneOnOne);
        expect(record?.frontmatterDate ?? null).toBe(record === null ? null : frontmatterDate(fm.data.date));
        if (record === null) expect(oneOnOne).toBeNull();
        expect(frontmatterText(text)?.split(/\r\n|\r|\n/).length ?? 0).toBe(fm.end === -1 ? 0 : fm.end + 1);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("frontmatter that cannot be read", () => {
  // Each note's frontmatter is refused (a repeated key); only those whose `type` says one-on-one are meant as 1:1s.
  const broken = (lines: string) => `---\n${lines}\nx: 1\nx: 2\n---\n# Notes\n`;
  it.each([
    ["type: one-on-one", true],
    ['"type": One-on-one', true],
    ["type: [one-on-one, weekly]", true],
    ["type:\n  - meeting\n  - one-on-one", true],
    ["type:\n- one-on-one", true],
    ["type:\r  - one-on-one", true],
    ["type: meeting\ntype: one-on-one", true],
    ["date: 2024-05-01\ntags: [one-on-one, team]", false],
    ["type: meeting\ntags:\n  - one-on-one", false],
    ["type: article\ntitle: How I run one-on-one meetings", false],
    ["aliases: [one-on-one notes]\ntype: reference", false],
  ])("%j is named as a 1:1 note: %s", (lines, named) => {
    const record = readNoteRecord("Notes/n.md", broken(lines), config);
    expect(record?.frontmatterError ?? null).toEqual(named ? expect.stringMatching(/^line \d+: duplicate key/) : null);
  });
});

describe("isOutOfScope", () => {
  it("keeps Markdown notes (any case of .md) outside excluded folders, however the folders are written", () => {
    expect(isOutOfScope("Projects/Plan.md", config)).toBe(false);
    expect(isOutOfScope("Projects/Plan.MD", config)).toBe(false);
    expect(isOutOfScope("Projects/Plan.txt", config)).toBe(true);
    expect(isOutOfScope("Projects/md", config)).toBe(true);
    expect(isOutOfScope("Templates/One.md", config)).toBe(true);
    expect(isOutOfScope("Templates.md", config)).toBe(false);
    expect(isOutOfScope("Archive/2023/Old.md", config)).toBe(true);
    expect(isOutOfScope("Archived/Old.md", config)).toBe(false);
  });
});

describe("template notes", () => {
  const settings = { ...DEFAULT_SETTINGS, noteTemplate: "/Templates/1-1 note", dailyTemplate: "Daily template.md", questionBank: "" };
  const templated = modelConfigFrom(settings);

  it("keeps the configured templates out of the model, however their paths are written, and nothing else", () => {
    const placeholder = "- [ ] @{{person}} send the draft\n";
    expect(isOutOfScope("Templates/1-1 note.md", templated)).toBe(true);
    expect(isOutOfScope("Daily template.md", templated)).toBe(true);
    expect(readNoteRecord("Templates/1-1 note.md", placeholder, templated)).toBeNull();
    expect(readNoteRecord("Templates/1-1 note (old).md", placeholder, templated)?.items).toHaveLength(1);
    expect(readNoteRecord("Templates/1-1 note.md", placeholder, modelConfigFrom(DEFAULT_SETTINGS))?.items).toHaveLength(1);
  });

  it("re-reads the vault when a template setting changes", () => {
    expect(modelConfigKey(settings)).not.toBe(modelConfigKey({ ...settings, questionBank: "Questions" }));
    expect(modelConfigKey(settings)).toBe(modelConfigKey({ ...settings, noteTemplate: "Templates/1-1 note.md" }));
  });
});

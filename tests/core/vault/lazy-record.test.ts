import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseActions } from "../../../src/core/actions/parse";
import { ActionIndex } from "../../../src/core/vault/index-store";
import { plainRecord, readNoteRecord, sameRecord, type ModelConfig } from "../../../src/core/vault/note-record";
import { markdownNote, taskLine } from "../actions/markdown-arbitrary";

const config: ModelConfig = { peopleFolder: "People", excludedFolders: [], parse: { statuses: { closed: "?" } } };

/** A note and an edit of it: a line replaced, inserted or removed, sometimes by the same text. */
const notePair = fc
  .tuple(markdownNote, fc.nat(40), fc.oneof(taskLine, fc.constantFrom("", "plain text", "# Heading", "```", "%%", "> [!todo]", "- list")), fc.constantFrom("replace", "insert", "remove", "same"))
  .map(([text, at, line, how]) => {
    const lines = text.split("\n");
    const k = at % (lines.length + 1);
    const edited = [...lines];
    if (how === "replace") edited[Math.min(k, lines.length - 1)] = line;
    else if (how === "insert") edited.splice(k, 0, line);
    else if (how === "remove") edited.splice(k, 1);
    return [text, edited.join("\n")] as const;
  });

describe("a record read without its items", () => {
  it("equals another exactly when their items (read) and the rest of the record are equal", () => {
    fc.assert(
      fc.property(notePair, ([a, b]) => {
        const ra = readNoteRecord("Notes/n.md", a, config);
        const rb = readNoteRecord("Notes/n.md", b, config);
        if (ra === null || rb === null) return;
        const itemsEqual = JSON.stringify(parseActions("Notes/n.md", a, config.parse)) === JSON.stringify(parseActions("Notes/n.md", b, config.parse));
        const same = sameRecord(ra, rb);
        expect(same).toBe(itemsEqual && JSON.stringify({ ...plainRecord(ra), items: 0 }) === JSON.stringify({ ...plainRecord(rb), items: 0 }));
        // Once either is read, the comparison of read items must agree.
        void ra.items;
        expect(sameRecord(ra, rb)).toBe(same);
      }),
      { numRuns: 1500 },
    );
  });

  it("reads its items only when asked, counts them without reading, and reads each line as the parser does", () => {
    fc.assert(
      fc.property(markdownNote, (text) => {
        const record = readNoteRecord("Notes/n.md", text, config);
        const parsed = parseActions("Notes/n.md", text, config.parse);
        expect(record?.itemCount ?? 0).toBe(parsed.length);
        if (record) expect(record.items).toEqual(parsed);
      }),
      { numRuns: 800 },
    );
  });

  it("is not the same as a record of the same text read under other closed statuses, when that changes an item", () => {
    const note = "- [?] Ask about the budget\n- [ ] Send the deck\n";
    const closed = readNoteRecord("Notes/n.md", note, config)!;
    const open = readNoteRecord("Notes/n.md", note, { ...config, parse: { statuses: { closed: "" } } })!;
    expect(sameRecord(closed, open)).toBe(false);
    expect(closed.items[0].isOpen).toBe(false);
    expect(open.items[0].isOpen).toBe(true);
    // No custom status in the note: the setting changes no item, so the records are the same.
    const plain = "- [ ] Send the deck\n";
    expect(sameRecord(readNoteRecord("Notes/n.md", plain, config)!, readNoteRecord("Notes/n.md", plain, { ...config, parse: {} })!)).toBe(true);
  });

  it("keeps the index revision when an edit leaves every item as it was, and bumps it when one changes", () => {
    const index = new ActionIndex(config);
    const note = "# Plan\n\nSome words.\n\n- [ ] Send the deck @Sam 📅 2024-05-01\n- [x] Book the room ✅ 2024-04-30\n";
    index.update("Notes/n.md", note);
    const rev = index.revision;
    expect(index.update("Notes/n.md", note.replace("Some words.", "Other words, same length?"))).toBe(false);
    expect(index.revision).toBe(rev);
    expect(index.update("Notes/n.md", note.replace("2024-05-01", "2024-05-02"))).toBe(true);
    expect(index.get("Notes/n.md")!.items[0].due).toBe("2024-05-02");
    // A line moved down by one: same text, new line number, so the items differ.
    expect(index.update("Notes/n.md", "\n" + note.replace("2024-05-01", "2024-05-02"))).toBe(true);
    expect(index.get("Notes/n.md")!.items.map((i) => i.line)).toEqual([6, 7]);
  });
});

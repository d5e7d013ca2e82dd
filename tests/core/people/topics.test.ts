import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { appendTopic, readTopics, removeTopics, topicLine } from "../../../src/core/people/topics";

const NOTE = `---
cadence: weekly
---
# Alex Kim

## Next 1:1
- Promo packet timeline
- [ ] Runbook: decide
  give it a date or hand it to Jordan
1. Numbered topic
A paragraph topic
%% keep this comment %%

### Detail under the queue
- still a topic (sub-heading belongs to the section)

## History
- not a topic
`;

describe("readTopics", () => {
  it("reads list items with their continuation lines and paragraph lines, skipping comments", () => {
    expect(readTopics(NOTE).map((t) => t.lines)).toEqual([
      ["- Promo packet timeline"],
      ["- [ ] Runbook: decide", "  give it a date or hand it to Jordan"],
      ["1. Numbered topic", "A paragraph topic"],
      ["### Detail under the queue"],
      ["- still a topic (sub-heading belongs to the section)"],
    ]);
    expect(readTopics(NOTE)[1].text).toBe("Runbook: decide");
  });
  it("finds nothing without the section, or in code and callouts", () => {
    expect(readTopics("# X\n\n## Next one\n- no\n")).toEqual([]);
    expect(readTopics("```\n## Next 1:1\n- no\n```\n> ## Next 1:1\n> - no\n")).toEqual([]);
  });
});

describe("removeTopics", () => {
  it("removes exactly the topics read, keeping comments and the rest byte for byte", () => {
    const topics = readTopics(NOTE).slice(0, 3);
    expect(removeTopics(NOTE, topics)).toBe(NOTE.replace("- Promo packet timeline\n- [ ] Runbook: decide\n  give it a date or hand it to Jordan\n1. Numbered topic\nA paragraph topic\n", ""));
  });
  it("refuses (null) when a topic changed since it was read", () => {
    const topics = readTopics(NOTE);
    expect(removeTopics(NOTE.replace("Promo packet timeline", "Promo packet timeline!"), topics)).toBeNull();
    expect(removeTopics(NOTE.replace("## Next 1:1", "## Later"), topics)).toBeNull();
  });
  it("keeps CRLF, a BOM and a missing final newline", () => {
    const crlf = "\uFEFF# A\r\n## Next 1:1\r\n- one\r\n- two";
    expect(removeTopics(crlf, readTopics(crlf))).toBe("\uFEFF# A\r\n## Next 1:1");
    expect(removeTopics(crlf, readTopics(crlf).slice(0, 1))).toBe("\uFEFF# A\r\n## Next 1:1\r\n- two");
  });
});

describe("appendTopic", () => {
  it("adds a list item at the end of the queue, before the blank lines that end it", () => {
    expect(appendTopic("# A\n\n## Next 1:1\n- one\n\n## History\n", "two")).toBe("# A\n\n## Next 1:1\n- one\n- two\n\n## History\n");
  });
  it("creates the section at the end of the note when missing", () => {
    expect(appendTopic("# A\ntext\n", "Ask about the offsite")).toBe("# A\ntext\n\n## Next 1:1\n- Ask about the offsite\n");
    expect(appendTopic("# A\n\n", "x")).toBe("# A\n\n## Next 1:1\n- x\n");
    expect(appendTopic("# A", "x")).toBe("# A\n\n## Next 1:1\n- x");
    expect(appendTopic("", "x")).toBe("## Next 1:1\n- x\n");
    expect(appendTopic("# A\r\nb\r\n", "x")).toBe("# A\r\nb\r\n\r\n## Next 1:1\r\n- x\r\n");
  });
  it("makes one line of a multi-line selection and keeps an existing list marker", () => {
    expect(topicLine("first\n  second\r\nthird")).toBe("- first second third");
    expect(topicLine("* starred")).toBe("* starred");
  });
});

const lineArb = fc.oneof(
  fc.constantFrom("## Next 1:1", "## Other", "# Title", "- item", "  indented", "", "%% c %%", "```", "> quote", "para"),
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, "")),
);
const noteArb = fc.tuple(fc.array(lineArb, { maxLength: 14 }), fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.boolean()).map(([lines, eol, bom, finalNl]) => (bom ? "\uFEFF" : "") + lines.join(eol) + (finalNl && lines.length ? eol : ""));
const topicArb = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "" && !/[\r\n]/.test(s));

describe("topic edits (properties)", () => {
  it("an appended topic is read back as a topic, and removing it gives the note back when the section existed", () => {
    fc.assert(
      fc.property(noteArb, topicArb, (note, topic) => {
        const after = appendTopic(note, topic);
        const topics = readTopics(after);
        expect(topics.length).toBeGreaterThan(0);
        const last = topics.find((t) => t.lines.length === 1 && t.lines[0] === topicLine(topic))!;
        expect(last).toBeDefined();
        // When only the topic line was added (the section existed), removing it gives the note back byte for byte.
        if (after.split(/\r\n|\n/).length === note.split(/\r\n|\n/).length + 1) expect(removeTopics(after, [last])).toBe(note);
      }),
      { numRuns: 400 },
    );
  });
  it("removing the topics read drops exactly their lines and keeps every other line in order", () => {
    fc.assert(
      fc.property(noteArb, (note) => {
        const topics = readTopics(note);
        const after = removeTopics(note, topics);
        expect(after).not.toBeNull();
        const split = (t: string) => t.replace(/^\uFEFF/, "").split(/\r\n|\n/);
        const kept = split(after!);
        const dropped: string[] = [];
        let k = 0;
        for (const l of split(note)) {
          if (k < kept.length && kept[k] === l) k++;
          else dropped.push(l);
        }
        expect(k).toBe(kept.length);
        expect(dropped.sort()).toEqual(topics.flatMap((t) => t.lines).sort());
        expect(after!.startsWith("\uFEFF")).toBe(note.startsWith("\uFEFF"));
      }),
      { numRuns: 400 },
    );
  });
});

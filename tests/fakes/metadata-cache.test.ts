// The fake cache reports list structure, headings, tags, links and frontmatter as Obsidian does, and resolves links.
import { afterEach, describe, expect, it } from "vitest";
import { computeCache, createTestApp, getAllTags, type TestApp } from "./obsidian";

let t: TestApp;
afterEach(() => t?.dispose());

const NOTE = `---
tags: [team, 1on1]
aliases: Al
---
# 1:1 with [[Alex Kim]]

Intro with #followup and \`#not-a-tag\` and #123.

- [ ] parent task
    - child item
        - [x] grandchild done ^blk-1
- [-] sibling cancelled
  continuation line

> [!note] Callout
> - [/] in progress in a callout

\`\`\`
- [ ] not a task in code
\`\`\`
See [doc](Projects/Plan%20A.md) and ![[diagram.png]].
`;

describe("computeCache", () => {
  const cache = computeCache(NOTE);

  it("reads frontmatter and its position", () => {
    expect(cache.frontmatter).toEqual({ tags: ["team", "1on1"], aliases: "Al" });
    expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 3, col: 3, offset: NOTE.indexOf("\n# 1:1") } });
  });

  it("lists items with their task char, parent line, and position", () => {
    const items = (cache.listItems ?? []).map((i) => [i.position.start.line, i.task ?? null, i.parent, i.id ?? null]);
    expect(items).toEqual([
      [8, " ", -8, null],
      [9, null, 8, null],
      [10, "x", 9, "blk-1"],
      [11, "-", -8, null],
      [15, "/", -15, null],
    ]);
    const sibling = cache.listItems![3];
    expect(sibling.position.end.line).toBe(12);
    expect(NOTE.slice(sibling.position.start.offset, sibling.position.end.offset)).toBe("- [-] sibling cancelled\n  continuation line");
  });

  it("finds headings, tags outside code, links and embeds", () => {
    expect(cache.headings?.map((h) => [h.level, h.heading])).toEqual([[1, "1:1 with [[Alex Kim]]"]]);
    expect(cache.tags?.map((x) => x.tag)).toEqual(["#followup"]);
    expect(getAllTags(cache)).toEqual(["#team", "#1on1", "#followup"]);
    expect(cache.links?.map((l) => [l.link, l.displayText])).toEqual([
      ["Alex Kim", "Alex Kim"],
      ["Projects/Plan A.md", "doc"],
    ]);
    expect(cache.embeds?.map((l) => l.link)).toEqual(["diagram.png"]);
    expect(cache.blocks?.["blk-1"].position.start.line).toBe(10);
  });

  it("splits the note into sections", () => {
    expect(cache.sections?.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph", "list", "callout", "code", "paragraph"]);
  });
});

describe("links", () => {
  it("resolves link paths nearest first, case-insensitively, and renames update links", async () => {
    t = createTestApp({
      files: {
        "People/Alex Kim.md": "# Alex",
        "Archive/People/Alex Kim.md": "# Old Alex",
        "1-1s/a.md": "Met [[alex kim]] and [[Alex Kim#Goals|Alex]] about [plan](../Plan.md).",
        "Archive/People/b.md": "[[Alex Kim]]",
      },
    });
    const mc = t.metadataCache;
    expect(mc.getFirstLinkpathDest("alex kim", "1-1s/a.md")?.path).toBe("People/Alex Kim.md");
    expect(mc.getFirstLinkpathDest("Alex Kim", "Archive/People/b.md")?.path).toBe("Archive/People/Alex Kim.md");
    expect(mc.getFirstLinkpathDest("Nobody", "1-1s/a.md")).toBeNull();
    expect(mc.resolvedLinks["1-1s/a.md"]).toEqual({ "People/Alex Kim.md": 2 });
    expect(t.fileManager.generateMarkdownLink(t.file("People/Alex Kim.md"), "1-1s/a.md")).toBe("[[People/Alex Kim]]");

    await t.fileManager.renameFile(t.file("People/Alex Kim.md"), "People/Alex Kimura.md");
    await t.flush();
    expect(t.read("1-1s/a.md")).toBe("Met [[Alex Kimura]] and [[Alex Kimura#Goals|Alex]] about [plan](../Plan.md).");
    expect(t.read("Archive/People/b.md")).toBe("[[Alex Kim]]");
  });
});

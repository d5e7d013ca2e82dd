// The fake vault fires Obsidian's events in Obsidian's order, and process() is an atomic, byte-exact edit.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, TFile, TFolder, type TAbstractFile, type TestApp } from "./obsidian";

let t: TestApp;
afterEach(() => t?.dispose());

/** Records vault and metadata events as "source:event:path" strings. */
function recordEvents(app: TestApp): string[] {
  const log: string[] = [];
  for (const name of ["create", "modify", "delete"] as const) app.vault.on(name, (f: TAbstractFile) => log.push(`vault:${name}:${f.path}`));
  app.vault.on("rename", (f: TAbstractFile, old: string) => log.push(`vault:rename:${old}->${f.path}`));
  app.metadataCache.on("changed", (f: TFile) => log.push(`cache:changed:${f.path}`));
  app.metadataCache.on("deleted", (f: TFile) => log.push(`cache:deleted:${f.path}`));
  app.metadataCache.on("resolved", () => log.push("cache:resolved"));
  return log;
}

describe("vault events", () => {
  it("fires the vault event at once and the metadata event later, then resolved", async () => {
    t = createTestApp({ folders: ["Notes"] });
    const log = recordEvents(t);
    const file = await t.vault.create("Notes/a.md", "- [ ] one\n");
    expect(log).toEqual(["vault:create:Notes/a.md"]);
    // Before the metadata event, the cache does not know the file yet (as in Obsidian).
    expect(t.metadataCache.getFileCache(file)).toBeNull();
    await t.flush();
    expect(log).toEqual(["vault:create:Notes/a.md", "cache:changed:Notes/a.md", "cache:resolved"]);
    expect(t.metadataCache.getFileCache(file)?.listItems?.[0].task).toBe(" ");
  });

  it("orders modify, rename (no changed) and delete (then deleted)", async () => {
    t = createTestApp({ files: { "a.md": "x" }, folders: ["Archive"] });
    const log = recordEvents(t);
    const file = t.file("a.md");
    await t.vault.modify(file, "y");
    await t.flush();
    await t.vault.rename(file, "Archive/a.md");
    await t.flush();
    await t.vault.delete(file);
    await t.flush();
    expect(log).toEqual([
      "vault:modify:a.md",
      "cache:changed:a.md",
      "cache:resolved",
      "vault:rename:a.md->Archive/a.md",
      "cache:resolved",
      "vault:delete:Archive/a.md",
      "cache:deleted:Archive/a.md",
      "cache:resolved",
    ]);
    expect(t.vault.getFileByPath("Archive/a.md")).toBeNull();
  });

  it("renames every file inside a renamed folder and keeps their cache", async () => {
    t = createTestApp({ files: { "P/x.md": "# X", "P/sub/y.md": "# Y" } });
    const log = recordEvents(t);
    await t.vault.rename(t.vault.getFolderByPath("P")!, "Q");
    expect(log).toEqual(["vault:rename:P->Q", "vault:rename:P/x.md->Q/x.md", "vault:rename:P/sub->Q/sub", "vault:rename:P/sub/y.md->Q/sub/y.md"]);
    expect(t.metadataCache.getFileCache(t.file("Q/sub/y.md"))?.headings?.[0].heading).toBe("Y");
  });

  it("refuses to overwrite, to create into a missing folder, and un-normalised paths", async () => {
    t = createTestApp({ files: { "a.md": "keep" } });
    await expect(t.vault.create("a.md", "new")).rejects.toThrow("File already exists.");
    await expect(t.vault.create("Missing/b.md", "")).rejects.toThrow(/ENOENT/);
    await expect(t.vault.create("/c.md", "")).rejects.toThrow(/not normalized/);
    await expect(t.vault.createFolder("X//Y")).rejects.toThrow(/not normalized/);
    expect(t.read("a.md")).toBe("keep");
  });

  it("createFolder makes missing parents, one create event each", async () => {
    t = createTestApp();
    const log = recordEvents(t);
    const folder = await t.vault.createFolder("A/B/C");
    expect(folder).toBeInstanceOf(TFolder);
    expect(log).toEqual(["vault:create:A", "vault:create:A/B", "vault:create:A/B/C"]);
    await expect(t.vault.createFolder("A/B")).rejects.toThrow("Folder already exists.");
  });

  it("describes files like Obsidian (name, basename, extension, parent, stat)", async () => {
    let now = 1000;
    t = createTestApp({ files: { "People/Alex Kim.md": "héllo" }, now: () => now });
    const f = t.file("People/Alex Kim.md");
    expect([f.name, f.basename, f.extension, f.parent?.path]).toEqual(["Alex Kim.md", "Alex Kim", "md", "People"]);
    expect(f.stat).toEqual({ ctime: 1000, mtime: 1000, size: 6 });
    now = 2000;
    await t.vault.append(f, "!");
    expect(f.stat).toEqual({ ctime: 1000, mtime: 2000, size: 7 });
    expect(t.vault.getRoot().isRoot()).toBe(true);
    expect(t.vault.getMarkdownFiles().map((x) => x.path)).toEqual(["People/Alex Kim.md"]);
  });
});

describe("vault.process", () => {
  it("passes the current text and writes the result exactly (BOM, CRLF, no final newline)", async () => {
    const text = "\uFEFF---\r\na: 1\r\n---\r\n- [ ] x\r\n- [ ] y";
    t = createTestApp({ files: { "n.md": text } });
    const seen: string[] = [];
    const out = await t.vault.process(t.file("n.md"), (data) => {
      seen.push(data);
      return data.replace("- [ ] y", "- [x] y");
    });
    expect(seen).toEqual([text]);
    expect(out).toBe("\uFEFF---\r\na: 1\r\n---\r\n- [ ] x\r\n- [x] y");
    expect(t.read("n.md")).toBe(out);
  });

  it("writes nothing and fires nothing when fn returns the same text or throws", async () => {
    t = createTestApp({ files: { "n.md": "same" } });
    const log = recordEvents(t);
    await t.vault.process(t.file("n.md"), (d) => d);
    await expect(
      t.vault.process(t.file("n.md"), () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    await t.flush();
    expect(log).toEqual([]);
    expect(t.read("n.md")).toBe("same");
  });

  it("is atomic: concurrent processes each see the previous one's result", async () => {
    t = createTestApp({ files: { "n.md": "" } });
    const f = t.file("n.md");
    await Promise.all(Array.from({ length: 20 }, (_, i) => t.vault.process(f, (d) => d + `${i};`)));
    expect(t.read("n.md").split(";").filter(Boolean)).toHaveLength(20);
  });

  it("stores any string byte for byte (property)", async () => {
    t = createTestApp({ files: { "n.md": "" } });
    const f = t.file("n.md");
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 200 }), async (s) => {
        await t.vault.process(f, () => s);
        return (await t.vault.read(f)) === s && f.stat.size === new TextEncoder().encode(s).length;
      }),
      { numRuns: 100 },
    );
  });

  it("rejects a stale file object after delete", async () => {
    t = createTestApp({ files: { "n.md": "x" } });
    const f = t.file("n.md");
    await t.vault.delete(f);
    await expect(t.vault.process(f, (d) => d + "y")).rejects.toThrow(/ENOENT/);
    expect(f).toBeInstanceOf(TFile);
  });
});

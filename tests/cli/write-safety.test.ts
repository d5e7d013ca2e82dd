// The CLI's writes keep every byte they do not mean to change, the file's metadata, and stay inside the vault.
import nodeFs, { promises as fsp, chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { processNote, readVault } from "../../src/cli/vault-fs";
import { firstInvalidUtf8 } from "../../src/cli/note-file";
import { cli, writeVault } from "./cli-harness";

const TODAY = "2026-11-25";
const isRoot = process.getuid?.() === 0;
const file = (vault: string, rel: string) => path.join(vault, ...rel.split("/"));
const bytes = (vault: string, rel: string) => readFileSync(file(vault, rel));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("invalid UTF-8 (issue 10, item 1)", () => {
  const BAD = Buffer.concat([
    Buffer.from("- [ ] caf"),
    Buffer.from([0xe9]),
    Buffer.from(" au lait\n- [ ] second task\n"),
    Buffer.from([0xff, 0xfe]),
    Buffer.from(" garbage "),
    Buffer.from([0xc3]),
    Buffer.from("( line\n"),
  ]);

  it("refuses to complete a task in a note that is not UTF-8: exit 1, the file byte for byte as it was, the problem named", async () => {
    const vault = writeVault({});
    writeFileSync(file(vault, "bad.md"), BAD);
    const r = await cli("complete", vault, "bad.md:2", "--expect", "- [ ] second task", "--today", TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.md is not valid UTF-8 \(byte 0xE9 at line 1, byte 10 of the line\); nothing was changed/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(bytes(vault, "bad.md").equals(BAD)).toBe(true);
  });

  it("refuses the same way for cancel and for a note whose only bad byte is on the edited line", async () => {
    const vault = writeVault({});
    const oneBad = Buffer.concat([Buffer.from("- [ ] fine\n- [ ] bad "), Buffer.from([0x80]), Buffer.from("\n")]);
    writeFileSync(file(vault, "b.md"), oneBad);
    const r = await cli("cancel", vault, "b.md:2", "--today", TODAY, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ result: "refused", reason: expect.stringMatching(/not valid UTF-8 \(byte 0x80 at line 2/) });
    expect(bytes(vault, "b.md").equals(oneBad)).toBe(true);
  });

  it("still lists the note's tasks when reading (as Obsidian shows it, with U+FFFD)", async () => {
    const vault = writeVault({});
    writeFileSync(file(vault, "bad.md"), BAD);
    const r = await cli("actions", vault, "--json", "--today", TODAY);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { line: number }[]).map((i) => i.line)).toEqual([1, 2]);
  });

  it("detects what is not UTF-8: stray continuation, overlong, surrogate, past U+10FFFF, truncated", () => {
    expect(firstInvalidUtf8(Buffer.from("plain ✅ 📅 é"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x9c]))).toBe(1);
  });
});

describe("file metadata (issue 10, item 2)", () => {
  it("keeps a private note's mode (0600)", async () => {
    const vault = writeVault({ "p.md": "- [ ] private task\n" });
    chmodSync(file(vault, "p.md"), 0o600);
    expect((await cli("complete", vault, "p.md:1", "--today", TODAY)).code).toBe(0);
    expect(readFileSync(file(vault, "p.md"), "utf8")).toBe(`- [x] private task ✅ ${TODAY}\n`);
    expect(statSync(file(vault, "p.md")).mode & 0o777).toBe(0o600);
  });

  it("keeps the owner and group", async () => {
    const vault = writeVault({ "o.md": "- [ ] owned task\n" });
    // Only root can give a file away; as another user the test still checks that the owner did not change.
    if (isRoot) chownSync(file(vault, "o.md"), 1234, 1234);
    const before = statSync(file(vault, "o.md"));
    expect((await cli("complete", vault, "o.md:1", "--today", TODAY)).code).toBe(0);
    const after = statSync(file(vault, "o.md"));
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    if (isRoot) expect(after.uid).toBe(1234);
  });

  it("keeps a hard link: both names see the edit", async () => {
    const vault = writeVault({ "a.md": "- [ ] linked task\n" });
    linkSync(file(vault, "a.md"), file(vault, "b.md"));
    const r = await cli("complete", vault, "a.md:1", "--today", TODAY);
    expect(r.code).toBe(0);
    const want = `- [x] linked task ✅ ${TODAY}\n`;
    expect(readFileSync(file(vault, "a.md"), "utf8")).toBe(want);
    expect(readFileSync(file(vault, "b.md"), "utf8")).toBe(want);
    expect(statSync(file(vault, "a.md")).ino).toBe(statSync(file(vault, "b.md")).ino);
    expect(statSync(file(vault, "a.md")).nlink).toBe(2);
  });

  it("writes through a symbolic link to its real file inside the vault, leaving the link a link", async () => {
    const vault = writeVault({ "real/note.md": "- [ ] through a link\n" });
    symlinkSync(path.join("real", "note.md"), file(vault, "link.md"));
    const r = await cli("complete", vault, "link.md:1", "--today", TODAY);
    expect(r.code).toBe(0);
    expect(lstatSync(file(vault, "link.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(file(vault, "real/note.md"), "utf8")).toBe(`- [x] through a link ✅ ${TODAY}\n`);
  });

  it("refuses a read-only note with a clear message and leaves it as it is (even as root)", async () => {
    const vault = writeVault({ "r.md": "- [ ] locked task\n" });
    chmodSync(file(vault, "r.md"), 0o444);
    const r = await cli("complete", vault, "r.md:1", "--today", TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/r\.md is read-only; nothing was changed/);
    expect(readFileSync(file(vault, "r.md"), "utf8")).toBe("- [ ] locked task\n");
    expect(statSync(file(vault, "r.md")).mode & 0o777).toBe(0o444);
  });

  it("leaves no temporary file behind", async () => {
    const vault = writeVault({ "a.md": "- [ ] one\n" });
    expect((await cli("complete", vault, "a.md:1", "--today", TODAY)).code).toBe(0);
    expect(await fsp.readdir(vault)).toEqual(["a.md"]);
  });
});

describe("writes never leave the vault (issue 10, item 3)", () => {
  function vaultWithOutsideLink(): { vault: string; outside: string } {
    const parent = writeVault({ "outside/target.md": "- [ ] outside task\n", "V/inside.md": "- [ ] inside task\n" });
    symlinkSync(path.join("..", "outside"), path.join(parent, "V", "linkdir"));
    return { vault: path.join(parent, "V"), outside: path.join(parent, "outside", "target.md") };
  }

  it("refuses to complete a note reached through a link to a folder outside the vault", async () => {
    const { vault, outside } = vaultWithOutsideLink();
    const r = await cli("complete", vault, "linkdir/target.md:1", "--today", TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/linkdir\/target\.md leads outside the vault/);
    expect(readFileSync(outside, "utf8")).toBe("- [ ] outside task\n");
  });

  it("refuses a note that is itself a link to a file outside the vault", async () => {
    const { vault, outside } = vaultWithOutsideLink();
    symlinkSync(outside, file(vault, "escape.md"));
    const r = await cli("complete", vault, "escape.md:1", "--today", TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/leads outside the vault/);
    expect(readFileSync(outside, "utf8")).toBe("- [ ] outside task\n");
  });

  it("does not read notes outside the vault either, and says which link it skipped", async () => {
    const { vault } = vaultWithOutsideLink();
    const r = await cli("actions", vault, "--json", "--today", TODAY);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { path: string }[]).map((i) => i.path)).toEqual(["inside.md"]);
    expect(r.err).toMatch(/linkdir is a link to outside the vault; skipped/);
  });

  it("skips a folder link to a folder of the same vault, as Obsidian does, so no note is read twice (and a link up cannot loop)", async () => {
    // Obsidian's help, "Symbolic links and junctions": it ignores a link from one folder of the vault to another, or to a parent.
    const vault = writeVault({ "Real/a.md": "- [ ] a\n" });
    symlinkSync("Real", file(vault, "Alias"));
    symlinkSync("..", file(vault, "Real/up"));
    const warnings: string[] = [];
    const notes = await readVault(vault, { out: () => undefined, err: (t) => warnings.push(t) });
    expect(notes.map((n) => n.path)).toEqual(["Real/a.md"]);
    expect(warnings.join("\n")).toMatch(/Alias is a link to a folder of this vault \(Real\).*skipped/);
    expect(warnings.join("\n")).toMatch(/Real\/up is a link to a folder of this vault \(its root\)/);
    const r = await cli("actions", vault, "--json", "--all", "--today", TODAY);
    expect((JSON.parse(r.out) as { path: string }[]).map((i) => i.path)).toEqual(["Real/a.md"]);
  });

  it("reads a note once when a file link in the vault leads to it: its items are listed once, under its own path", async () => {
    const vault = writeVault({ "1-1s/Sam/2024-03-04.md": "- [ ] Sam to send the draft 📅 2024-03-08\n" });
    mkdirSync(file(vault, "Pinned"));
    symlinkSync(path.join("..", "1-1s", "Sam", "2024-03-04.md"), file(vault, "Pinned/latest.md"));
    const warnings: string[] = [];
    const notes = await readVault(vault, { out: () => undefined, err: (t) => warnings.push(t) });
    expect(notes.map((n) => n.path)).toEqual(["1-1s/Sam/2024-03-04.md"]);
    expect(warnings.join("\n")).toMatch(/Pinned\/latest\.md is a link to a note of this vault \(1-1s\/Sam\/2024-03-04\.md\); skipped/);
    const r = await cli("actions", vault, "--json", "--all", "--today", TODAY);
    expect((JSON.parse(r.out) as { path: string; line: number }[]).map((i) => `${i.path}:${i.line}`)).toEqual(["1-1s/Sam/2024-03-04.md:1"]);
  });

  it("reads a note of an excluded folder through a link to it from outside that folder, as the plugin reads the link's path in Obsidian", async () => {
    const vault = writeVault({
      "Archive/2024 plan.md": '---\ntype: one-on-one\nperson: "[[Sam Lee]]"\ndate: 2024-03-01\n---\n- [ ] Sam to send the budget\n',
      ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ excludedFolders: ["Archive"] }),
    });
    mkdirSync(file(vault, "Pinned"));
    symlinkSync(path.join("..", "Archive", "2024 plan.md"), file(vault, "Pinned/plan.md"));
    for (const command of ["actions", "lint"]) {
      const r = await cli(command, vault, "--json", ...(command === "actions" ? ["--all"] : []), "--today", TODAY);
      expect([...new Set((JSON.parse(r.out) as { path: string }[]).map((i) => i.path))]).toEqual(["Pinned/plan.md"]);
      expect(r.err).not.toMatch(/Pinned\/plan\.md is a link/);
    }
  });

  it("reads a note the walk does not reach (in a dot-folder) once, through the first link to it", async () => {
    const vault = writeVault({ ".archive/old.md": "- [ ] archived task\n" });
    symlinkSync(path.join(".archive", "old.md"), file(vault, "a.md"));
    symlinkSync(path.join(".archive", "old.md"), file(vault, "b.md"));
    const warnings: string[] = [];
    const notes = await readVault(vault, { out: () => undefined, err: (t) => warnings.push(t) });
    expect(notes.map((n) => n.path)).toEqual(["a.md"]);
    expect(warnings.join("\n")).toMatch(/b\.md is a link to a note of this vault \(\.archive\/old\.md\); skipped/);
  });

  it("`new` does not create a note through a folder link that leads outside the vault", async () => {
    const parent = writeVault({ "V/People/Sam Lee.md": "# Sam\n" });
    mkdirSync(path.join(parent, "elsewhere"));
    symlinkSync(path.join("..", "elsewhere"), path.join(parent, "V", "1-1s"));
    const r = await cli("new", path.join(parent, "V"), "--person", "Sam Lee", "--today", TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/would be created outside the vault/);
    expect(await fsp.readdir(path.join(parent, "elsewhere"))).toEqual([]);
  });
});

describe("an unreadable note (issue 10, item 4)", () => {
  const NOTES = {
    "People/Sam Lee.md": "---\ncadence: weekly\n---\n# Sam\n",
    "ok.md": "- [ ] readable task\n\n## Feedback\n\nGreat work.\n",
    "locked.md": "- [ ] locked task\n",
  };

  /** chmod 000, and since root reads anything, also make reading that one file fail as it does for a user. */
  function lockNote(vault: string): void {
    const locked = file(vault, "locked.md");
    chmodSync(locked, 0o000);
    if (!isRoot) return;
    const real = fsp.readFile.bind(fsp);
    vi.spyOn(fsp, "readFile").mockImplementation(((p: Parameters<typeof fsp.readFile>[0], ...rest: unknown[]) => {
      if (p === locked) return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: "EACCES" }));
      return (real as (...a: unknown[]) => Promise<unknown>)(p, ...rest);
    }) as typeof fsp.readFile);
    // Reading the whole vault goes through the synchronous read.
    const realSync = nodeFs.readFileSync.bind(nodeFs);
    vi.spyOn(nodeFs, "readFileSync").mockImplementation(((p: Parameters<typeof nodeFs.readFileSync>[0], ...rest: unknown[]) => {
      if (p === locked) throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: "EACCES" });
      return (realSync as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof nodeFs.readFileSync);
  }

  it("actions skips it with a warning naming it, and lists everything else", async () => {
    const vault = writeVault(NOTES);
    lockNote(vault);
    const r = await cli("actions", vault, "--json", "--today", TODAY);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { path: string }[]).map((i) => i.path)).toEqual(["ok.md"]);
    expect(r.err).toMatch(/cannot read locked\.md: permission denied; skipped/);
  });

  it("due and lint skip it the same way", async () => {
    const vault = writeVault(NOTES);
    lockNote(vault);
    const due = await cli("due", vault, "--json", "--today", TODAY);
    expect(due.code).toBe(0);
    expect(JSON.parse(due.out)).toHaveLength(1);
    expect(due.err).toMatch(/locked\.md/);
    const lint = await cli("lint", vault, "--json", "--today", TODAY);
    expect(lint.err).toMatch(/cannot read locked\.md/);
    expect(lint.code).not.toBe(2);
  });

  it("complete on it says it cannot be read, not that there is no such note", async () => {
    const vault = writeVault(NOTES);
    lockNote(vault);
    const r = await cli("complete", vault, "locked.md:1", "--today", TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read locked\.md: permission denied/);
    expect(r.err).not.toMatch(/no such note/);
  });
});

describe("a note changed, renamed or deleted while it is being written", () => {
  it("refuses when the text changed between reading and writing, keeping the other writer's text", async () => {
    const vault = writeVault({ "a.md": "- [ ] one\n" });
    const r = await processNote(vault, "a.md", (text) => {
      writeFileSync(file(vault, "a.md"), "- [ ] one, edited elsewhere\n");
      return text.replace("[ ]", "[x]");
    });
    expect(r).toBe("refused");
    expect(readFileSync(file(vault, "a.md"), "utf8")).toBe("- [ ] one, edited elsewhere\n");
  });

  it("refuses when the note was deleted or renamed meanwhile, and does not bring it back", async () => {
    const vault = writeVault({ "a.md": "- [ ] one\n" });
    await expect(
      processNote(vault, "a.md", (text) => {
        unlinkSync(file(vault, "a.md"));
        return text.replace("[ ]", "[x]");
      }),
    ).rejects.toThrow(/a\.md was deleted or renamed; nothing was changed/);
    expect(await fsp.readdir(vault)).toEqual([]);
  });
});


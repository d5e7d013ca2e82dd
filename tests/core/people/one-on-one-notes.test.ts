import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../../src/core/markdown/frontmatter";
import { PersonDirectory, personFromNote } from "../../../src/core/people/directory";
import { frontmatterDate } from "../../../src/core/markdown/frontmatter";
import { OneOnOneHistory, isoDateFromName, oneOnOneFromFrontmatter } from "../../../src/core/people/one-on-one-notes";
import { readNoteRecord } from "../../../src/core/vault/note-record";

const fm = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n`).data;

describe("oneOnOneFromFrontmatter", () => {
  it("recognises type, person and date as the default template writes them", () => {
    expect(oneOnOneFromFrontmatter(fm('type: one-on-one\nperson: "[[Alex Kim]]"\ndate: 2024-05-01'))).toEqual({ person: "Alex Kim", date: "2024-05-01", problems: [] });
  });
  it("accepts a type list, an unquoted link, a path link and a date with a time", () => {
    expect(oneOnOneFromFrontmatter(fm("type: [meeting, One-on-One]\nperson: [[People/Alex Kim|Alex]]\ndate: 2024-05-01T09:30"))).toEqual({ person: "Alex Kim", date: "2024-05-01", problems: [] });
  });
  it("is not a 1:1 note without the type, whatever the folder or name", () => {
    expect(oneOnOneFromFrontmatter(fm('person: "[[Alex Kim]]"\ndate: 2024-05-01'))).toBeNull();
    expect(readNoteRecord("1-1s/Alex Kim/2024-05-01.md", "- [ ] x\n", { peopleFolder: "People", excludedFolders: [] })!.oneOnOne).toBeNull();
  });
  it("reports a missing person and an impossible date", () => {
    const note = oneOnOneFromFrontmatter(fm("type: one-on-one\ndate: 2024-02-30"))!;
    expect(note.person).toBeNull();
    expect(note.date).toBeNull();
    expect(note.problems).toHaveLength(2);
    expect(note.problems[1]).toMatch(/2024-02-30/);
  });
});

describe("dates of notes", () => {
  it("reads real days only", () => {
    expect(frontmatterDate("2024-02-29")).toBe("2024-02-29");
    expect(frontmatterDate("2023-02-29")).toBeNull();
    expect(frontmatterDate("2024-05-01x")).toBeNull();
    expect(frontmatterDate(20240501)).toBeNull();
    expect(isoDateFromName("2024-05-01")).toBe("2024-05-01");
    expect(isoDateFromName("2024-05-01 Alex")).toBeNull();
  });
  it("prefers the frontmatter date over the file name", () => {
    const rec = readNoteRecord("Daily/2024-05-02.md", "---\ndate: 2024-05-01\n---\n- [ ] x\n", { peopleFolder: "People", excludedFolders: [] })!;
    expect(rec.date).toBe("2024-05-01");
  });
});

describe("OneOnOneHistory", () => {
  const alex = personFromNote("People/Alex Kim.md", "---\naliases: [AK]\n---\n", "People")!;
  const dir = new PersonDirectory([alex], { name: "Dana", aliases: [] });
  const history = new OneOnOneHistory(
    [
      ["b.md", { person: "AK", date: "2024-05-15", problems: [] }],
      ["a.md", { person: "Alex Kim", date: "2024-05-01", problems: [] }],
      ["c.md", { person: "Alex Kim", date: null, problems: [] }],
      ["d.md", { person: "Jordan", date: "2024-05-03", problems: [] }],
    ],
    dir,
  );
  it("lists dated notes per person, oldest first, aliases merged", () => {
    expect(history.notesWith("alex kim")).toEqual([{ path: "a.md", date: "2024-05-01" }, { path: "b.md", date: "2024-05-15" }]);
    expect(history.notesWith("Jordan")).toEqual([{ path: "d.md", date: "2024-05-03" }]);
  });
  it("counts 1:1s strictly between two days and finds the last one", () => {
    expect(history.countBetween("Alex Kim", "2024-05-01", "2024-05-16")).toBe(1);
    expect(history.countBetween("Alex Kim", "2024-04-30", "2024-05-15")).toBe(1);
    expect(history.countBetween("Alex Kim", "2024-05-20", "2024-05-10")).toBe(0);
    expect(history.lastOnOrBefore("Alex Kim", "2024-05-14")).toEqual({ path: "a.md", date: "2024-05-01" });
    expect(history.lastOnOrBefore("Alex Kim", "2024-04-14")).toBeNull();
  });
});

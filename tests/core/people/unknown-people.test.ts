import { describe, expect, it } from "vitest";
import { PersonDirectory } from "../../../src/core/people/directory";
import { editDistance, nearestName, unknownPeople, unknownPersonMessage } from "../../../src/core/people/unknown-people";

const person = (name: string, aliases: string[] = []) => ({ name, aliases, path: `People/${name}.md`, cadence: null });
const directory = new PersonDirectory([person("Ana Silva", ["Ana"]), person("Alex Kim"), person("Jordan Lee")] as never, { name: "Dana Reyes", aliases: [] });
const note = (p: string | null) => ({ person: p, date: "2026-11-24", problems: [] });

describe("editDistance", () => {
  it.each([
    ["ana silva", "ana silva", 0],
    ["ana silv", "ana silva", 1],
    ["aan silva", "ana silva", 1],
    ["jordan", "alex kim", 8],
  ])("%s → %s is %d", (a, b, d) => expect(editDistance(a, b)).toBe(d));
  it("stops past the limit", () => expect(editDistance("jordan lee", "alex kim", 2)).toBe(3));
});

describe("nearestName", () => {
  const known = ["Ana Silva", "Ana", "Alex Kim", "Jordan Lee"];
  it("suggests the name a typo is one edit from", () => expect(nearestName("Ana Silv", known)).toBe("Ana Silva"));
  it("is case-blind", () => expect(nearestName("alex kin", known)).toBe("Alex Kim"));
  it("takes a first or last name of a known full name", () => expect(nearestName("Jordan", known)).toBe("Jordan Lee"));
  it("suggests nothing for a stranger", () => expect(nearestName("Marco Rossi", known)).toBeNull());
});

describe("unknownPeople", () => {
  const notes = new Map([
    ["1-1s/Ana/2026-11-24.md", note("Ana Silv")],
    ["1-1s/Ana/2026-11-17.md", note("Ana Silv")],
    ["1-1s/Alex/2026-11-24.md", note("Alex Kim")],
    ["1-1s/Ana/alias.md", note("Ana")],
    ["1-1s/none.md", note(null)],
    ["1-1s/Marco.md", note("Marco Rossi")],
  ]);
  const found = unknownPeople(notes, directory);

  it("lists each linked name with no person note once, with its notes and a suggestion", () => {
    expect(found).toEqual([
      { name: "Ana Silv", paths: ["1-1s/Ana/2026-11-17.md", "1-1s/Ana/2026-11-24.md"], suggestion: "Ana Silva" },
      { name: "Marco Rossi", paths: ["1-1s/Marco.md"], suggestion: null },
    ]);
  });

  it("says what to do", () => {
    expect(unknownPersonMessage(found[0])).toBe('No person note for "Ana Silv" (person: in 1-1s/Ana/2026-11-17.md and 1 more). Did you mean "Ana Silva"?');
    expect(unknownPersonMessage(found[1])).toBe('No person note for "Marco Rossi" (person: in 1-1s/Marco.md). Create a person note for them, or fix the link.');
  });
});

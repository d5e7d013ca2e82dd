import { describe, expect, it } from "vitest";
import { PersonDirectory, personFromNote, parseCadence } from "../../../src/core/people";

const alex = personFromNote("People/Alex Kim.md", "---\naliases: [Alex, AK]\ncadence: weekly\n---\n# Alex", "People")!;
const sam = personFromNote("People/Sam O'Brien.md", "---\naliases: Sam\ncadence: every 10 days\n---\n", "People")!;

describe("personFromNote", () => {
  it("reads name, aliases and cadence", () => {
    expect(alex).toEqual({ name: "Alex Kim", path: "People/Alex Kim.md", aliases: ["Alex", "AK"], cadence: { days: 7, label: "weekly" }, problems: [] });
    expect(sam.cadence).toEqual({ days: 10, label: "every 10 days" });
  });
  it("ignores notes outside the people folder and reports bad cadence", () => {
    expect(personFromNote("Peoples/X.md", "", "People")).toBeNull();
    expect(personFromNote("People/X.md", "---\ncadence: sometimes\n---\n", "People")!.problems[0]).toMatch(/Unknown cadence/);
  });
});

describe("PersonDirectory", () => {
  const dir = new PersonDirectory([sam, alex], { name: "Dana Reyes", aliases: ["Dana"] });
  it("resolves names, aliases, @me and my aliases case-insensitively", () => {
    expect(dir.get("alex kim")).toBe(alex);
    expect(dir.get("@AK")).toBe(alex);
    expect(dir.resolve("@me")).toEqual({ kind: "me" });
    expect(dir.resolve("dana")).toEqual({ kind: "me" });
    expect(dir.resolve("Nobody")).toBeNull();
  });
  it("lists people sorted and every name once", () => {
    expect(dir.all().map((p) => p.name)).toEqual(["Alex Kim", "Sam O'Brien"]);
    expect(dir.names().map((n) => n.text)).toEqual(["Alex Kim", "Alex", "AK", "Sam O'Brien", "Sam"]);
  });
  it("parses cadences", () => {
    expect(parseCadence("Biweekly")).toEqual({ days: 14, label: "biweekly" });
    expect(parseCadence("every 2 weeks")).toEqual({ days: 14, label: "every 2 weeks" });
    expect(parseCadence(undefined)).toBeNull();
    expect(parseCadence("soon")).toBe("invalid");
  });
});

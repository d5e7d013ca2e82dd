import { describe, expect, it } from "vitest";
import { parseActions } from "../../../src/core/actions/parse";
import { resolvedItems } from "../../../src/core/followups/follow-ups";
import { PersonDirectory, personFromNote } from "../../../src/core/people/directory";
import { ownerName } from "../../../src/core/actions/owner";
import { peopleOfItem } from "../../../src/core/followups/person-of-item";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { followUpIndex } from "./follow-up-vault";

const alex = personFromNote("People/Alex Kim.md", "---\naliases: [Alex, AK]\n---\n", "People")!;
const sam = personFromNote("People/Sam O'Brien.md", "---\naliases: Sam\n---\n", "People")!;
const dir = new PersonDirectory([alex, sam], { name: "Dana Reyes", aliases: ["Dana"] });

/** Resolves the single task line of `line`, as if it sat in a 1:1 note with `notePerson`. */
function people(line: string, notePerson: string | null = null) {
  const [item] = parseActions("note.md", line + "\n");
  return peopleOfItem(item, dir, notePerson);
}

describe("ownerName", () => {
  it("reads the name from each way of writing an owner", () => {
    expect(ownerName("@Alex")).toBe("Alex");
    expect(ownerName("[owner:: [[Alex Kim|AK]]]")).toBe("Alex Kim");
    expect(ownerName("(owner:: Sam)")).toBe("Sam");
    expect(ownerName("[[People/Sam O'Brien]]")).toBe("Sam O'Brien");
  });
  it("reads a linked @mention as the link's note, not the brackets", () => {
    expect(ownerName("@[[Alex Kim]]")).toBe("Alex Kim");
    expect(ownerName("@[[People/Alex Kim|AK]]")).toBe("Alex Kim");
    expect(ownerName("[owner:: @[[Alex Kim]]]")).toBe("Alex Kim");
  });
});

describe("peopleOfItem", () => {
  it("@me and my names are me: I owe, the person comes from the line or the note", () => {
    expect(people("- [ ] Send the packet @me", "Alex Kim")).toEqual({ owner: "me", person: "Alex Kim", direction: "i-owe" });
    expect(people("- [ ] Send the packet [owner:: [[Dana Reyes]]]")).toEqual({ owner: "me", person: null, direction: "i-owe" });
    expect(people("- [ ] Review [[Sam O'Brien]]'s RFC @me", "Alex Kim")).toEqual({ owner: "me", person: "Sam O'Brien", direction: "i-owe" });
  });
  it("a person's name or alias as owner: they owe, and the owner is the person", () => {
    expect(people("- [ ] Pick a project @AK", "Sam O'Brien")).toEqual({ owner: "Alex Kim", person: "Alex Kim", direction: "they-owe" });
    expect(people("- [ ] Pick a project [owner:: [[Sam]]]")).toEqual({ owner: "Sam O'Brien", person: "Sam O'Brien", direction: "they-owe" });
    expect(people("- [ ] Pick a project @[[Alex Kim]]", "Sam O'Brien")).toEqual({ owner: "Alex Kim", person: "Alex Kim", direction: "they-owe" });
    expect(people("- [ ] Send the packet @[[Dana Reyes|me]]", "Sam O'Brien")).toEqual({ owner: "me", person: "Sam O'Brien", direction: "i-owe" });
  });
  it("an unknown owner stays as written; the person falls back to mentions, then the note", () => {
    expect(people("- [ ] Call @Jordan about the offsite", "Alex Kim")).toEqual({ owner: "@Jordan", person: "Alex Kim", direction: "they-owe" });
    expect(people("- [ ] Call @Jordan about [[Sam O'Brien]]")).toEqual({ owner: "@Jordan", person: "Sam O'Brien", direction: "they-owe" });
    expect(people("- [ ] Renew the lease [owner:: [[Jamie Fox]]]")).toEqual({ owner: "Jamie Fox", person: null, direction: "they-owe" });
    expect(people("- [ ] Renew the lease @[[Jamie Fox]]")).toEqual({ owner: "Jamie Fox", person: null, direction: "they-owe" });
  });
  it("without an owner: unassigned, first known person linked or mentioned, else the note's person", () => {
    expect(people("- [ ] Ask [[Nobody]] and [[Alex Kim]] about it", "Sam O'Brien")).toEqual({ owner: null, person: "Alex Kim", direction: "unassigned" });
    expect(people("- [ ] Book the room", "Sam O'Brien")).toEqual({ owner: null, person: "Sam O'Brien", direction: "unassigned" });
    expect(people("- [ ] Book the room")).toEqual({ owner: null, person: null, direction: "unassigned" });
  });
});

describe("a leading \"Name to …\" names the owner", () => {
  it("a known name or alias, the user's name, or a linked name before \" to \" is the owner", () => {
    expect(people("- [ ] Sam to add the check", "Alex Kim")).toEqual({ owner: "Sam O'Brien", person: "Sam O'Brien", direction: "they-owe" });
    expect(people("- [ ] Alex Kim to send the deck 📅 2024-06-01")).toEqual({ owner: "Alex Kim", person: "Alex Kim", direction: "they-owe" });
    expect(people("- [ ] [[Sam O'Brien]] to write the RFC")).toEqual({ owner: "Sam O'Brien", person: "Sam O'Brien", direction: "they-owe" });
    expect(people("- [ ] **AK** to pick a project", "Sam O'Brien")).toEqual({ owner: "Alex Kim", person: "Alex Kim", direction: "they-owe" });
    expect(people("- [ ] Dana to book the room", "Sam O'Brien")).toEqual({ owner: "me", person: "Sam O'Brien", direction: "i-owe" });
  });
  it("the longest known name wins when a shorter prefix is a name too", () => {
    const withSam = new PersonDirectory([alex, sam, personFromNote("People/Sam.md", "", "People")!], { name: "Dana Reyes", aliases: [] });
    const [item] = parseActions("note.md", "- [ ] Sam O'Brien to review the plan to ship\n");
    expect(peopleOfItem(item, withSam, null).owner).toBe("Sam O'Brien");
  });
  it("an unknown name, a sentence, or \" to \" further in is no owner", () => {
    expect(people("- [ ] Jordan to book the room", "Alex Kim")).toEqual({ owner: null, person: "Alex Kim", direction: "unassigned" });
    expect(people("- [ ] We need to talk about Sam", "Alex Kim")).toEqual({ owner: null, person: "Alex Kim", direction: "unassigned" });
    expect(people("- [ ] Send the notes to Sam")).toEqual({ owner: null, person: null, direction: "unassigned" });
    expect(people("- [ ] Ask whether Sam wants to lead the guild")).toEqual({ owner: null, person: null, direction: "unassigned" });
  });
  it("an owner written with @ or a field wins over a leading name", () => {
    expect(people("- [ ] Sam to pair with Alex @AK")).toEqual({ owner: "Alex Kim", person: "Alex Kim", direction: "they-owe" });
    expect(people("- [ ] Sam to add the check @Sam")).toEqual({ owner: "Sam O'Brien", person: "Sam O'Brien", direction: "they-owe" });
  });
});

describe("person of items in a vault", () => {
  const items = resolvedItems(followUpIndex(), "2024-05-30", { ...DEFAULT_SETTINGS, myName: "Dana Reyes" });
  const of = (text: string) => items.find((i) => i.text.includes(text))!;
  it("takes the 1:1 note's person from frontmatter, even when linked by an alias", () => {
    expect(of("Send Alex the promo packet").person).toBe("Alex Kim");
  });
  it("does not guess a 1:1 from the folder or the file name", () => {
    expect(of("Loose end from a scratch note").person).toBeNull();
  });
  it("leaves excluded folders out", () => {
    expect(items.some((i) => i.path.startsWith("Templates/"))).toBe(false);
  });
});

describe("@ followed by a known person's full name", () => {
  const ana = personFromNote("People/Ana Silva.md", "# Ana\n", "People")!;
  const anaLopez = personFromNote("People/Ana Lopez.md", "---\naliases: [Ana]\n---\n", "People")!;
  const maria = personFromNote("People/Maria de la Cruz.md", "# Maria\n", "People")!;
  const full = new PersonDirectory([ana, anaLopez, maria, alex], { name: "Dana Reyes", aliases: [] });
  const resolve = (line: string) => {
    const [item] = parseActions("note.md", line + "\n");
    return peopleOfItem(item, full, null);
  };

  it("resolves to that person, the longest name in the directory winning over a shorter alias", () => {
    expect(resolve("- [ ] @Ana Silva send the draft")).toEqual({ owner: "Ana Silva", person: "Ana Silva", direction: "they-owe", nameTail: " Silva" });
    expect(resolve("- [ ] @Ana send the draft")).toEqual({ owner: "Ana Lopez", person: "Ana Lopez", direction: "they-owe" });
    expect(resolve("- [ ] Book the room @maria  de la cruz, by Friday")).toMatchObject({ owner: "Maria de la Cruz", nameTail: "  de la cruz" });
    expect(resolve("- [ ] @Dana Reyes renew the lease")).toMatchObject({ owner: "me", direction: "i-owe", nameTail: " Reyes" });
  });
  it("needs the whole last word: @Ana Silvana is not Ana Silva", () => {
    expect(resolve("- [ ] @Ana Silvana sends it")).toEqual({ owner: "Ana Lopez", person: "Ana Lopez", direction: "they-owe" });
  });
  it("keeps a one-word owner unchanged when no longer name fits", () => {
    expect(resolve("- [ ] @Alex Kimball to review")).toEqual({ owner: "Alex Kim", person: "Alex Kim", direction: "they-owe" });
  });
  it("drops the name's later words from the item text", () => {
    const index = followUpIndex({ "People/Ana Silva.md": "# Ana\n", "1-1s/x.md": "- [ ] @Ana Silva send the draft 📅 2026-12-01\n- [ ] Send the deck @Ana Silva, then the notes\n" });
    const items = resolvedItems(index, "2026-11-25", DEFAULT_SETTINGS);
    expect(items.map((i) => [i.owner, i.text])).toEqual([
      ["Ana Silva", "send the draft"],
      ["Ana Silva", "Send the deck , then the notes"],
    ]);
  });
});

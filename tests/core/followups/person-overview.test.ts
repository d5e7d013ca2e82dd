// The person overview model from the index: due 1:1, open items both ways, the timeline with items opened and closed since.
import { describe, expect, it } from "vitest";
import { personOverview } from "../../../src/core/followups/person-overview";
import { ActionIndex } from "../../../src/core/vault/index-store";
import { DEFAULT_SETTINGS } from "../../../src/settings";

const options = { ...DEFAULT_SETTINGS, myName: "Dana Reyes", myAliases: ["Dana"] };
const NOTES: Record<string, string> = {
  "People/Sam O'Brien.md": "---\naliases: [Sam]\ncadence: weekly\n---\n# Sam O'Brien\n",
  "People/Alex Kim.md": "---\naliases: [Alex]\n---\n# Alex Kim\n",
  "1-1s/Sam/2024-05-01.md": [
    "---",
    "type: one-on-one",
    'person: "[[Sam]]"',
    "date: 2024-05-01",
    "---",
    "## Action items",
    "- [x] Sam to send the RFC ✅ 2024-05-03",
    "- [ ] Review Sam's RFC @me 📅 2024-05-10",
    "- [-] Book the offsite ❌ 2024-05-02",
    "- [ ] Ask [[Alex Kim]] about the rota @me",
    "",
  ].join("\n"),
  "1-1s/Sam/2024-05-08.md": "---\ntype: one-on-one\nperson: \"[[Sam O'Brien]]\"\ndate: 2024-05-08\n---\n## Action items\n- [/] Sam to pair with Mei on the settings page 📅 2024-05-20\n- [ ] Pick the next guild topic\n",
  // Prepared ahead of the day: on the timeline, and it is the next 1:1.
  "1-1s/Sam/2024-05-22.md": "---\ntype: one-on-one\nperson: \"[[Sam]]\"\ndate: 2024-05-22\n---\n# Agenda\n",
  "Daily/2024-05-09.md": "- [ ] Send [[Sam O'Brien]] the onboarding doc @me\n",
};

function index(notes = NOTES): ActionIndex {
  const i = new ActionIndex({ peopleFolder: "People", excludedFolders: [] });
  for (const [p, t] of Object.entries(notes)) i.update(p, t);
  return i;
}

describe("personOverview", () => {
  it("reads cadence, last and next 1:1 (a note already dated later is the next one)", () => {
    const o = personOverview(index(), "sam", "2024-05-15", options)!;
    expect([o.name, o.aliases, o.cadence, o.cadenceDays, o.lastOneOnOne, o.nextDue, o.overdueDays]).toEqual(["Sam O'Brien", ["Sam"], "weekly", 7, { path: "1-1s/Sam/2024-05-08.md", date: "2024-05-08" }, "2024-05-22", 0]);
    const later = personOverview(index(), "Sam", "2024-05-30", options)!;
    expect([later.lastOneOnOne?.date, later.nextDue, later.overdueDays]).toEqual(["2024-05-22", "2024-05-29", 1]);
  });

  it("splits the person's open items into I owe, they owe and unassigned, in dashboard order", () => {
    const o = personOverview(index(), "Sam", "2024-05-15", options)!;
    const texts = (xs: readonly { text: string }[]) => xs.map((x) => x.text);
    expect(texts(o.iOwe)).toEqual(["Review Sam's RFC", "Send [[Sam O'Brien]] the onboarding doc"]);
    expect(texts(o.theyOwe)).toEqual(["Sam to pair with Mei on the settings page"]);
    expect(texts(o.unassigned)).toEqual(["Pick the next guild topic"]);
    expect(o.open.length).toBe(4);
    // Items about someone else stay in their overview, even when written in this person's 1:1.
    expect(texts(personOverview(index(), "Alex", "2024-05-15", options)!.iOwe)).toEqual(["Ask [[Alex Kim]] about the rota"]);
  });

  it("lists the 1:1 notes newest first, each with every item written in it and those closed since", () => {
    const o = personOverview(index(), "Sam", "2024-05-15", options)!;
    expect(o.oneOnOnes.map((e) => [e.date, e.opened.map((i) => i.line), e.closedSince.map((i) => [i.line, i.state, i.done ?? i.cancelled])])).toEqual([
      ["2024-05-22", [], []],
      ["2024-05-08", [7, 8], []],
      ["2024-05-01", [7, 8, 9, 10], [[7, "done", "2024-05-03"], [9, "cancelled", "2024-05-02"]]],
    ]);
  });

  it("follows the index: a ticked item moves from open to closed since", () => {
    const i = index();
    i.update("1-1s/Sam/2024-05-01.md", NOTES["1-1s/Sam/2024-05-01.md"].replace("- [ ] Review Sam's RFC @me 📅 2024-05-10", "- [x] Review Sam's RFC @me 📅 2024-05-10 ✅ 2024-05-12"));
    const o = personOverview(i, "Sam", "2024-05-15", options)!;
    expect(o.iOwe.map((x) => x.text)).toEqual(["Send [[Sam O'Brien]] the onboarding doc"]);
    expect(o.oneOnOnes[2].closedSince.map((x) => x.line)).toEqual([7, 8, 9]);
  });

  it("is null for a name no person note has", () => {
    expect(personOverview(index(), "Mei", "2024-05-15", options)).toBeNull();
  });
});

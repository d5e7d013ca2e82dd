import { describe, expect, it } from "vitest";
import fc from "fast-check";
import moment from "moment";
import { actionsDue, dailySectionLines, upsertDailySection } from "../../../src/core/daily/section";
import { dailyNotePath } from "../../../src/core/daily/path";
import { dueList } from "../../../src/core/people/history";
import { notesModel } from "../../../src/core/followups/notes-model";
import { VAULT, settings } from "../templates/fixture-vault";

const TODAY = "2024-05-08";
const m = notesModel(Object.entries(VAULT).map(([path, text]) => ({ path, text })), settings(), TODAY);
const SECTION = dailySectionLines(dueList(m.directory, m.history, TODAY), m.items, TODAY, "Dana Reyes");

const EXPECTED = [
  "## 1:1s today",
  "- [[People/Sam O'Brien|Sam O'Brien]]: 14 days overdue (biweekly, last [[1-1s/Sam O'Brien/2024-04-10|2024-04-10]])",
  "- [[People/Alex Kim|Alex Kim]]: due today (weekly, last [[1-1s/Alex Kim/2024-05-01|2024-05-01]])",
  "- [[People/Mei Chen|Mei Chen]]: due today (every 10 days, no 1:1 yet)",
  "",
  "Actions due today or overdue:",
  "- Sam O'Brien: Sam to write up the incident · overdue since 2024-04-20 · [[1-1s/Sam O'Brien/2024-04-10|2024-04-10]]",
  "- Alex Kim: Send the Q3 numbers · overdue since 2024-05-01 · carried 1× · [[1-1s/Alex Kim/2024-04-24#^q3|2024-04-24]]",
  "- Unassigned: Ask [[Alex Kim]] about consumer lag · due today · [[Projects/Ledger|Ledger]]",
];

describe("the 1:1s today section", () => {
  it("lists 1:1s due today or overdue and actions due today or overdue, as links, without checkboxes", () => {
    expect(SECTION).toEqual(EXPECTED);
    expect(actionsDue(m.items, "2024-04-30").map((i) => i.text)).toEqual(["Sam to write up the incident"]);
  });
  it("says so when nothing is due", () => {
    expect(dailySectionLines([], [], TODAY, "")).toEqual(["## 1:1s today", "- No 1:1 is due.", "", "Actions due today or overdue:", "- Nothing is due."]);
  });
  it("fills the section of the daily template in place, keeping what follows", () => {
    const daily = "# Wednesday 8 May 2024\n\n## 1:1s today\n\n## Notes\n- standup\n";
    expect(upsertDailySection(daily, SECTION)).toBe(`# Wednesday 8 May 2024\n\n${EXPECTED.join("\n")}\n\n## Notes\n- standup\n`);
  });
  it("appends the section when missing, and replaces it (keeping its level) on later runs", () => {
    const once = upsertDailySection("# Day\ntext", SECTION);
    expect(once).toBe(`# Day\ntext\n\n${EXPECTED.join("\n")}`);
    const changed = upsertDailySection(once.replace("## 1:1s today", "### 1:1s today"), ["## 1:1s today", "- No 1:1 is due."]);
    expect(changed).toBe("# Day\ntext\n\n### 1:1s today\n- No 1:1 is due.");
  });
  it("running twice leaves one section, whatever the note (property)", () => {
    const lineArb = fc.oneof(fc.constantFrom("## 1:1s today", "## Notes", "# Day", "- x", "", "```", "text"), fc.string({ maxLength: 10 }).map((s) => s.replace(/[\r\n]/g, "")));
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), fc.boolean(), (lines, eol, finalNl) => {
        const note = lines.join(eol) + (finalNl && lines.length ? eol : "");
        const once = upsertDailySection(note, SECTION);
        expect(upsertDailySection(once, SECTION)).toBe(once);
        const headings = once.split(/\r\n|\n/).filter((l) => /^#{1,6} 1:1s today$/.test(l));
        expect(headings.length).toBeGreaterThanOrEqual(1);
        // Text before the section is untouched.
        const at = once.indexOf("1:1s today");
        expect(note.startsWith(once.slice(0, once.lastIndexOf(eol, at) + 1)) || once.startsWith(note)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe("dailyNotePath", () => {
  it("uses the folder and moment format, slashes making folders", () => {
    expect(dailyNotePath({ folder: "Daily", format: "YYYY-MM-DD" }, TODAY, moment)).toBe("Daily/2024-05-08.md");
    expect(dailyNotePath({ folder: "/Journal/", format: "YYYY/MM/dddd D MMMM" }, TODAY, moment)).toBe("Journal/2024/05/Wednesday 8 May.md");
    expect(dailyNotePath({ folder: "", format: "" }, TODAY, moment)).toBe("2024-05-08.md");
  });
});

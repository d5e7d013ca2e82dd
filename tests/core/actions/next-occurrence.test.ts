// Completing a repeating (🔁) task: the line it adds above itself, as the Tasks plugin writes it.
import { describe, expect, it } from "vitest";
import { cancelItem, completeItem } from "../../../src/core/actions/edits";
import { nextOccurrenceLine } from "../../../src/core/actions/next-occurrence";
import { parseActions } from "../../../src/core/actions/parse";

const TODAY = "2024-05-06";

/** The item on a line, as the dashboard would hold it. */
function at(text: string, line: number): { line: number; original: string } {
  const item = parseActions("n.md", text).find((i) => i.line === line);
  if (!item) throw new Error(`no item on line ${line}`);
  return { line: item.line, original: item.original };
}

const before = `# Team rituals

## Weekly
- [ ] Send the status to the team @me 🔁 every week ⏳ 2024-05-03 📅 2024-05-06 ^status
> [!todo] Reviews
> - [ ] Review the on-call notes 🔁 every 2 weeks on Monday 🛫 2024-05-01
1. [ ] Book the retro room 🔁 every month on the last ➕ 2024-01-10 📅 2024-05-31 🆔 retro ⛔ room,calendar
- [ ] Pay the invoice 🔁 every month when done [due:: 2024-04-30] [completion:: 2024-04-29]
    - [/] Renew the licence #ops 🔁 every year 📅 2024-02-29 ❌ 2024-02-01
`;

describe("completing a repeating task", () => {
  it("adds the next occurrence above it: same prefix and fields, status ` `, dates moved, no done date or block id", () => {
    const r = completeItem(before, at(before, 4), TODAY);
    expect(r).toMatchObject({ ok: true, line: 5, next: { line: 4, text: "- [ ] Send the status to the team @me 🔁 every week ⏳ 2024-05-10 📅 2024-05-13" } });
    if (!r.ok) return;
    expect(r.text.split("\n").slice(2, 6)).toEqual([
      "## Weekly",
      "- [ ] Send the status to the team @me 🔁 every week ⏳ 2024-05-10 📅 2024-05-13",
      "- [x] Send the status to the team @me 🔁 every week ⏳ 2024-05-03 📅 2024-05-06 ✅ 2024-05-06 ^status",
      "> [!todo] Reviews",
    ]);
  });

  it("keeps the quote prefix, the list marker and the indentation", () => {
    expect(completeItem(before, at(before, 6), TODAY)).toMatchObject({ next: { line: 6, text: "> - [ ] Review the on-call notes 🔁 every 2 weeks on Monday 🛫 2024-05-13" } });
    expect(completeItem(before, at(before, 9), TODAY)).toMatchObject({ next: { line: 9, text: "    - [ ] Renew the licence #ops 🔁 every year 📅 2025-02-28" } });
  });

  it("gives a created date today's date and drops Tasks' dependency ids, which must stay unique", () => {
    expect(completeItem(before, at(before, 7), TODAY)).toMatchObject({ next: { text: "1. [ ] Book the retro room 🔁 every month on the last ➕ 2024-05-06 📅 2024-06-30" } });
  });

  it("keeps ⛔ and 🆔 written in the description: Tasks reads them as ids only among the fields that end the line", () => {
    const cases: [string, string][] = [
      ["- [ ] ⛔ Don't merge before review 🔁 every week 📅 2024-05-06", "- [ ] ⛔ Don't merge before review 🔁 every week 📅 2024-05-13"],
      ["- [ ] Ship it ⛔ blocked by legal 🔁 every week 📅 2024-05-06", "- [ ] Ship it ⛔ blocked by legal 🔁 every week 📅 2024-05-13"],
      ["- [ ] Check [[Traffic ⛔ signs]] 🔁 every week 📅 2024-05-06", "- [ ] Check [[Traffic ⛔ signs]] 🔁 every week 📅 2024-05-13"],
      ["- [ ] Print the 🆔 badge for Sam 🔁 every year 📅 2024-05-06", "- [ ] Print the 🆔 badge for Sam 🔁 every year 📅 2025-05-06"],
      // Among the trailing fields (dates, rule, priority, tags, each other), in any order, they are ids and go.
      ["- [ ] Rotate keys 🆔 keys ⛔ a,b 🔁 every week 📅 2024-05-06 #ops ^k", "- [ ] Rotate keys 🔁 every week 📅 2024-05-13 #ops"],
      ["- [ ] Rotate keys 🔁 every week ⛔ a 📅 2024-05-06 🆔 keys", "- [ ] Rotate keys 🔁 every week 📅 2024-05-13"],
      ["- [ ] Rotate keys [id:: keys] note 🔁 every week 📅 2024-05-06", "- [ ] Rotate keys note 🔁 every week 📅 2024-05-13"],
      ["- [ ] Rotate keys 🔁 every week 📅 2024-05-06 🆔 keys 🏁 delete [onCompletion:: keep]", "- [ ] Rotate keys 🔁 every week 📅 2024-05-13 🏁 delete [onCompletion:: keep]"],
    ];
    for (const [line, next] of cases) expect(nextOccurrenceLine(line, TODAY), line).toMatchObject({ ok: true, text: next });
  });

  it("counts `when done` from the completion day, and keeps the Dataview form of a date", () => {
    expect(completeItem(before, at(before, 8), "2024-05-07")).toMatchObject({ next: { text: "- [ ] Pay the invoice 🔁 every month when done [due:: 2024-06-07]" } });
  });

  it("changes only the completed line and inserts one line, with the line ending found there (CRLF, BOM, no final newline)", () => {
    const text = "\uFEFFintro\r\n- [ ] water the plants 🔁 every 3 days 📅 2024-05-06";
    const r = completeItem(text, at(text, 2), TODAY);
    expect(r).toMatchObject({ ok: true, line: 3 });
    if (r.ok) expect(r.text).toBe("\uFEFFintro\r\n- [ ] water the plants 🔁 every 3 days 📅 2024-05-09\r\n- [x] water the plants 🔁 every 3 days 📅 2024-05-06 ✅ 2024-05-06");
    const mixed = "a\n- [ ] stretch 🔁 every day 📅 2024-05-06\r\nb";
    const m = completeItem(mixed, at(mixed, 2), TODAY);
    if (m.ok) expect(m.text).toBe("a\n- [ ] stretch 🔁 every day 📅 2024-05-07\r\n- [x] stretch 🔁 every day 📅 2024-05-06 ✅ 2024-05-06\r\nb");
    const alone = "- [ ] stretch 🔁 every day";
    expect(completeItem(alone, at(alone, 1), TODAY)).toMatchObject({ text: "- [ ] stretch 🔁 every day\n- [x] stretch 🔁 every day ✅ 2024-05-06" });
  });

  it("adds none for a task done already, or one cancelled", () => {
    const done = "- [x] stretch 🔁 every day 📅 2024-05-06 ✅ 2024-05-06";
    expect(completeItem(done, at(done, 1), TODAY)).toEqual({ ok: true, text: done, line: 1 });
    const r = cancelItem(before, at(before, 4), TODAY);
    expect(r).toMatchObject({ ok: true, line: 4 });
    if (r.ok) expect(r.text.split("\n").length).toBe(before.split("\n").length);
    expect(r).not.toHaveProperty("next");
  });

  it("completes the line but adds none when the rule or the reference date cannot be read, and says which", () => {
    const text = "- [ ] plan the offsite 🔁 every blue moon 📅 2024-05-06\n- [ ] file taxes 🔁 every year 📅 2024-02-30 ⏳ 2024-02-01\n";
    expect(completeItem(text, at(text, 1), TODAY)).toEqual({
      ok: true,
      line: 1,
      text: "- [x] plan the offsite 🔁 every blue moon 📅 2024-05-06 ✅ 2024-05-06\n- [ ] file taxes 🔁 every year 📅 2024-02-30 ⏳ 2024-02-01\n",
      repeatSkipped: { rule: "every blue moon", reason: '"every blue moon" is not a repeat rule One-on-one understands' },
    });
    expect(completeItem(text, at(text, 2), TODAY)).toMatchObject({ line: 2, repeatSkipped: { rule: "every year", reason: 'its due date "2024-02-30" is not a real day' } });
  });
});

describe("nextOccurrenceLine", () => {
  it("is null for a line that does not repeat, or is no task", () => {
    expect(nextOccurrenceLine("- [ ] once 📅 2024-05-06", TODAY)).toBeNull();
    expect(nextOccurrenceLine("plain 🔁 every day", TODAY)).toBeNull();
  });

  it("keeps the space before a removed date when text follows the date at once, so a tag stays the same tag", () => {
    expect(nextOccurrenceLine("- [x] ship #ops ✅ 2024-05-06-later 🔁 every day", TODAY)).toMatchObject({ text: "- [ ] ship #ops -later 🔁 every day" });
  });

  it("keeps ids inside code spans and the text of an unknown emoji", () => {
    expect(nextOccurrenceLine("- [x] ship `🆔 keep` 🆔 drop 🔁 every day 📅 2024-05-06 ✅ 2024-05-06 ^blk", TODAY)).toEqual({
      ok: true,
      text: "- [ ] ship `🆔 keep` 🔁 every day 📅 2024-05-07",
      dates: { due: "2024-05-07", scheduled: null, start: null },
    });
  });
});

// Units: sentences and list items with exact offsets; quotes, code and reported speech blanked in `plain`.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findBlocks } from "../../../src/core/feedback/blocks";
import type { Unit } from "../../../src/core/feedback/types";

function units(body: string, prefix = "## Feedback\n### Facts\n"): { note: string; units: Unit[] } {
  const note = prefix + body;
  return { note, units: findBlocks(note).blocks[0]?.parts[0]?.units ?? [] };
}

describe("splitting into units", () => {
  it("splits sentences, but not after abbreviations or inside quotes", () => {
    const { units: us } = units('You said "Stop. Now." in the retro. E.g. the demo, i.e. Friday. Then you left! Did you? yes.');
    expect(us.map((u) => u.text)).toEqual(['You said "Stop. Now." in the retro.', "E.g. the demo, i.e. Friday.", "Then you left!", "Did you? yes."]);
  });

  it("makes each list item one unit, joining continuation lines", () => {
    const { note, units: us } = units("- first item\n  continued here\n- [ ] second\n1. third\n\nA closing sentence.");
    expect(us.map((u) => [u.kind, u.text])).toEqual([
      ["item", "first item   continued here"],
      ["item", "second"],
      ["item", "third"],
      ["sentence", "A closing sentence."],
    ]);
    expect(note.slice(us[0].from, us[0].to)).toBe("first item\n  continued here");
  });

  it("gives 1-based lines and offsets that point into the note", () => {
    const { note, units: us } = units("> one.\n> Two\n> three.", "## Feedback\n### Facts\n");
    expect(us.map((u) => u.line)).toEqual([3, 4]);
    expect(note.slice(us[1].from, us[1].to)).toBe("Two\n> three.");
    expect(us[1].text).toBe("Two   three.");
  });

  it("blanks quotes, code, links and reported speech in plain text only", () => {
    const { units: us } = units("You wrote `sloppy` and \u201clazy\u201d in [[Lazy notes]]. You said that the code was a mess; I disagreed. You told me the plan was bad.");
    expect(us[0].plain).not.toMatch(/sloppy|lazy|Lazy/);
    expect(us[0].text).toMatch(/sloppy/);
    expect(us[1].plain).toMatch(/^You said that +; I disagreed\.$/);
    // "told me" + a clause reports what was said.
    expect(us[2].plain).toMatch(/^You told +$/);
  });

  it("exempts only the content a reporting verb introduces, not a relative clause or an action (issue 11, cause 3)", () => {
    const plain = (s: string) => units(s).units.map((u) => u.plain.replace(/ +/g, " ").trim());
    expect(plain("The summary you wrote after Monday's outage was messy, as always.")).toEqual(["The summary you wrote after Monday's outage was messy, as always."]);
    expect(plain("The notes you wrote were sloppy.")).toEqual(["The notes you wrote were sloppy."]);
    expect(plain("The doc you posted that morning was sloppy.")).toEqual(["The doc you posted that morning was sloppy."]);
    expect(plain("Yesterday you posted the graphs without labels.")).toEqual(["Yesterday you posted the graphs without labels."]);
    expect(plain("You told the client it was finished.")).toEqual(["You told"]);
    expect(plain("You wrote: the tests are garbage.")).toEqual(["You wrote"]);
    expect(plain("In the standup you said the code was a mess, which was rude.")).toEqual(["In the standup you said , which was rude."]);
    expect(plain("You mentioned in the channel that the release was a disaster.")).toEqual(["You mentioned in the channel that"]);
    expect(plain("On Monday you wrote that sloppy summary.")).toEqual(["On Monday you wrote that sloppy summary."]);
    expect(plain("You said that Ana's design failed the review.")).toEqual(["You said that"]);
  });

  it("normalises curly apostrophes and drops inline comments", () => {
    const { units: us } = units("I don\u2019t know %% private note %% yet.");
    expect(us[0].text).toMatch(/^I don't know +yet\.$/);
  });

  it("keeps text aligned with the note for any body (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", ".", "?", "\n", "-", ">", '"', "`", "%", "*", "'", "\u2019", "A", "1", "\r") , maxLength: 80 }), (body) => {
        const { note, units: us } = units(body);
        let last = 0;
        for (const u of us) {
          expect(u.from).toBeGreaterThanOrEqual(last);
          expect(u.to).toBeGreaterThan(u.from);
          expect(u.text.length).toBe(u.to - u.from);
          expect(u.plain.length).toBe(u.text.length);
          for (let i = 0; i < u.text.length; i++) {
            if (u.text[i] !== " ") expect(note[u.from + i] === u.text[i] || (note[u.from + i] === "\u2019" && u.text[i] === "'") || note[u.from + i] === "\t").toBe(true);
          }
          last = u.to;
        }
      }),
    );
  });
});

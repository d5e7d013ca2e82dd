import { describe, expect, it } from "vitest";
import { resolvedItems } from "../../../src/core/followups/follow-ups";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { FOLLOW_UP_VAULT, followUpIndex } from "./follow-up-vault";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes" };
const TODAY = "2024-05-30";

function byText(today = TODAY, s = settings, notes = FOLLOW_UP_VAULT) {
  const items = resolvedItems(followUpIndex(notes), today, s);
  return (text: string) => {
    const hit = items.find((i) => i.text.includes(text));
    if (!hit) throw new Error(`no item "${text}"`);
    return hit;
  };
}

describe("carried", () => {
  const item = byText();
  it("counts later 1:1s with the item's person up to today, aliases included, future ones not", () => {
    // Alex 1:1s after 05-01: 05-15 and 05-29 (linked as [[AK]]); 06-12 has not happened yet.
    expect(item("Send Alex the promo packet").carried).toBe(2);
    expect(item("Pick a cross-team project").carried).toBe(2);
  });
  it("counts a closed item's 1:1s only until it was closed", () => {
    expect(item("Book the room").carried).toBe(1);
  });
  it("follows the item's person, not the note's: Sam's 1:1s, one of them found only by frontmatter", () => {
    expect(item("about the on-call rota").person).toBe("Sam O'Brien");
    expect(item("about the on-call rota").carried).toBe(2);
    expect(item("RFC").carried).toBe(2);
  });
  it("counts from a daily note's date for items outside 1:1 notes", () => {
    expect(item("Draft the review").carried).toBe(2);
  });
  it("is 0 without a note date or without a person", () => {
    expect(item("Share the plan").carried).toBe(0);
    expect(item("Call").carried).toBe(0);
  });
  it("grows as time passes: by 2024-06-12 Alex's prepared 1:1 counts", () => {
    expect(byText("2024-06-12")("Send Alex the promo packet").carried).toBe(3);
  });
  it("counts a 1:1 linked by an alias once the person note gives that alias", () => {
    const withoutAliases = { ...FOLLOW_UP_VAULT, "People/Alex Kim.md": "# Alex Kim\n" };
    // Without the alias "AK" the 05-29 note is somebody else's, and "@Alex" is no one known.
    expect(byText(TODAY, settings, withoutAliases)("Send Alex the promo packet").carried).toBe(1);
  });
});

describe("carried in a live index", () => {
  it("follows a person note gaining an alias without re-reading the 1:1 notes", () => {
    const index = followUpIndex({ ...FOLLOW_UP_VAULT, "People/Alex Kim.md": "# Alex Kim\n" });
    const promo = () => resolvedItems(index, TODAY, settings).find((i) => i.text.includes("promo packet"))!;
    expect(promo().carried).toBe(1);
    index.update("People/Alex Kim.md", FOLLOW_UP_VAULT["People/Alex Kim.md"]);
    expect(promo().carried).toBe(2);
    index.remove("1-1s/Alex Kim/2024-05-15.md");
    expect(promo().carried).toBe(1);
  });
});

describe("stale", () => {
  const item = byText();
  it("is stale when older than staleDays by its created date", () => {
    expect(item("Draft the review").stale).toBe(true);
    expect(item("Send Alex the promo packet").stale).toBe(false);
  });
  it("is stale when carried through staleCarried 1:1s", () => {
    const strict = byText(TODAY, { ...settings, staleCarried: 2 });
    expect(strict("Send Alex the promo packet").stale).toBe(true);
    expect(strict("Book the room").stale).toBe(false); // closed items are never stale
  });
  it("is stale by the note's date once staleDays passed", () => {
    expect(byText("2024-06-01")("Send Alex the promo packet").stale).toBe(true); // 31 days after 05-01
  });
});

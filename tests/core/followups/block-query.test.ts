import { describe, expect, it } from "vitest";
import { queryItems } from "../../../src/core/followups/follow-ups";
import { parseBlockQuery, selectBlockItems, type BlockQuery } from "../../../src/core/followups/block-query";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { followUpIndex } from "./follow-up-vault";

describe("parseBlockQuery", () => {
  const ok = (source: string) => {
    const r = parseBlockQuery(source);
    if (!r.ok) throw new Error(r.errors.join("; "));
    return r.query;
  };

  it("reads the block a new 1:1 note gets", () => {
    expect(ok("person: [[Alex Kim]]\nshow: open\n")).toEqual({ person: "Alex Kim", show: "open", owner: null, view: "items" });
  });

  it("defaults to the note's person and open items; skips blank lines and # comments", () => {
    expect(ok("")).toEqual({ person: null, show: "open", owner: null, view: "items" });
    expect(ok("\n# what Sam owes me\nowner: them\n\n")).toEqual({ person: null, show: "open", owner: { kind: "them" }, view: "items" });
  });

  it("reads every show and owner form", () => {
    for (const show of ["open", "overdue", "stale", "done", "Done"]) expect(ok(`show: ${show}`).show).toBe(show.toLowerCase());
    expect(ok("owner: me").owner).toEqual({ kind: "me" });
    expect(ok("owner: @me").owner).toEqual({ kind: "me" });
    expect(ok("owner: Them").owner).toEqual({ kind: "them" });
    expect(ok("owner: @Sam").owner).toEqual({ kind: "name", name: "Sam" });
    expect(ok('owner: "[[Sam O\'Brien|Sam]]"').owner).toEqual({ kind: "name", name: "Sam O'Brien" });
    expect(ok("person: \"[[Alex Kim|Alex]]\"\r\nshow: stale").person).toBe("Alex Kim");
  });

  it("reads view: person (the person overview) and refuses other views", () => {
    expect(ok("view: person\nperson: [[Sam O'Brien]]")).toEqual({ person: "Sam O'Brien", show: "open", owner: null, view: "person" });
    expect(ok("view: Items").view).toBe("items");
    expect(parseBlockQuery("view: timeline")).toEqual({ ok: false, errors: ["Unknown view “timeline” (line 1): use person or items."] });
  });

  it("names every problem with its line", () => {
    expect(parseBlockQuery("person: Alex\nsort: due\nshow: later\nshow: open\nowner:\njust words")).toEqual({
      ok: false,
      errors: [
        "Unknown key “sort” (line 2): use person, show, owner or view.",
        "Unknown show “later” (line 3): use open, overdue, stale or done.",
        "“show” is given twice (line 4).",
        "“owner” has no value (line 5).",
        "Cannot read “just words” (line 6): write key: value, with key person, show, owner or view.",
      ],
    });
  });
});

describe("selectBlockItems", () => {
  const settings = { ...DEFAULT_SETTINGS, myName: "Dana Reyes" };
  const TODAY = "2024-05-30";
  const index = followUpIndex();
  const about = (person: string, all = false) => queryItems(index, TODAY, settings, { person, show: all ? "all" : "open" }).items;
  const q = (over: Partial<BlockQuery>): BlockQuery => ({ person: "Alex Kim", show: "open", owner: null, view: "items", ...over });
  const texts = (items: { text: string }[]) => items.map((i) => i.text);

  it("lists open, overdue, stale or done items about the person, in order", () => {
    expect(texts(selectBlockItems(about("Alex Kim"), q({}), TODAY))).toEqual(["Pick a cross-team project", "Draft the review for [[Alex Kim]]", "Send Alex the promo packet", "Share the plan with [[Alex Kim]]"]);
    expect(texts(selectBlockItems(about("Alex Kim"), q({ show: "overdue" }), TODAY))).toEqual(["Pick a cross-team project"]);
    expect(texts(selectBlockItems(about("Alex Kim"), q({ show: "stale" }), TODAY))).toEqual(["Draft the review for [[Alex Kim]]"]);
    expect(texts(selectBlockItems(about("Alex Kim", true), q({ show: "done" }), TODAY))).toEqual(["Book the room"]);
  });

  it("filters by owner: me, them, or a name", () => {
    expect(texts(selectBlockItems(about("Alex Kim"), q({ owner: { kind: "me" } }), TODAY))).toEqual(["Send Alex the promo packet"]);
    expect(texts(selectBlockItems(about("Alex Kim"), q({ owner: { kind: "them" }, view: "items" }), TODAY))).toEqual(["Pick a cross-team project"]);
    expect(texts(selectBlockItems(about("Sam O'Brien"), q({ owner: { kind: "name", name: "Sam" } }), TODAY, "Sam O'Brien"))).toEqual(["Ask about the on-call rota"]);
  });
});

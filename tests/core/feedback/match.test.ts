// Word-list notation and matching helpers: brace expansion, space/hyphen equivalence, contractions, word before.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allMatches, alternation, list, phraseRegex, wordBefore } from "../../../src/core/feedback/match";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { PSEUDO_FEELINGS } from "../../../src/core/feedback/words/pseudo-feelings";
import { DIRECT_SPEECH_VERBS, REPORTING_VERBS } from "../../../src/core/feedback/words/reporting";
import * as actions from "../../../src/core/feedback/words/actions";
import * as anchors from "../../../src/core/feedback/words/anchors";
import * as feelings from "../../../src/core/feedback/words/feelings";
import * as generalizations from "../../../src/core/feedback/words/generalizations";
import * as hedges from "../../../src/core/feedback/words/hedges";
import * as intent from "../../../src/core/feedback/words/intent";
import * as judgements from "../../../src/core/feedback/words/judgements";
import * as profanity from "../../../src/core/feedback/words/profanity";
import * as pseudoFeelings from "../../../src/core/feedback/words/pseudo-feelings";
import * as reporting from "../../../src/core/feedback/words/reporting";
import * as requests from "../../../src/core/feedback/words/requests";

/** Every module of words/, by file name (the brace test checks none is left out). */
const WORD_MODULES = { actions, anchors, feelings, generalizations, hedges, intent, judgements, profanity, "pseudo-feelings": pseudoFeelings, reporting, requests };

const matches = (phrases: string[], text: string) => allMatches(phraseRegex(phrases), text).map((m) => m.text);

describe("list notation", () => {
  it("splits on | and expands each {a,b} group, groups multiplying", () => {
    expect(list("stop|worr{ied,y,ies}|{was,were} {late,absent}")).toEqual([
      "stop",
      "worried",
      "worry",
      "worries",
      "was late",
      "was absent",
      "were late",
      "were absent",
    ]);
  });

  it("keeps an empty alternative, spaces and other marks", () => {
    expect(list("in {,the }future|rumo{,u}r{,s}|fuck*|i'm sorry, but")).toEqual([
      "in future",
      "in the future",
      "rumor",
      "rumors",
      "rumour",
      "rumours",
      "fuck*",
      "i'm sorry, but",
    ]);
  });

  it("leaves no brace in any word list: groups do not nest, so a nested one would silently never match", () => {
    const files = readdirSync(join(__dirname, "../../../src/core/feedback/words")).map((f) => f.replace(/\.ts$/, ""));
    expect(Object.keys(WORD_MODULES).sort()).toEqual(files.sort());
    const values = Object.values(WORD_MODULES).flatMap((m) => Object.values(m as Record<string, unknown>));
    const words: unknown[] = values.flatMap((v): unknown[] => (Array.isArray(v) ? (v as unknown[]) : v && typeof v === "object" ? [...Object.keys(v), ...Object.values(v as Record<string, unknown[]>).flat()] : []));
    expect(words.length).toBeGreaterThan(500);
    expect(words.filter((w) => typeof w !== "string" || /[{}]/.test(w))).toEqual([]);
  });

  it("expands a group over a whole entry, so grouped pseudo-feelings share their real feelings", () => {
    expect(PSEUDO_FEELINGS["criticised"]).toEqual(PSEUDO_FEELINGS["criticized"]);
    expect(PSEUDO_FEELINGS["criticized"]?.length).toBe(3);
    expect(PSEUDO_FEELINGS["left out"]).toEqual(["lonely", "sad", "hurt"]);
    expect(PSEUDO_FEELINGS["ignored"]).toEqual(["lonely", "hurt", "frustrated"]);
  });

  it("marks direct-speech reporting verbs with * only", () => {
    expect(REPORTING_VERBS).toContain("said");
    expect(REPORTING_VERBS.some((v) => v.includes("*"))).toBe(false);
    expect(DIRECT_SPEECH_VERBS).toContain("called it");
    expect(DIRECT_SPEECH_VERBS).not.toContain("asked");
  });

  it("is the identity on any list without braces", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z' -]{1,12}$/), { minLength: 1, maxLength: 6 }), (words) => {
        expect(list(words.join("|"))).toEqual(words);
      }),
    );
  });
});

describe("phrase matching", () => {
  it("lets a space in a phrase match spaces or a hyphen", () => {
    expect(matches(["follow up"], "A follow-up, a follow  up and a followup.")).toEqual(["follow-up", "follow  up"]);
  });

  it("matches the long form of a contraction", () => {
    expect(matches(["you don't care"], "You do not care. You don't care.")).toEqual(["You do not care", "You don't care"]);
    expect(matches(["you can't be bothered"], "you cannot be bothered, you can not be bothered")).toHaveLength(2);
    expect(matches(["i'm sorry but", "it's mandatory"], "I am sorry but it is mandatory")).toEqual(["I am sorry but", "it is mandatory"]);
  });

  it("prefers the longest phrase and escapes regex characters", () => {
    expect(matches(["review", "code review"], "In the code review.")).toEqual(["code review"]);
    expect(new RegExp(alternation(["1:1", "a.b"])).test("axb")).toBe(false);
  });
});

describe("wordBefore", () => {
  /** The former loop implementation, as the reference. */
  function reference(s: string, index: number): string {
    let i = index - 1;
    while (i >= 0 && (s[i] === " " || s[i] === "\t" || s[i] === ",")) i--;
    const end = i + 1;
    while (i >= 0 && /[A-Za-z']/.test(s[i])) i--;
    return s.slice(i + 1, end).toLowerCase();
  }

  it("returns the lowercase word before an index, skipping spaces and commas", () => {
    expect(wordBefore("We, never", 4)).toBe("we");
    expect(wordBefore("stop", 0)).toBe("");
    expect(wordBefore("x. stop", 3)).toBe("");
  });

  it("agrees with the loop implementation", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z' \t,.-]{0,20}$/), fc.nat(), (s, n) => {
        const index = n % (s.length + 1);
        expect(wordBefore(s, index)).toBe(reference(s, index));
      }),
    );
  });
});

// Counting an item's words in scripts written with and without spaces.
import { describe, expect, it } from "vitest";
import { countWords, platformSegmenter } from "../../../src/core/action-check/word-count";

describe("countWords", () => {
  it("counts words between spaces, apostrophes and hyphens inside a word", () => {
    expect(countWords("Send Sam the on-call rota, it's due")).toBe(7);
    expect(countWords("")).toBe(0);
  });
  it("counts Chinese and Japanese words with the platform's segmenter", () => {
    expect(platformSegmenter()).not.toBeNull();
    expect(countWords("报告")).toBe(1);
    expect(countWords("写报告")).toBe(2);
    expect(countWords("下周五前把季度报告发给团队")).toBeGreaterThan(4);
  });
  it("without a segmenter, counts each character of those scripts as a word (a whole sentence is never too short)", () => {
    expect(countWords("报告", null)).toBe(2);
    expect(countWords("Review 季度报告 today", null)).toBe(6);
  });
});

// How many words an item has: spaces separate words in most scripts, not in Chinese, Japanese, Thai, Lao, Khmer or Burmese.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const NO_SPACES_ALL = new RegExp(NO_SPACES.source, "gu");

/** What counting needs from `Intl.Segmenter` (not in the ES2021 typings the project builds with). */
export interface WordSegmenter {
  segment(text: string): Iterable<{ isWordLike?: boolean }>;
}

let platform: WordSegmenter | null | undefined;

/** The platform's word segmenter (ICU, with dictionaries for scripts written without spaces), or null where there is none. */
export function platformSegmenter(): WordSegmenter | null {
  if (platform === undefined) {
    const Segmenter = (Intl as unknown as { Segmenter?: new (locale: undefined, options: { granularity: "word" }) => WordSegmenter }).Segmenter;
    platform = Segmenter ? new Segmenter(undefined, { granularity: "word" }) : null;
  }
  return platform;
}

/** Words in `text`; in a script written without spaces by the segmenter, or without one, one per character. */
export function countWords(text: string, segmenter: WordSegmenter | null = platformSegmenter()): number {
  if (!NO_SPACES.test(text)) return (text.match(WORD) ?? []).length;
  if (segmenter === null) return (text.replace(NO_SPACES_ALL, " x ").match(WORD) ?? []).length;
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

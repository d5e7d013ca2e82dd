// Word-list matching helpers: phrase lists compiled once into case-insensitive regexes.

/** Word lists are one "|"-separated string each (compact in main.js), split once at load. */
export function list(words: string): string[] {
  return words.split("|");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A contraction in a list also matches its long form, so lists hold one of the two: "don't" matches "do not". */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcan't/g, "can(?:'t|not| not)"],
  [/n't\b/g, "(?:n't| not)"],
  [/'ll\b/g, "(?:'ll| will)"],
  [/'re\b/g, "(?:'re| are)"],
  [/'ve\b/g, "(?:'ve| have)"],
  [/'d\b/g, "(?:'d| would| had)"],
  [/\bi'm\b/g, "i(?:'m| am)"],
  [/\b(it|that|there|what|he|she)'s\b/g, "$1(?:'s| is)"],
];

/** Source of an alternation matching any phrase as whole words ("every time" also matches "every  time"). */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => CONTRACTIONS.reduce((src, [re, long]) => src.replace(re, long), escape(p)).replace(/ /g, "\\s+"))
    .join("|");
}

/** Whole-word regex for a phrase list; the optional prefix/suffix are regex source. */
export function phraseRegex(phrases: readonly string[], prefix = "", suffix = ""): RegExp {
  return new RegExp(`\\b${prefix}(?:${alternation(phrases)})${suffix}(?![A-Za-z0-9])`, "gi");
}

export interface Match {
  index: number;
  text: string;
  groups: string[];
}

/** Every match of a global regex in s. */
export function allMatches(re: RegExp, s: string): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ index: m.index, text: m[0], groups: m.slice(1).map((g) => g ?? "") });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** True when re (global) matches s anywhere. */
export function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** The word just before index in s (lowercase), or "" at the start. */
export function wordBefore(s: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && (s[i] === " " || s[i] === "\t" || s[i] === ",")) i--;
  const end = i + 1;
  while (i >= 0 && /[A-Za-z']/.test(s[i])) i--;
  return s.slice(i + 1, end).toLowerCase();
}

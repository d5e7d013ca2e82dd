// Word-list matching helpers: phrase lists compiled once into case-insensitive regexes.

/** A list is one "|"-separated string; "a{b,c}d" expands to "abd|acd" (groups multiply), and a space also matches a hyphen. */
export function list(words: string): string[] {
  return words.split("|").flatMap(expand);
}

function expand(w: string): string[] {
  const [before, alternatives, after] = w.split(/\{(.*?)\}(.*)/);
  return alternatives ? alternatives.split(",").flatMap((a) => expand(before + a + after)) : [w];
}

/** A contraction in a list also matches its long form, so lists hold one of the two: "don't" matches "do not". */
const LONG: Record<string, string> = { "can't": "cannot|can not", "n't": " not", ll: " will", re: " are", ve: " have", d: " would| had", m: " am", s: " is" };

/** Source of an alternation matching any phrase as whole words ("every time" also matches "every  time" and "every-time"). */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\bcan't|n't\b|'(ll|re|ve|d|m|s)\b/g, (c, k?: string) => `(?:${c}|${LONG[k ?? c]})`)
        .replace(/ /g, "[\\s-]+"),
    )
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

/** Every match of a global regex in s; exec, not matchAll, which clones the (large) regex on every call and doubled lint time. */
export function allMatches(re: RegExp, s: string): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m; (m = re.exec(s)); re.lastIndex += m[0] ? 0 : 1) out.push({ index: m.index, text: m[0], groups: m.slice(1).map((g) => g ?? "") });
  return out;
}

/** True when re (global) matches s anywhere. */
export function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** The word just before index in s (lowercase), skipping spaces and commas, or "" at the start. */
export function wordBefore(s: string, index: number): string {
  return (/([A-Za-z']*)[ \t,]*$/.exec(s.slice(0, index)) ?? ["", ""])[1].toLowerCase();
}

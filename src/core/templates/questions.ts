// Starter questions: read from the bank note and rotated per person, derived only from their past 1:1 notes' text.
import { scanNote } from "../markdown/scan-note";
import { nameKey } from "../people/directory";

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[.\]\s+)?(.*)$/;

/** The questions of a bank note: its list items (outside code, comments and frontmatter), each once. */
export function parseQuestionBank(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of scanNote(text).lines) {
    if (line.context !== "text") continue;
    const m = LIST_ITEM.exec(line.text.slice(line.contentStart));
    if (!m) continue;
    const q = m[1].trim();
    const k = questionKey(q);
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    out.push(q);
  }
  return out;
}

/** Compares questions ignoring case, spacing and Markdown emphasis. */
export function questionKey(s: string): string {
  return nameKey(s.replace(/[*_`]/g, ""));
}

/** Bank questions found in a note, each once, in order: a line (list marker, heading, quote or comment mark stripped) that starts with one; code is skipped. */
export function questionsIn(noteText: string, bank: readonly string[]): string[] {
  const keys = bank.map(questionKey);
  const found: string[] = [];
  for (const line of scanNote(noteText).lines) {
    if (line.context === "code" || line.context === "frontmatter") continue;
    const body = line.text.slice(line.contentStart).replace(/^\s*(?:%%|<!--)/, "");
    const content = questionKey(body.replace(/^\s*(?:#{1,6}\s+|(?:[-*+]|\d{1,9}[.)])\s+(?:\[.\]\s+)?)/, ""));
    if (content === "") continue;
    let best = -1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== "" && content.startsWith(keys[i]) && (best === -1 || keys[i].length > keys[best].length)) best = i;
    }
    if (best !== -1 && !found.includes(bank[best])) found.push(bank[best]);
  }
  return found;
}

/**
 * Questions already asked in the current round with this person. Notes are replayed oldest first;
 * once every question has been asked the round starts again.
 */
export function askedThisRound(bank: readonly string[], pastNotes: readonly { date: string; path: string; text: string }[]): Set<string> {
  const size = new Set(bank.map(questionKey)).size;
  const used = new Set<string>();
  const ordered = [...pastNotes].sort((a, b) => (a.date === b.date ? a.path.localeCompare(b.path) : a.date < b.date ? -1 : 1));
  for (const note of ordered) {
    for (const q of questionsIn(note.text, bank)) {
      if (used.size >= size) used.clear();
      used.add(questionKey(q));
    }
  }
  if (used.size >= size) used.clear();
  return used;
}

/** Picks n questions none asked this round; when the round runs out mid-pick, the next round starts (never twice in one note). */
export function pickQuestions(bank: readonly string[], pastNotes: readonly { date: string; path: string; text: string }[], person: string, n: number): string[] {
  const unique = dedupe(bank);
  if (unique.length === 0 || n <= 0) return [];
  const used = askedThisRound(unique, pastNotes);
  const start = hash(nameKey(person)) % unique.length;
  const order = unique.map((_, i) => unique[(start + i) % unique.length]);
  const picked: string[] = [];
  const take = Math.min(n, unique.length);
  for (const q of order) if (picked.length < take && !used.has(questionKey(q))) picked.push(q);
  // The round ran out: the rest come from a fresh round, skipping what this note already has.
  for (const q of order) if (picked.length < take && !picked.includes(q)) picked.push(q);
  return picked;
}

function dedupe(bank: readonly string[]): string[] {
  const seen = new Set<string>();
  return bank.filter((q) => {
    const k = questionKey(q);
    if (k === "" || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A small stable string hash so different people start at different questions. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

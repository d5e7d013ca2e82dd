// Where the cursor goes in a new 1:1 note: the end of the agenda, ready for the next item.
import { sectionEnd } from "../markdown/headings";
import { scanNote } from "../markdown/scan-note";

/** The position after the agenda's last item, or the empty line under its heading; null when there is no agenda heading. */
export function agendaCursor(text: string): { line: number; ch: number } | null {
  const lines = scanNote(text).lines;
  const h = lines.findIndex((l) => l.context === "text" && l.quoteDepth === 0 && l.heading !== null && l.heading.text.toLowerCase().startsWith("agenda"));
  if (h === -1) return null;
  const end = sectionEnd(lines, h);
  let last = -1;
  for (let i = h + 1; i < end; i++) if (lines[i].context === "text" && lines[i].text.trim() !== "") last = i;
  if (last !== -1) return { line: last, ch: lines[last].text.length };
  // No item yet: the first blank line after the heading and its comments.
  for (let i = h + 1; i < end; i++) if (lines[i].text.trim() === "") return { line: i, ch: 0 };
  return { line: h, ch: lines[h].text.length };
}

// Adding a block of lines (a new section) to a note so that it stays Markdown: at the end, else at the top.
import { dominantEol, joinText, splitText } from "../markdown/lines";
import { scanNote } from "../markdown/scanner";

/**
 * Appends lines at the end of the note, after a blank line, keeping its line endings and final-newline state.
 * When the note ends inside an unclosed code block or comment (the block would not be Markdown there),
 * the block goes at the top instead, after the frontmatter.
 */
export function appendBlock(text: string, block: readonly string[]): string {
  const split = splitText(text);
  const eol = dominantEol(split);
  const n = split.lines.length;
  const joined = block.join(eol);
  let out: string;
  if (n === 1 && split.lines[0].trim() === "") out = `${text}${joined}${eol}`;
  else if (split.lines[n - 1] !== "") out = `${text}${eol}${eol}${joined}`; // no final newline: keep it that way
  else out = `${text}${n >= 2 && split.lines[n - 2].trim() === "" ? "" : eol}${joined}${eol}`;
  const firstLine = splitText(out).lines.length - (out.endsWith(eol) && out !== text ? 1 : 0) - block.length;
  if (scanNote(out).lines[firstLine]?.context === "text") return out;
  const note = scanNote(text);
  const at = note.frontmatterEnd + 1;
  split.lines.splice(at, 0, ...block, "");
  split.eols.splice(at, 0, ...block.map(() => eol), eol);
  if (at === n) {
    // Only frontmatter without a final newline: the inserted lines follow it.
    split.eols[at - 1] = eol;
    split.eols[split.eols.length - 1] = "";
  }
  return joinText(split);
}

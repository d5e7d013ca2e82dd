// Adding a block of lines (a new section) at the end of a note so that it stays Markdown.
import { dominantEol, splitText } from "./lines";
import { scanNote } from "./scan-note";

/** The text with lines appended after a blank line, keeping line endings and the final-newline state. */
function appendLines(text: string, lines: readonly string[]): string {
  const split = splitText(text);
  const eol = dominantEol(split);
  const n = split.lines.length;
  const joined = lines.join(eol);
  if (n === 1 && split.lines[0].trim() === "") return `${text}${joined}${eol}`;
  if (split.lines[n - 1] !== "") return `${text}${eol}${eol}${joined}`; // no final newline: keep it that way
  return `${text}${n >= 2 && split.lines[n - 2].trim() === "" ? "" : eol}${joined}${eol}`;
}

/** Whether the line holding `first` (searched from the end) reads as Markdown text, not code or comment. */
function landsAsText(out: string, first: string, fromEnd: number): boolean {
  const lines = scanNote(out).lines;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - fromEnd - 2); i--) {
    if (lines[i].text === first) return lines[i].context === "text";
  }
  return false;
}

/** Lines that would close what the note leaves open at its end: its fence, a `%%` or an HTML comment. */
function closers(text: string): string[] {
  const lines = scanNote(text).lines;
  let i = lines.length - 1;
  while (i > 0 && lines[i - 1].context === lines[i].context && lines[i].context !== "text") i--;
  const opener = lines[i]?.text.slice(lines[i].contentStart).trim() ?? "";
  const fence = /^(`{3,}|~{3,})/.exec(opener)?.[1];
  return [...(fence ? [fence] : []), "%%", "-->"];
}

/**
 * Appends a block (a heading and its lines) at the end of the note. When the note ends inside an
 * unclosed code block or comment, that block is closed first (it renders the same) so the new
 * section is Markdown and can be found again.
 */
export function appendBlock(text: string, block: readonly string[]): string {
  const out = appendLines(text, block);
  if (landsAsText(out, block[0], block.length)) return out;
  for (const closer of closers(text)) {
    const closed = appendLines(text, [closer, "", ...block]);
    if (landsAsText(closed, block[0], block.length)) return closed;
  }
  return out;
}


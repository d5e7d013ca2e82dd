// Splitting text into lines while remembering every byte needed to put it back together.

export interface SplitText {
  /** True when the text starts with U+FEFF; the BOM is not part of line 0. */
  bom: boolean;
  /** Lines without their endings. */
  lines: string[];
  /** The ending after each line: "\n", "\r\n", "\r" or "" (last line without a final newline). */
  eols: string[];
}

/** Splits on LF, CRLF and lone CR; join(split(t)) === t for every string t. */
export function splitText(text: string): SplitText {
  const bom = text.charCodeAt(0) === 0xfeff;
  const lines: string[] = [];
  const eols: string[] = [];
  let i = bom ? 1 : 0;
  let start = i;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines.push(text.slice(start, i));
      eols.push("\n");
      start = ++i;
    } else if (c === 13) {
      lines.push(text.slice(start, i));
      if (text.charCodeAt(i + 1) === 10) {
        eols.push("\r\n");
        i += 2;
      } else {
        eols.push("\r");
        i += 1;
      }
      start = i;
    } else i++;
  }
  lines.push(text.slice(start));
  eols.push("");
  return { bom, lines, eols };
}

export function joinText(split: SplitText): string {
  let out = split.bom ? "\uFEFF" : "";
  for (let i = 0; i < split.lines.length; i++) out += split.lines[i] + split.eols[i];
  return out;
}

/** The line ending a file mostly uses, for lines the plugin adds. */
export function dominantEol(split: SplitText): string {
  let crlf = 0;
  let lf = 0;
  for (const e of split.eols) {
    if (e === "\r\n") crlf++;
    else if (e === "\n") lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

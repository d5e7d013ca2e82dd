// YAML quoted scalars: 'single' (a quote doubled) and "double" (backslash escapes), over several lines too.
import { afterBreak, fail, folded, trimmedSlice, type Cursor } from "./yaml-cursor";

/** The quoted scalar at the cursor (on its opening quote); leaves the cursor after the closing quote. */
export function readQuoted(c: Cursor): string {
  const s = c.s;
  const from = c.i + 1;
  const double = s.charCodeAt(c.i) === 34;
  // Most quoted values are one line with nothing to unescape: a link, a date, a name.
  for (let i = from; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 10 || (double && ch === 92)) break;
    if (ch === (double ? 34 : 39)) {
      if (!double && s.charCodeAt(i + 1) === 39) break;
      c.i = i + 1;
      return s.slice(from, i);
    }
  }
  return double ? readDouble(c) : readSingle(c);
}

function readSingle(c: Cursor): string {
  const s = c.s;
  const open = c.i;
  let out = "";
  let seg = open + 1;
  for (let i = seg; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 39) {
      out += s.slice(seg, i);
      if (s.charCodeAt(i + 1) !== 39) {
        c.i = i + 1;
        return out;
      }
      out += "'";
      seg = ++i + 1;
    } else if (ch === 10) {
      const next = afterBreak(s, i);
      out += trimmedSlice(s, seg, i) + folded(next.empties);
      seg = next.at;
      i = seg - 1;
    }
  }
  return fail(c, "unclosed quote", open);
}

const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b", " ": " ", '"': '"', "/": "/",
  "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

function readDouble(c: Cursor): string {
  const s = c.s;
  const open = c.i;
  let out = "";
  let seg = open + 1;
  for (let i = seg; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 34) {
      c.i = i + 1;
      return out + s.slice(seg, i);
    }
    if (ch === 92) {
      out += s.slice(seg, i);
      const e = s.charAt(i + 1);
      if (e === "\n") {
        // An escaped line break joins the lines with nothing between them.
        const next = afterBreak(s, i + 1);
        if (next.empties > 0) fail(c, "an escaped line break before an empty line is not read", i);
        seg = next.at;
        i = seg - 1;
        continue;
      }
      const digits = HEX_DIGITS[e];
      if (digits !== undefined) {
        const hex = s.slice(i + 2, i + 2 + digits);
        const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
        if (code < 0 || code > 0x10ffff) fail(c, `invalid escape \\${e}${hex} in double quotes`, i);
        out += String.fromCodePoint(code);
        i += 1 + digits;
      } else if (ESCAPES[e] !== undefined && Object.prototype.hasOwnProperty.call(ESCAPES, e)) {
        out += ESCAPES[e];
        i++;
      } else fail(c, `invalid escape \\${e} in double quotes (write \\\\ for a backslash, or use single quotes)`, i);
      seg = i + 1;
    } else if (ch === 10) {
      const next = afterBreak(s, i);
      out += trimmedSlice(s, seg, i) + folded(next.empties);
      seg = next.at;
      i = seg - 1;
    }
  }
  return fail(c, "unclosed quote", open);
}

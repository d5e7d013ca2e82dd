// The fields of one task line, read anywhere in the body (as Dataview does), the leftmost of a kind winning.
import type { Priority } from "./types";
import {
  emojiCode, emptyFields, getField, KEYS, KINDS, label, OWNER, ownerValue, PRIORITIES, PRIORITY, RECURRENCE, setField,
  type FieldLayout, type FieldSpan, type LineFields,
} from "./field-kinds";
import { hasOddSpace, isWhitespace, widthAt } from "./chars";
import { dateAt, dayText, NOT_DATE } from "./dates";
import { HiddenSpans } from "./hidden-spans";
import { blockIdAt, FieldStops, inlineFieldAt, linkTarget, tagEnd, wikilinkEnd } from "./inline";
import { appended, intern } from "./intern";
import { itemText } from "./item-text";
import { isMentionBoundary, mentionEnd } from "./mentions";

export type { DateKind, FieldKind, FieldLayout, FieldSpan, LineFields } from "./field-kinds";
export { emptyFields } from "./field-kinds";

/** ASCII character classes for the main loop: what may start something (# @ [ ( ` <), and whitespace other than a space. */
const START = 1;
const SPACE_LIKE = 2;
const CLASS = new Uint8Array(128);
for (const c of "#@[(`<") CLASS[c.charCodeAt(0)] = START;
for (let c = 9; c <= 13; c++) CLASS[c] = SPACE_LIKE;

/**
 * Reads the body of a task line, text[from, end) (from = just after `]`), into `out`; never throws.
 * `text` may be the whole note: reading in place is faster than reading a slice.
 */
export function readFields(text: string, from: number, end: number = text.length, out: LineFields = emptyFields()): LineFields {
  reader.read(text, from, end, out, null);
  return out;
}

/** The positions of the fields of a task line, for edits that must keep every other byte. */
export function fieldLayout(line: string, from: number): FieldLayout {
  const fields: FieldSpan[] = [];
  reader.read(line, from, line.length, emptyFields(), fields);
  let at = reader.limit;
  while (at > from && isWhitespace(line.charCodeAt(at - 1))) at--;
  return { fields, appendAt: at, owner: reader.ownerStart === -1 ? null : { start: reader.ownerStart, end: reader.ownerEnd } };
}

/** One reader reused for every line (parsing is synchronous), so its scratch arrays are allocated once. */
class FieldReader {
  limit = 0;
  /** Where the owner that counts sits, or -1. */
  ownerStart = -1;
  ownerEnd = -1;
  private line = "";
  private from = 0;
  private out: LineFields = emptyFields();
  private layout: FieldSpan[] | null = null;
  private seen = 0;
  /** Removed [start, end) pairs in order, and how many numbers are used. */
  private readonly spans: number[] = [];
  private spanCount = 0;
  /** Links and @mentions in order: start, end, and whether it is an @mention. */
  private readonly names: string[] = [];
  private readonly nameStart: number[] = [];
  private readonly nameEnd: number[] = [];
  private readonly nameAt: boolean[] = [];
  private nameCount = 0;
  private dirty = false;
  /** Per line, read on first need: code spans and comments, where inline fields stop looking for their close. */
  private readonly hidden = new HiddenSpans();
  private readonly fieldStops = new FieldStops();

  read(line: string, from: number, end: number, out: LineFields, layout: FieldSpan[] | null): void {
    this.line = line;
    this.from = from;
    this.out = out;
    this.layout = layout;
    this.seen = 0;
    this.spanCount = 0;
    this.nameCount = 0;
    this.ownerStart = this.ownerEnd = -1;
    this.limit = end;
    this.fieldStops.reset();
    this.readBlockId();
    this.hidden.reset(line, this.limit);
    // The text needs collapsing only if it holds a double space or other whitespace; the loop looks out for it.
    this.dirty = false;
    const limit = this.limit;
    let odd = false;
    let prev = 0;
    let i = from;
    while (i < limit) {
      const c = line.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        prev = c;
        i++;
        continue;
      }
      if (c < 128) {
        const k = CLASS[c];
        if (k !== START) {
          if (k === SPACE_LIKE || (c === 32 && prev === 32)) odd = true;
          prev = c;
          i++;
          continue;
        }
      } else if (c < 0x2300) {
        if (isWhitespace(c)) odd = true;
        prev = c;
        i++;
        continue;
      }
      i = this.step(i, c);
      prev = 0;
    }
    if (odd) this.dirty = true;
    this.finish();
  }

  /** Reads whatever starts at `i` (char code c) and returns where to continue. */
  private step(i: number, c: number): number {
    const line = this.line;
    if (c === 35) return i === this.from || isWhitespace(line.charCodeAt(i - 1)) ? this.readTag(i) : i + 1; // #
    if (c === 64) return isMentionBoundary(line, i, this.from) ? this.readMention(i) : i + 1; // @
    if (c === 91 && line.charCodeAt(i + 1) === 91) return this.readLink(i); // [[
    if (c === 91 || c === 40) return this.readInlineField(i);
    if (c === 96 || c === 60) {
      // Code spans and HTML comments hide fields, tags and mentions; they stay in the text.
      const end = c === 96 ? this.hidden.codeSpanEnd(i) : this.hidden.commentEnd(i);
      if (end < 0) return -end;
      this.dirty = true;
      return end;
    }
    const code = emojiCode(c >= 0xd800 && c <= 0xdbff ? (line.codePointAt(i) ?? c) : c);
    return code === -1 ? i + widthAt(line, i) : this.readEmoji(i, code);
  }

  private readBlockId(): void {
    const caret = blockIdAt(this.line, this.from, this.limit);
    if (caret === -1) return;
    let end = this.limit;
    while (isWhitespace(this.line.charCodeAt(end - 1))) end--;
    this.out.blockId = this.line.slice(caret + 1, end);
    this.limit = caret - 1;
  }

  private readTag(i: number): number {
    const end = tagEnd(this.line, i, this.limit);
    if (end > 0) this.out.tags = appended(this.out.tags, intern(this.line.slice(i + 1, end)));
    return Math.abs(end);
  }

  private readMention(i: number): number {
    const line = this.line;
    if (line.charCodeAt(i + 1) === 91 && line.charCodeAt(i + 2) === 91) {
      const end = wikilinkEnd(line, i + 1, this.limit);
      if (end === -1) return i + 1;
      this.addName(i, end, linkTarget(line.slice(i + 3, end - 2)), true);
      return end;
    }
    const end = mentionEnd(line, i, this.limit);
    if (end === -1) return i + 1;
    this.addName(i, end, line.slice(i + 1, end), true);
    return end;
  }

  private readLink(i: number): number {
    const end = wikilinkEnd(this.line, i, this.limit);
    if (end === -1) return i + 2;
    if (i > this.from && this.line.charCodeAt(i - 1) === 33) return end; // ![[embed]]
    this.addName(i, end, linkTarget(this.line.slice(i + 2, end - 2)), false);
    return end;
  }

  private addName(start: number, end: number, name: string, at: boolean): void {
    if ((!at || this.line.charCodeAt(start + 1) === 91) && !this.dirty) this.dirty = hasOddSpace(this.line, start, end);
    if (name === "") return;
    const k = this.nameCount++;
    this.names[k] = name;
    this.nameStart[k] = start;
    this.nameEnd[k] = end;
    this.nameAt[k] = at;
  }

  private readInlineField(i: number): number {
    const f = inlineFieldAt(this.line, i, this.limit, this.fieldStops);
    const kind = f ? KEYS.get(f.key) : undefined;
    if (!f || kind === undefined) return i + 1;
    this.place(kind, i, f.end, f.valueStart, f.valueEnd, true);
    const v = f.value;
    if (kind < PRIORITY) {
      const d = v.length === 10 || v[10] === "T" || v[10] === " " ? dateAt(v, 0) : NOT_DATE;
      const shaped = d !== NOT_DATE;
      const date = d >= 0 ? dayText(d, v, 0) : null;
      if (!shaped) this.problem(kind, i, f.end, "Not a date (YYYY-MM-DD)");
      else if (!date) this.problem(kind, i, f.end, "Impossible date");
      this.take(kind, date, i, f.end);
    } else if (kind === PRIORITY) {
      const p = PRIORITIES.indexOf(v.toLowerCase() as Priority);
      if (p === -1) this.problem(kind, i, f.end, "Unknown priority (use highest, high, medium, low or lowest)");
      this.take(kind, p === -1 ? null : PRIORITIES[p], i, f.end);
    } else this.take(kind, kind === OWNER ? intern(this.line.slice(i, f.end)) : v ? intern(v) : null, i, f.end);
    return f.end;
  }

  private readEmoji(i: number, code: number): number {
    const line = this.line;
    let j = i + widthAt(line, i);
    if (line.charCodeAt(j) === 0xfe0f) j++;
    if (code >= 10) {
      this.place(PRIORITY, i, j, i, j, false);
      this.take(PRIORITY, PRIORITIES[code - 10], i, j);
      return j;
    }
    let k = j;
    while (k < this.limit && isWhitespace(line.charCodeAt(k))) k++;
    if (code === RECURRENCE) {
      let end = k;
      for (let r = k; r < this.limit; r++) {
        const c = line.charCodeAt(r);
        if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 44 || c === 33) end = r + 1;
        else if (!isWhitespace(c)) break;
      }
      if (end === k) {
        this.out.problems = appended(this.out.problems, `${line.slice(i, j)} has no recurrence rule after it`);
        return j;
      }
      this.place(RECURRENCE, i, end, k, end, false);
      this.take(RECURRENCE, intern(line.slice(k, end)), i, end);
      return end;
    }
    const after = line.charCodeAt(k + 10);
    const d = k + 10 > this.limit || (after >= 48 && after <= 57) ? NOT_DATE : dateAt(line, k);
    if (d === NOT_DATE) {
      this.out.problems = appended(this.out.problems, `${line.slice(i, j)} is not followed by a date (YYYY-MM-DD)`);
      return j;
    }
    this.place(code, i, k + 10, k, k + 10, false);
    if (d < 0) this.problem(code, i, k + 10, "Impossible date");
    this.take(code, d >= 0 ? dayText(d, line, k) : null, i, k + 10);
    return k + 10;
  }

  private place(kind: number, start: number, end: number, valueStart: number, valueEnd: number, dataview: boolean): void {
    this.spans[this.spanCount++] = start;
    this.spans[this.spanCount++] = end;
    this.layout?.push({ kind: KINDS[kind], start, end, valueStart, valueEnd, dataview });
  }

  /** Records a field; only the leftmost of a kind sets the value, a different later one is reported. */
  private take(kind: number, value: string | null, start: number, end: number): void {
    const out = this.out;
    const bit = 1 << kind;
    if ((this.seen & bit) === 0) {
      this.seen |= bit;
      setField(out, kind, value);
      if (kind === OWNER) {
        this.ownerStart = start;
        this.ownerEnd = end;
      }
      return;
    }
    const first = kind === OWNER ? ownerValue(out.ownerRaw) : getField(out, kind);
    const same = value !== null && (kind === OWNER ? ownerValue(value) : value) === first;
    if (!same) out.problems = appended(out.problems, `Another ${label(kind)} is ignored (the leftmost wins): ${this.line.slice(start, end)}`);
  }

  /** Reports a bad value, but only for the field that counts (the leftmost of its kind). */
  private problem(kind: number, start: number, end: number, message: string): void {
    if ((this.seen & (1 << kind)) === 0) this.out.problems = appended(this.out.problems, `${message}: ${this.line.slice(start, end)}`);
  }

  private finish(): void {
    const out = this.out;
    let owner = -1;
    if ((this.seen & (1 << OWNER)) === 0) {
      for (let k = 0; k < this.nameCount && owner === -1; k++) if (this.nameAt[k]) owner = k;
      if (owner !== -1) {
        this.ownerStart = this.nameStart[owner];
        this.ownerEnd = this.nameEnd[owner];
        out.ownerRaw = intern(this.line.slice(this.ownerStart, this.ownerEnd));
      }
    }
    for (let k = 0; k < this.nameCount; k++) {
      if (k !== owner && !out.mentions.includes(this.names[k])) out.mentions = appended(out.mentions, intern(this.names[k]));
    }
    const ownerStart = owner === -1 ? -1 : this.nameStart[owner];
    out.text = itemText(this.line, this.from, this.limit, this.spans, this.spanCount, ownerStart, owner === -1 ? -1 : this.nameEnd[owner], this.dirty);
  }
}

// Module state, but scratch only: reset by every call (reading is synchronous), so no result depends on an earlier one.
const reader = new FieldReader();

// An Editor over a string with Obsidian's (CodeMirror) semantics: 0-based lines, one offset per line break.

export interface EditorPosition {
  line: number;
  ch: number;
}
export interface EditorRange {
  from: EditorPosition;
  to: EditorPosition;
}
export interface EditorSelection {
  anchor: EditorPosition;
  head: EditorPosition;
}
export interface EditorSelectionOrCaret {
  anchor: EditorPosition;
  head?: EditorPosition;
}
export interface EditorChange {
  from: EditorPosition;
  to?: EditorPosition;
  text: string;
}
export interface EditorTransaction {
  replaceSelection?: string;
  changes?: EditorChange[];
  selections?: EditorRange[];
  selection?: EditorRange;
}

const cmp = (a: EditorPosition, b: EditorPosition) => a.line - b.line || a.ch - b.ch;

export class Editor {
  private lines: string[] = [""];
  /**
   * Line separator of getValue, and so of what the view saves: always LF, as Obsidian's editor (CodeMirror)
   * holds and saves a CRLF note with LF endings (obsidian-clipper #577; vaults kept in git see it).
   */
  private readonly sep = "\n";
  private sels: EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
  private focused = false;
  private readonly history: string[] = [];
  private readonly future: string[] = [];
  /** Set by the owning view: told after every change made through the editor API. */
  onChange: (() => void) | null = null;

  constructor(value = "") {
    this.load(value);
  }

  private load(value: string): void {
    this.lines = value.split(/\r\n|\r|\n/);
  }

  private changed(before: string): void {
    this.history.push(before);
    this.future.length = 0;
    this.onChange?.();
  }

  getDoc(): this {
    return this;
  }
  refresh(): void {}
  getValue(): string {
    return this.lines.join(this.sep);
  }
  setValue(content: string): void {
    const before = this.getValue();
    this.load(content);
    this.sels = [{ anchor: this.clip(this.sels[0].anchor), head: this.clip(this.sels[0].head) }];
    if (before !== content) this.changed(before);
  }
  /** Loads text without counting it as a user edit (a view opening a file). */
  _reset(content: string): void {
    this.load(content);
    this.sels = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
  }
  getLine(line: number): string {
    return this.lines[line] ?? "";
  }
  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }
  lineCount(): number {
    return this.lines.length;
  }
  lastLine(): number {
    return this.lines.length - 1;
  }
  getSelection(): string {
    const { from, to } = this.range(this.sels[0]);
    return this.getRange(from, to);
  }
  somethingSelected(): boolean {
    return this.sels.some((s) => cmp(s.anchor, s.head) !== 0);
  }
  getRange(from: EditorPosition, to: EditorPosition): string {
    const a = this.posToOffset(from);
    const b = this.posToOffset(to);
    return this.lines.join("\n").slice(Math.min(a, b), Math.max(a, b)).replace(/\n/g, this.sep);
  }
  replaceSelection(replacement: string, origin?: string): void {
    void origin;
    const { from, to } = this.range(this.sels[0]);
    this.replaceRange(replacement, from, to);
    const end = this.offsetToPos(this.posToOffset(from) + replacement.replace(/\r\n/g, "\n").length);
    this.sels = [{ anchor: end, head: end }];
  }
  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin?: string): void {
    void origin;
    const before = this.getValue();
    const doc = this.lines.join("\n");
    let a = this.posToOffset(from);
    let b = to ? this.posToOffset(to) : a;
    if (b < a) [a, b] = [b, a];
    const next = doc.slice(0, a) + replacement.replace(/\r\n|\r/g, "\n") + doc.slice(b);
    this.lines = next.split("\n");
    this.sels = this.sels.map((s) => ({ anchor: this.clip(s.anchor), head: this.clip(s.head) }));
    if (this.getValue() !== before) this.changed(before);
  }
  getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
    const s = this.sels[0];
    if (side === "anchor") return { ...s.anchor };
    if (side === "head") return { ...s.head };
    const { from, to } = this.range(s);
    return { ...(side === "from" ? from : to) };
  }
  listSelections(): EditorSelection[] {
    return this.sels.map((s) => ({ anchor: { ...s.anchor }, head: { ...s.head } }));
  }
  setCursor(pos: EditorPosition | number, ch?: number): void {
    const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    const c = this.clip(p);
    this.sels = [{ anchor: c, head: c }];
  }
  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    this.sels = [{ anchor: this.clip(anchor), head: this.clip(head ?? anchor) }];
  }
  setSelections(ranges: EditorSelectionOrCaret[], main?: number): void {
    void main;
    this.sels = ranges.map((r) => ({ anchor: this.clip(r.anchor), head: this.clip(r.head ?? r.anchor) }));
  }
  focus(): void {
    this.focused = true;
  }
  blur(): void {
    this.focused = false;
  }
  hasFocus(): boolean {
    return this.focused;
  }
  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }
  scrollTo(x?: number | null, y?: number | null): void {
    void x;
    void y;
  }
  scrollIntoView(range: EditorRange, center?: boolean): void {
    void range;
    void center;
  }
  undo(): void {
    const prev = this.history.pop();
    if (prev === undefined) return;
    this.future.push(this.getValue());
    this.load(prev);
    this.onChange?.();
  }
  redo(): void {
    const next = this.future.pop();
    if (next === undefined) return;
    this.history.push(this.getValue());
    this.load(next);
    this.onChange?.();
  }
  exec(command: string): void {
    const c = this.getCursor();
    if (command === "goStart") this.setCursor({ line: 0, ch: 0 });
    else if (command === "goEnd") this.setCursor({ line: this.lastLine(), ch: this.getLine(this.lastLine()).length });
    else if (command === "deleteLine") this.replaceRange("", { line: c.line, ch: 0 }, c.line < this.lastLine() ? { line: c.line + 1, ch: 0 } : { line: c.line, ch: this.getLine(c.line).length });
    else if (command === "newlineAndIndent") this.replaceSelection("\n");
  }
  transaction(tx: EditorTransaction, origin?: string): void {
    void origin;
    if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
    // Apply changes from the end so earlier positions stay valid.
    const changes = [...(tx.changes ?? [])].sort((a, b) => cmp(b.from, a.from));
    for (const ch of changes) this.replaceRange(ch.text, ch.from, ch.to);
    if (tx.selections) this.setSelections(tx.selections.map((r) => ({ anchor: r.from, head: r.to })));
    else if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to);
  }
  wordAt(pos: EditorPosition): EditorRange | null {
    const line = this.getLine(pos.line);
    let a = pos.ch;
    let b = pos.ch;
    while (a > 0 && /\w/.test(line[a - 1])) a--;
    while (b < line.length && /\w/.test(line[b])) b++;
    return a === b ? null : { from: { line: pos.line, ch: a }, to: { line: pos.line, ch: b } };
  }
  posToOffset(pos: EditorPosition): number {
    const p = this.clip(pos);
    let off = 0;
    for (let i = 0; i < p.line; i++) off += this.lines[i].length + 1;
    return off + p.ch;
  }
  offsetToPos(offset: number): EditorPosition {
    let rest = Math.max(0, offset);
    for (let i = 0; i < this.lines.length; i++) {
      if (rest <= this.lines[i].length) return { line: i, ch: rest };
      rest -= this.lines[i].length + 1;
    }
    const last = this.lines.length - 1;
    return { line: last, ch: this.lines[last].length };
  }
  processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => EditorChange | void, ignoreEmpty = false): void {
    const changes: EditorChange[] = [];
    const { from, to } = this.range(this.sels[0]);
    for (let i = from.line; i <= to.line; i++) {
      const text = this.getLine(i);
      if (ignoreEmpty && text.trim() === "") continue;
      const c = write(i, text, read(i, text));
      if (c) changes.push(c);
    }
    this.transaction({ changes });
  }

  private clip(p: EditorPosition): EditorPosition {
    const line = Math.max(0, Math.min(p.line, this.lines.length - 1));
    return { line, ch: Math.max(0, Math.min(p.ch, this.lines[line].length)) };
  }

  private range(s: EditorSelection): EditorRange {
    return cmp(s.anchor, s.head) <= 0 ? { from: s.anchor, to: s.head } : { from: s.head, to: s.anchor };
  }
}

// A YAML subset with js-yaml's core-schema meaning (dates stay strings) that throws on broken input.

export class YAMLException extends Error {
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `${message} (${line + 1}:1)`);
    this.name = "YAMLException";
  }
}

interface Line {
  no: number;
  indent: number;
  text: string; // content after indentation, comment stripped, trimmed at the end
}

const NULLS = new Set(["null", "Null", "NULL", "~", ""]);
const TRUES = new Set(["true", "True", "TRUE"]);
const FALSES = new Set(["false", "False", "FALSE"]);
const INT = /^[-+]?(0|[1-9][0-9_]*)$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/;

/** Core-schema resolution of a plain scalar. */
function resolvePlain(s: string): unknown {
  if (NULLS.has(s)) return null;
  if (TRUES.has(s)) return true;
  if (FALSES.has(s)) return false;
  if (INT.test(s)) return parseInt(s.replace(/_/g, ""), 10);
  if (/^0x[0-9a-fA-F_]+$/.test(s)) return parseInt(s.slice(2).replace(/_/g, ""), 16);
  if (/^0o[0-7_]+$/.test(s)) return parseInt(s.slice(2).replace(/_/g, ""), 8);
  if (FLOAT.test(s) && /[0-9]/.test(s)) return parseFloat(s.replace(/_/g, ""));
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}

/** Strips a ` #comment` outside quotes and brackets-insensitive; returns the trimmed content. */
function stripComment(s: string): string {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (quote === '"' && c === "\\") i++;
      else if (c === quote) {
        if (quote === "'" && s[i + 1] === "'") i++;
        else quote = null;
      }
    } else if (c === '"' || c === "'") {
      const prev = i === 0 ? " " : s[i - 1];
      if (/[\s:[{,-]/.test(prev) || i === 0) quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(s[i - 1]))) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

function toLines(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, no) => {
    const m = /^([ \t]*)(.*)$/.exec(raw)!;
    const content = m[2];
    if (content.trim() === "" || content.trimStart().startsWith("#")) return;
    if (m[1].includes("\t")) throw new YAMLException("bad indentation: tab characters must not be used in indentation", no);
    out.push({ no, indent: m[1].length, text: stripComment(content) });
  });
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly lines: Line[], private readonly rawLines: string[]) {}

  parseDocument(): unknown {
    if (this.lines.length === 0) return null;
    const first = this.lines[0];
    if (first.text === "---") this.i++;
    if (this.i >= this.lines.length) return null;
    const v = this.parseBlock(this.lines[this.i].indent);
    if (this.i < this.lines.length) {
      const l = this.lines[this.i];
      throw new YAMLException("end of the stream or a document separator is expected", l.no);
    }
    return v;
  }

  private parseBlock(indent: number): unknown {
    const l = this.lines[this.i];
    if (isSeqItem(l.text)) return this.parseSeq(l.indent);
    if (findKeyColon(l.text) !== -1) return this.parseMap(l.indent);
    this.i++;
    const v = this.parseInlineValue(l.text, l.no);
    return this.plainContinuation(v, l, indent);
  }

  private plainContinuation(v: unknown, l: Line, minIndent: number): unknown {
    // Multi-line plain scalars: following lines indented at least minIndent are folded with spaces.
    if (typeof v !== "string" || /^["'[{]/.test(l.text)) return v;
    let s = v;
    while (this.i < this.lines.length) {
      const n = this.lines[this.i];
      if (n.indent < minIndent || isSeqItem(n.text) || findKeyColon(n.text) !== -1) break;
      s = `${s} ${n.text}`;
      this.i++;
    }
    return s;
  }

  private parseSeq(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.indent < indent) break;
      if (l.indent > indent) throw new YAMLException("bad indentation of a sequence entry", l.no);
      if (!isSeqItem(l.text)) {
        if (findKeyColon(l.text) !== -1) break; // a sibling mapping key at the same indent (`key:\n- a\nnext: b`)
        throw new YAMLException("bad indentation of a sequence entry", l.no);
      }
      const rest = l.text === "-" ? "" : l.text.slice(2);
      const restTrim = rest.trimStart();
      const childIndent = l.indent + 2 + (rest.length - restTrim.length);
      if (restTrim === "") {
        this.i++;
        if (this.i < this.lines.length && this.lines[this.i].indent > indent) out.push(this.parseBlock(this.lines[this.i].indent));
        else out.push(null);
      } else if (isSeqItem(restTrim) || findKeyColon(restTrim) !== -1) {
        // Compact nested node: rewrite this line as if the content started on its own line.
        this.lines[this.i] = { no: l.no, indent: childIndent, text: restTrim };
        out.push(this.parseBlock(childIndent));
      } else {
        this.i++;
        out.push(this.parseScalarValue(restTrim, l, indent + 1));
      }
    }
    return out;
  }

  private parseMap(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (this.i < this.lines.length) {
      const l = this.lines[this.i];
      if (l.indent < indent) break;
      if (l.indent > indent) throw new YAMLException("bad indentation of a mapping entry", l.no);
      const colon = findKeyColon(l.text);
      if (colon === -1) {
        if (isSeqItem(l.text)) throw new YAMLException("bad indentation of a sequence entry", l.no);
        throw new YAMLException("can not read a block mapping entry; a multiline key may not be an implicit key", l.no);
      }
      const key = readKey(l.text.slice(0, colon).trim(), l.no);
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new YAMLException("duplicated mapping key", l.no);
      const rest = l.text.slice(colon + 1).trim();
      this.i++;
      if (rest === "") {
        const n = this.lines[this.i];
        if (n && (n.indent > indent || (n.indent === indent && isSeqItem(n.text)))) out[key] = this.parseBlock(n.indent);
        else out[key] = null;
      } else {
        out[key] = this.parseScalarValue(rest, l, indent + 1);
      }
    }
    return out;
  }

  private parseScalarValue(rest: string, l: Line, minIndent: number): unknown {
    if (/^[|>][-+0-9]*$/.test(rest)) return this.blockScalar(rest, l, minIndent);
    if (rest.startsWith("[") || rest.startsWith("{")) {
      // Flow collections may span lines: gather until brackets balance.
      let text = rest;
      while (!flowBalanced(text) && this.i < this.lines.length) {
        text += " " + this.lines[this.i].text;
        this.i++;
      }
      return this.parseInlineValue(text, l.no);
    }
    if (findKeyColon(rest) !== -1 && !/^["']/.test(rest)) {
      throw new YAMLException("incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line", l.no);
    }
    const v = this.parseInlineValue(rest, l.no);
    return this.plainContinuation(v, l, minIndent);
  }

  private blockScalar(header: string, l: Line, minIndent: number): string {
    const folded = header[0] === ">";
    const chomp = header.includes("-") ? "strip" : header.includes("+") ? "keep" : "clip";
    // Block scalars keep blank lines and comments, so read raw lines.
    const startNo = l.no + 1;
    const body: string[] = [];
    let blockIndent = -1;
    let no = startNo;
    for (; no < this.rawLines.length; no++) {
      const raw = this.rawLines[no];
      if (raw.trim() === "") {
        body.push("");
        continue;
      }
      const ind = raw.length - raw.trimStart().length;
      if (blockIndent === -1) {
        if (ind < minIndent) break;
        blockIndent = ind;
      }
      if (ind < blockIndent) break;
      body.push(raw.slice(blockIndent));
    }
    while (this.i < this.lines.length && this.lines[this.i].no < no) this.i++;
    let trailing = 0;
    while (body.length && body[body.length - 1] === "") {
      body.pop();
      trailing++;
    }
    let text = folded ? body.reduce((acc, line, k) => (k === 0 ? line : acc + (line === "" || body[k - 1] === "" ? "\n" : " ") + line), "") : body.join("\n");
    if (body.length === 0) return "";
    if (chomp === "clip") text += "\n";
    else if (chomp === "keep") text += "\n" + "\n".repeat(trailing);
    return text;
  }

  private parseInlineValue(text: string, no: number): unknown {
    const p = new FlowReader(text, no);
    const v = p.value(false);
    p.skipWs();
    if (!p.done()) throw new YAMLException("unexpected characters after a value", no);
    return v;
  }
}

function isSeqItem(t: string): boolean {
  return t === "-" || t.startsWith("- ");
}

function flowBalanced(t: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (quote) {
      if (quote === '"' && c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
  }
  return depth <= 0;
}

/** Index of the `:` that ends an implicit key (followed by space or end), outside quotes/brackets; -1 if none. */
function findKeyColon(t: string): number {
  if (t.startsWith("[") || t.startsWith("{")) return -1;
  let i = 0;
  if (t[0] === '"' || t[0] === "'") {
    const q = t[0];
    i = 1;
    while (i < t.length && t[i] !== q) i += t[i] === "\\" && q === '"' ? 2 : 1;
    i++;
    const rest = t.slice(i).trimStart();
    return rest.startsWith(":") && (rest.length === 1 || /\s/.test(rest[1])) ? t.indexOf(":", i) : -1;
  }
  for (; i < t.length; i++) {
    if (t[i] === ":" && (i + 1 === t.length || t[i + 1] === " " || t[i + 1] === "\t")) return i;
  }
  return -1;
}

function readKey(k: string, no: number): string {
  if (k.startsWith('"') || k.startsWith("'")) {
    const r = new FlowReader(k, no);
    const v = r.value(false);
    return String(v);
  }
  if (k === "") throw new YAMLException("empty mapping key", no);
  return k;
}

class FlowReader {
  private i = 0;
  constructor(private readonly s: string, private readonly no: number) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  skipWs(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  value(inFlow: boolean): unknown {
    this.skipWs();
    const c = this.s[this.i];
    if (c === "[") return this.seq();
    if (c === "{") return this.map();
    if (c === '"') return this.double();
    if (c === "'") return this.single();
    return this.plain(inFlow);
  }

  private seq(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    for (;;) {
      this.skipWs();
      if (this.done()) throw new YAMLException("unexpected end of the stream within a flow collection", this.no);
      if (this.s[this.i] === "]") {
        this.i++;
        return out;
      }
      out.push(this.value(true));
      this.skipWs();
      if (this.s[this.i] === ",") this.i++;
      else if (this.s[this.i] !== "]") throw new YAMLException("missed comma between flow collection entries", this.no);
    }
  }

  private map(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    for (;;) {
      this.skipWs();
      if (this.done()) throw new YAMLException("unexpected end of the stream within a flow collection", this.no);
      if (this.s[this.i] === "}") {
        this.i++;
        return out;
      }
      const key = String(this.value(true));
      this.skipWs();
      let v: unknown = null;
      if (this.s[this.i] === ":") {
        this.i++;
        v = this.value(true);
      }
      out[key] = v;
      this.skipWs();
      if (this.s[this.i] === ",") this.i++;
      else if (this.s[this.i] !== "}") throw new YAMLException("missed comma between flow collection entries", this.no);
    }
  }

  private double(): string {
    let out = "";
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === '"') return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = this.s[this.i++];
      const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", '"': '"', "\\": "\\", "/": "/", " ": " ", _: "\u00a0", b: "\b", e: "\x1b" };
      if (e in simple) out += simple[e];
      else if (e === "x" || e === "u" || e === "U") {
        const len = e === "x" ? 2 : e === "u" ? 4 : 8;
        const hex = this.s.slice(this.i, this.i + len);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new YAMLException("expected hexadecimal character", this.no);
        out += String.fromCodePoint(parseInt(hex, 16));
        this.i += len;
      } else throw new YAMLException("unknown escape sequence", this.no);
    }
    throw new YAMLException("unexpected end of the stream within a double quoted scalar", this.no);
  }

  private single(): string {
    let out = "";
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === "'") {
        if (this.s[this.i] === "'") {
          out += "'";
          this.i++;
          continue;
        }
        return out;
      }
      out += c;
    }
    throw new YAMLException("unexpected end of the stream within a single quoted scalar", this.no);
  }

  private plain(inFlow: boolean): unknown {
    const start = this.i;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (inFlow && (c === "," || c === "]" || c === "}")) break;
      if (inFlow && c === ":" && (this.i + 1 === this.s.length || /[\s,\]}]/.test(this.s[this.i + 1]))) break;
      this.i++;
    }
    const raw = this.s.slice(start, this.i).trim();
    if (!inFlow && /^[\]}]/.test(raw)) throw new YAMLException("unexpected end of flow collection", this.no);
    if (/^[@`]/.test(raw)) throw new YAMLException("end of the stream or a document separator is expected", this.no);
    return resolvePlain(raw);
  }
}

/** Parses YAML like Obsidian's `parseYaml` for the subset notes use; throws `YAMLException` on broken input. */
export function parseYaml(yaml: string): any {
  const lines = toLines(yaml);
  return new Parser(lines, yaml.split(/\r\n|\r|\n/)).parseDocument();
}

const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

function needsQuotes(s: string): boolean {
  if (s === "") return true;
  if (resolvePlain(s) !== s) return true;
  if (INDICATOR.test(s) && !/^-[^\s-]/.test(s)) return true;
  if (/^\s|\s$/.test(s)) return true;
  if (/: |:$| #/.test(s) || hasControl(s)) return true;
  return false;
}

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 32) return true;
  return false;
}

function quote(s: string): string {
  return JSON.stringify(s);
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return ".nan";
    if (v === Infinity) return ".inf";
    if (v === -Infinity) return "-.inf";
    return String(v);
  }
  if (v instanceof Date) return v.toISOString();
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return needsQuotes(s) ? quote(s) : s;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function dump(v: unknown, indent: number): string[] {
  const pad = " ".repeat(indent);
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const item of v) {
      if ((Array.isArray(item) && item.length) || (isPlainObject(item) && Object.keys(item).length)) {
        const inner = dump(item, indent + 2);
        out.push(`${pad}- ${inner[0].slice(indent + 2)}`, ...inner.slice(1));
      } else out.push(`${pad}- ${inline(item)}`);
    }
    return out;
  }
  if (isPlainObject(v)) {
    const out: string[] = [];
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined) continue;
      const key = needsQuotes(k) ? quote(k) : k;
      if (Array.isArray(val) && val.length) out.push(`${pad}${key}:`, ...dump(val, indent + 2));
      else if (isPlainObject(val) && Object.keys(val).length) out.push(`${pad}${key}:`, ...dump(val, indent + 2));
      else out.push(`${pad}${key}: ${inline(val)}`);
    }
    return out;
  }
  return [pad + scalar(v)];
}

function inline(v: unknown): string {
  if (Array.isArray(v)) return "[]";
  if (isPlainObject(v)) return "{}";
  return scalar(v);
}

/** Block-style YAML ending with a newline, strings double-quoted only when needed (as Obsidian writes properties). */
export function stringifyYaml(obj: any): string {
  if (isPlainObject(obj) && Object.keys(obj).length === 0) return "{}\n";
  if (Array.isArray(obj) && obj.length === 0) return "[]\n";
  return dump(obj, 0).join("\n") + "\n";
}

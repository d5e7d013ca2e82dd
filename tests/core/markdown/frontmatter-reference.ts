// The frontmatter reader as it was before it was tuned for speed: the oracle the tuned one must agree with.
import type { Frontmatter, FrontmatterValue } from "../../../src/core/markdown/frontmatter";

/** Parses the frontmatter of a note's lines (as split by splitText); never throws. */
export function referenceFrontmatterLines(lines: readonly string[]): Frontmatter {
  if (lines.length < 2 || lines[0].trimEnd() !== "---") return { data: {}, error: null, end: -1 };
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trimEnd() === "---") {
      end = i;
      break;
    }
  }
  if (end === -1) return { data: {}, error: null, end: -1 };
  try {
    const body = lines.slice(1, end);
    const first = body.find((l) => l.trim() !== "");
    return { data: first?.trimStart().startsWith("{") ? parseJson(body) : parseBlock(body), error: null, end };
  } catch (e) {
    return { data: {}, error: e instanceof Error ? e.message : String(e), end };
  }
}

export function referenceFrontmatter(text: string): Frontmatter {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return referenceFrontmatterLines(body.split(/\r\n|\n|\r/));
}

const KEY = /^([^\s#:][^:]*?):(?:\s+(.*))?$/;

function parseBlock(lines: string[]): Record<string, FrontmatterValue> {
  const data: Record<string, FrontmatterValue> = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (/^\s/.test(line)) throw new Error(`line ${i + 2}: unexpected indentation`);
    const m = KEY.exec(line.trimEnd());
    if (!m) throw new Error(`line ${i + 2}: expected "key: value"`);
    const key = unquote(m[1].trim());
    const rest = stripComment(m[2] ?? "").trim();
    i++;
    const header = /^([|>])(?:([1-9])?([+-])?|([+-])([1-9]))$/.exec(rest);
    if (header) {
      // A block scalar: the blank or space-indented lines below.
      let n = Number(header[2] ?? header[5] ?? 0);
      const body: string[] = [];
      while (i < lines.length && (lines[i].trim() === "" || lines[i].startsWith(" "))) {
        const l = lines[i];
        const spaces = /^ */.exec(l)![0].length;
        if (l.trim() !== "") {
          if (n === 0) n = spaces;
          if (spaces < n && l.trim().startsWith("#")) break;
          if (spaces < n) throw new Error(`line ${i + 2}: unexpected indentation`);
        }
        body.push(l.trim() === "" && (n === 0 || l.length <= n) ? "" : l.slice(n));
        i++;
      }
      const chomp = header[3] ?? header[4] ?? "";
      const kept = body.join("\n").replace(/\n*$/, "");
      const trailing = body.length - (kept === "" ? 0 : kept.split("\n").length);
      const text = header[1] === ">" ? foldLines(kept) : kept;
      own(data, key, chomp === "-" || (kept === "" && chomp === "") ? text : text + "\n".repeat(chomp === "+" ? trailing + (kept === "" ? 0 : 1) : 1));
      continue;
    }
    if (rest !== "") {
      own(data, key, parseScalarOrFlow(rest, i + 1));
      continue;
    }
    // Block list or nested map below an empty value.
    const items: string[] = [];
    while (i < lines.length && (isBlank(lines[i]) || /^\s/.test(lines[i]) || /^-(\s|$)/.test(lines[i]))) items.push(lines[i++]);
    own(data, key, items.every(isBlank) ? null : parseNested(items, i + 1));
  }
  return data;
}

function parseJson(body: string[]): Record<string, FrontmatterValue> {
  let v: unknown;
  try {
    v = JSON.parse(body.join("\n"));
  } catch {
    const text = body.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")).join(" ");
    try {
      return parseScalarOrFlow(text, body.findIndex((l) => l.trim() !== "") + 2) as Record<string, FrontmatterValue>;
    } catch (e) {
      throw new Error(`frontmatter in braces is neither JSON nor a YAML flow map: ${(e as Error).message}`);
    }
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("frontmatter in braces must be one JSON object");
  return v as Record<string, FrontmatterValue>;
}

/** Folding, paragraph by paragraph: lines of the same paragraph join with a space unless either is indented; n empty lines keep n breaks. */
function foldLines(text: string): string {
  if (text === "") return "";
  const lines = text.split("\n");
  const parts: string[] = [];
  let pendingEmpty = 0;
  let last: string | null = null;
  for (const line of lines) {
    if (line === "") {
      pendingEmpty++;
      continue;
    }
    if (last === null) parts.push("\n".repeat(pendingEmpty));
    else if (/^\s/.test(line) || /^\s/.test(last)) parts.push("\n" + "\n".repeat(pendingEmpty));
    else parts.push(pendingEmpty ? "\n".repeat(pendingEmpty) : " ");
    parts.push(line);
    last = line;
    pendingEmpty = 0;
  }
  return parts.join("");
}

function parseNested(lines: string[], at: number): FrontmatterValue {
  const items = lines.filter((l) => !isBlank(l));
  if (items.every((l) => /^\s*-(\s|$)/.test(l))) {
    return items.map((l) => {
      const v = stripComment(l.replace(/^\s*-\s?/, "")).trim();
      return v === "" ? null : parseScalarOrFlow(v, at);
    });
  }
  const indent = /^\s*/.exec(items[0])?.[0].length ?? 0;
  return parseBlock(lines.map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)?.[0].length ?? 0))));
}

function isBlank(l: string): boolean {
  const t = l.trim();
  return t === "" || t.startsWith("#");
}

function stripComment(v: string): string {
  if (v.startsWith('"') || v.startsWith("'")) return v;
  const i = v.search(/\s#/);
  return i === -1 ? v : v.slice(0, i);
}

function parseScalarOrFlow(v: string, at: number): FrontmatterValue {
  // An unquoted wikilink is what people write; YAML would read it as a nested list.
  if (v.startsWith("[[") && v.endsWith("]]") && !v.slice(2, -2).includes("]]")) return v;
  if (v.startsWith("[")) {
    if (!v.endsWith("]")) throw new Error(`line ${at}: unclosed [`);
    const inner = v.slice(1, -1).trim();
    if (inner === "") return [];
    return splitFlow(inner).map((x) => parseScalarOrFlow(x.trim(), at));
  }
  if (v.startsWith("{")) {
    if (!v.endsWith("}")) throw new Error(`line ${at}: unclosed {`);
    const map: Record<string, FrontmatterValue> = {};
    for (const entry of splitFlow(v.slice(1, -1).trim())) {
      if (entry.trim() === "") continue;
      const e = entry.trim();
      let colon = -1;
      for (let i = 0, quote = "", depth = 0; i < e.length && colon === -1; i++) {
        const c = e[i];
        if (quote) quote = c === quote ? "" : quote;
        else if (c === '"' || c === "'") quote = c;
        else if ("[{".includes(c)) depth++;
        else if ("]}".includes(c)) depth = Math.max(0, depth - 1);
        else if (c === ":" && depth === 0 && (/^\s?$/.test(e.charAt(i + 1)) || /["']/.test(e.charAt(i - 1)))) colon = i;
      }
      const value = colon === -1 ? "" : e.slice(colon + 1).trim();
      own(map, unquote((colon === -1 ? e : e.slice(0, colon)).trim()), value === "" ? null : parseScalarOrFlow(value, at));
    }
    return map;
  }
  return scalar(v, at);
}

function splitFlow(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

function scalar(v: string, at: number): FrontmatterValue {
  if (v.startsWith('"')) {
    if (!v.endsWith('"') || v.length < 2) throw new Error(`line ${at}: unclosed quote`);
    return v.slice(1, -1).replace(/\\(["\\nt])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
  }
  if (v.startsWith("'")) {
    if (!v.endsWith("'") || v.length < 2) throw new Error(`line ${at}: unclosed quote`);
    return v.slice(1, -1).replace(/''/g, "'");
  }
  if (v === "true" || v === "false") return v === "true";
  if (v === "null" || v === "~") return null;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v;
}

/** An own key, `__proto__` too. */
function own(map: Record<string, FrontmatterValue>, key: string, value: FrontmatterValue): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

function unquote(k: string): string {
  if ((k.startsWith('"') && k.endsWith('"')) || (k.startsWith("'") && k.endsWith("'"))) return k.slice(1, -1);
  return k;
}

/** `[[Name]]`, `[[Name|alias]]`, `[[folder/Name#h]]` or plain `Name` → "Name"; null when empty. */
export function referenceLinkTarget(v: FrontmatterValue | undefined): string | null {
  if (typeof v !== "string") return null;
  let s = v.trim();
  const m = /^\[\[([^\]]*)\]\]$/.exec(s);
  if (m) s = m[1];
  s = s.split("|")[0].split("#")[0].trim();
  const slash = s.lastIndexOf("/");
  if (slash !== -1) s = s.slice(slash + 1);
  if (s.toLowerCase().endsWith(".md")) s = s.slice(0, -3);
  return s === "" ? null : s;
}

// Computes CachedMetadata from note text the way Obsidian's parser reports it (lists, tasks, headings, tags, links, sections).
import { scanNote, type MarkdownLine } from "../../../src/core/markdown/scan-note";
import { parseYaml } from "./yaml";

export interface Loc {
  line: number;
  col: number;
  offset: number;
}
export interface Pos {
  start: Loc;
  end: Loc;
}
export interface CacheItem {
  position: Pos;
}
export interface HeadingCache extends CacheItem {
  heading: string;
  level: number;
}
export interface ListItemCache extends CacheItem {
  id?: string;
  task?: string;
  parent: number;
}
export interface TagCache extends CacheItem {
  tag: string;
}
export interface ReferenceCache extends CacheItem {
  link: string;
  original: string;
  displayText?: string;
}
export type LinkCache = ReferenceCache;
export type EmbedCache = ReferenceCache;
export interface FrontmatterLinkCache {
  key: string;
  link: string;
  original: string;
  displayText?: string;
}
export interface SectionCache extends CacheItem {
  id?: string;
  type: string;
}
export interface BlockCache extends CacheItem {
  id: string;
}
export interface CachedMetadata {
  links?: LinkCache[];
  embeds?: EmbedCache[];
  tags?: TagCache[];
  headings?: HeadingCache[];
  sections?: SectionCache[];
  listItems?: ListItemCache[];
  frontmatter?: Record<string, any>;
  frontmatterPosition?: Pos;
  frontmatterLinks?: FrontmatterLinkCache[];
  blocks?: Record<string, BlockCache>;
}

const BULLET = /^([-*+])([ \t]+|$)/;
const ORDERED = /^([0-9]{1,9})([.)])([ \t]+|$)/;
const THEMATIC = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const CHECKBOX = /^\[([^\]])\]([ \t]|$)/u;

interface OpenItem {
  line: number;
  indent: number;
  contentCol: number;
  item: ListItemCache;
}

/** Expanded column width of leading whitespace (tabs to 4-column stops) and the index after it. */
function indentOf(s: string, from: number): { cols: number; idx: number } {
  let cols = 0;
  let i = from;
  while (i < s.length) {
    const c = s[i];
    if (c === " ") cols++;
    else if (c === "\t") cols += 4 - (cols % 4);
    else break;
    i++;
  }
  return { cols, idx: i };
}

export function computeCache(text: string): CachedMetadata {
  const scan = scanNote(text);
  const lines = scan.lines;
  const starts: number[] = [];
  let off = scan.bom ? 1 : 0;
  for (let i = 0; i < lines.length; i++) {
    starts.push(off);
    off += lines[i].text.length + scan.eols[i].length;
  }
  const loc = (line: number, col: number): Loc => ({ line, col, offset: starts[line] + col });
  const pos = (line: number, c0: number, endLine: number, c1: number): Pos => ({ start: loc(line, c0), end: loc(endLine, c1) });

  const cache: CachedMetadata = {};
  if (scan.frontmatterEnd > 0) {
    const yaml = lines.slice(1, scan.frontmatterEnd).map((l) => l.text).join("\n");
    cache.frontmatterPosition = pos(0, 0, scan.frontmatterEnd, lines[scan.frontmatterEnd].text.length);
    try {
      const fm = parseYaml(yaml);
      if (fm && typeof fm === "object" && !Array.isArray(fm)) {
        cache.frontmatter = fm;
        const fl = frontmatterLinks(fm);
        if (fl.length) cache.frontmatterLinks = fl;
      }
    } catch {
      // Obsidian drops broken frontmatter from the cache but still knows where it is.
    }
  }

  const headings: HeadingCache[] = [];
  const listItems: ListItemCache[] = [];
  const tags: TagCache[] = [];
  const links: LinkCache[] = [];
  const embeds: EmbedCache[] = [];
  const blocks: Record<string, BlockCache> = {};
  const lineKind: string[] = new Array<string>(lines.length).fill("");
  let stack: OpenItem[] = [];
  let listRoot = -1;
  let listMarker = "";
  let listDepth = 0;
  let prevBlank = true;
  let prevParagraph = false;

  const closeList = () => {
    stack = [];
    listRoot = -1;
  };
  const extendOpen = (i: number) => {
    for (const o of stack) o.item.position.end = loc(i, lines[i].text.length);
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.context === "frontmatter") {
      lineKind[i] = "yaml";
      continue;
    }
    const { cols: ind, idx: at } = indentOf(l.text, l.contentStart);
    const content = l.text.slice(at);
    if (l.quoteDepth !== listDepth && stack.length) closeList();
    if (l.context !== "text") {
      // A code or comment block that starts left of the list's content column ends the list.
      const opening = i === 0 || lines[i - 1].context !== l.context;
      if (stack.length && opening && ind < stack[0].contentCol) closeList();
      if (stack.length) {
        extendOpen(i);
        lineKind[i] = "list";
      } else lineKind[i] = l.context;
      prevBlank = false;
      prevParagraph = false;
      continue;
    }
    if (content.trim() === "") {
      lineKind[i] = stack.length ? "list-blank" : l.quoteDepth > 0 ? "quote" : "blank";
      prevBlank = true;
      prevParagraph = false;
      continue;
    }
    if (l.heading && ind < 4) {
      closeList();
      headings.push({ heading: l.heading.text, level: l.heading.level, position: pos(i, 0, i, l.text.length) });
      lineKind[i] = "heading";
      scanInline(l, i);
      prevBlank = false;
      prevParagraph = false;
      continue;
    }
    if (THEMATIC.test(l.text.slice(l.contentStart))) {
      closeList();
      lineKind[i] = prevParagraph ? "heading" : "thematicBreak";
      prevBlank = false;
      prevParagraph = false;
      continue;
    }
    const marker = BULLET.exec(content) ?? ORDERED.exec(content);
    let isItem = false;
    if (marker) {
      while (stack.length && ind < stack[stack.length - 1].contentCol) stack.pop();
      const top = stack[stack.length - 1];
      if (top) isItem = ind < top.contentCol + 4;
      else isItem = ind < 4;
      if (!top && isItem && !prevBlank && prevParagraph && listRoot === -1) isItem = !ORDERED.test(content) || /^1[.)]/.test(content);
    }
    if (isItem && marker) {
      const markerKind = marker.length === 3 ? marker[1] : marker[2];
      const parentItem = stack[stack.length - 1];
      if (!parentItem && (listRoot === -1 || markerKind !== listMarker)) {
        listRoot = i;
        listMarker = markerKind;
        listDepth = l.quoteDepth;
      }
      const markerLen = marker[0].length - (marker[marker.length - 1] ?? "").length;
      const spaces = indentOf(content, markerLen);
      const afterMarker = at + spaces.idx;
      const contentCol = spaces.cols - markerLen >= 5 || spaces.idx >= content.length ? ind + markerLen + 1 : ind + spaces.cols;
      const item: ListItemCache = { parent: parentItem ? parentItem.line : listRoot === 0 ? -1 : -listRoot, position: pos(i, at, i, l.text.length) };
      const rest = l.text.slice(afterMarker);
      const box = spaces.cols - markerLen < 5 ? CHECKBOX.exec(rest) : null;
      if (box) item.task = box[1];
      const block = /\s\^([A-Za-z0-9-]+)$/.exec(l.text);
      if (block) item.id = block[1];
      listItems.push(item);
      stack.push({ line: i, indent: ind, contentCol, item });
      extendOpen(i);
      if (box) {
        // Obsidian also reports `- [ ] 1. text` as a nested ordered item on the same line (obsidian-tasks #3481).
        const after = rest.slice(box[0].length);
        const nested = ORDERED.exec(after.trimStart());
        if (nested) {
          const ncol = afterMarker + box[0].length + (after.length - after.trimStart().length);
          listItems.push({ parent: i, position: pos(i, ncol, i, l.text.length) });
        }
      }
      lineKind[i] = "list";
      scanInline(l, i);
      prevBlank = false;
      prevParagraph = true;
      continue;
    }
    if (stack.length) {
      // Continuation of the open item (indented enough, or lazy right after its text).
      if (ind >= stack[0].contentCol || (!prevBlank && prevParagraph)) {
        extendOpen(i);
        lineKind[i] = "list";
        scanInline(l, i);
        prevBlank = false;
        continue;
      }
      closeList();
    }
    lineKind[i] = l.quoteDepth > 0 ? "quote" : /^\|/.test(content) ? "table" : !prevBlank && prevParagraph ? "paragraph-cont" : ind >= 4 && prevBlank ? "code" : "paragraph";
    scanInline(l, i);
    prevBlank = false;
    prevParagraph = true;
  }

  function scanInline(l: MarkdownLine, i: number): void {
    const t = maskInline(l.text);
    const block = /\s\^([A-Za-z0-9-]+)$/.exec(t);
    if (block) blocks[block[1].toLowerCase()] = { id: block[1], position: pos(i, 0, i, l.text.length) };
    for (const m of t.matchAll(/(!?)\[\[([^\]\n]+?)\]\]/g)) {
      const inner = m[2];
      const bar = inner.indexOf("|");
      const link = (bar === -1 ? inner : inner.slice(0, bar)).trim();
      const ref: ReferenceCache = { link, original: m[0], displayText: bar === -1 ? link : inner.slice(bar + 1), position: pos(i, m.index, i, m.index + m[0].length) };
      (m[1] ? embeds : links).push(ref);
    }
    for (const m of t.matchAll(/(!?)\[([^\]\n]*)\]\(([^)\s]+|<[^>]+>)\)/g)) {
      let target = m[3].startsWith("<") ? m[3].slice(1, -1) : m[3];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      try {
        target = decodeURIComponent(target);
      } catch {
        // keep the raw target
      }
      const ref: ReferenceCache = { link: target, original: m[0], displayText: m[2], position: pos(i, m.index, i, m.index + m[0].length) };
      (m[1] ? embeds : links).push(ref);
    }
    for (const m of t.matchAll(/(^|\s)#([^\s!"#$%&'()*+,.:;<=>?@[\]^`{|}~\\]+)/g)) {
      const tag = m[2];
      if (/^[0-9]+$/.test(tag)) continue;
      const start = m.index + m[1].length;
      tags.push({ tag: `#${tag}`, position: pos(i, start, i, start + tag.length + 1) });
    }
  }

  if (headings.length) cache.headings = headings;
  if (listItems.length) cache.listItems = listItems;
  if (tags.length) cache.tags = tags;
  if (links.length) cache.links = links;
  if (embeds.length) cache.embeds = embeds;
  if (Object.keys(blocks).length) cache.blocks = blocks;
  const sections = buildSections(lines, lineKind, pos);
  if (sections.length) cache.sections = sections;
  return cache;
}

/** Blanks out inline code and `%%…%%` comments so tags and links inside them are not reported. */
function maskInline(t: string): string {
  return t.replace(/`[^`]*`/g, (s) => " ".repeat(s.length)).replace(/%%.*?(%%|$)/g, (s) => " ".repeat(s.length));
}

function frontmatterLinks(fm: Record<string, any>): FrontmatterLinkCache[] {
  const out: FrontmatterLinkCache[] = [];
  const visit = (key: string, v: unknown) => {
    if (typeof v === "string") {
      for (const m of v.matchAll(/\[\[([^\]]+?)\]\]/g)) {
        const bar = m[1].indexOf("|");
        const link = bar === -1 ? m[1] : m[1].slice(0, bar);
        out.push({ key, link, original: m[0], displayText: bar === -1 ? link : m[1].slice(bar + 1) });
      }
    } else if (Array.isArray(v)) v.forEach((x, k) => visit(`${key}.${k}`, x));
  };
  for (const [k, v] of Object.entries(fm)) visit(k, v);
  return out;
}

function buildSections(lines: MarkdownLine[], lineKinds: string[], pos: (a: number, b: number, c: number, d: number) => Pos): SectionCache[] {
  const out: SectionCache[] = [];
  // Everything inside a blockquote or callout (lists too) belongs to that one section.
  const kinds = lineKinds.map((k, n) => (lines[n].quoteDepth > 0 && lines[n].context !== "frontmatter" ? "quote" : k));
  let i = 0;
  while (i < lines.length) {
    const k = kinds[i];
    if (k === "blank" || k === "list-blank") {
      i++;
      continue;
    }
    let type = k === "paragraph-cont" ? "paragraph" : k;
    if (k === "quote") type = lines[i].callout ? "callout" : "blockquote";
    let j = i;
    const same = (n: number) => {
      const kn = kinds[n];
      if (k === "heading" || k === "thematicBreak") return false;
      if (k === "list") return kn === "list" || (kn === "list-blank" && kinds.slice(n).find((x) => x !== "list-blank") === "list");
      if (k === "quote") return kn === "quote" && !lines[n].callout;
      if (k === "paragraph" || k === "paragraph-cont") return kn === "paragraph-cont";
      return kn === k;
    };
    while (j + 1 < lines.length && same(j + 1)) j++;
    if (k === "comment") type = lines[i].text.trimStart().startsWith("<!--") ? "html" : "comment";
    out.push({ type, position: pos(i, 0, j, lines[j].text.length) });
    i = j + 1;
  }
  return out;
}

// Obsidian's free functions and small helpers: paths, links, frontmatter readers, debounce, icons, search.
import momentLib from "moment";

export const moment = momentLib;
export const apiVersion = "1.13.1";

export function requireApiVersion(version: string): boolean {
  const a = apiVersion.split(".").map(Number);
  const b = version.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** As Obsidian: unify slashes, trim them at both ends, root is "/", no-break spaces become spaces, NFC. */
export function normalizePath(path: string): string {
  let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
  if (p === "") p = "/";
  return p.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

/** `[[path#sub|alias]]` link text → `path`. */
export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.indexOf("#");
  if (i === -1) return { path: linktext, subpath: "" };
  return { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

export function stripHeading(heading: string): string {
  return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function stripHeadingForLink(heading: string): string {
  return heading.replace(/[#^[\]|]/g, " ").replace(/\s+/g, " ").trim();
}

function entry(frontmatter: any, key: string | RegExp): any {
  if (!frontmatter || typeof frontmatter !== "object") return null;
  if (typeof key === "string") return key in frontmatter ? frontmatter[key] : null;
  for (const k of Object.keys(frontmatter)) if (key.test(k)) return frontmatter[k];
  return null;
}

export function parseFrontMatterEntry(frontmatter: any, key: string | RegExp): any {
  const v = entry(frontmatter, key);
  return v === undefined ? null : v;
}

/** A string (comma separated) or a list of strings; anything else gives null. */
export function parseFrontMatterStringArray(frontmatter: any, key: string | RegExp): string[] | null {
  const v = entry(frontmatter, key);
  if (v === null || v === undefined) return null;
  let out: string[] = [];
  if (Array.isArray(v)) {
    for (const x of v) if (typeof x === "string" || typeof x === "number") out.push(String(x));
  } else if (typeof v === "string" || typeof v === "number") {
    out = String(v).split(",");
  } else return null;
  out = out.map((s) => s.trim()).filter((s) => s !== "");
  return out.length ? out : null;
}

export function parseFrontMatterAliases(frontmatter: any): string[] | null {
  return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

export function parseFrontMatterTags(frontmatter: any): string[] | null {
  const list = parseFrontMatterStringArray(frontmatter, /^tags?$/i);
  if (!list) return null;
  const tags = list.flatMap((t) => t.split(/\s+/)).filter((t) => t !== "").map((t) => (t.startsWith("#") ? t : `#${t}`));
  return tags.length ? tags : null;
}

export function getAllTags(cache: { frontmatter?: any; tags?: { tag: string }[] }): string[] | null {
  const out = [...(parseFrontMatterTags(cache.frontmatter) ?? [])];
  for (const t of cache.tags ?? []) out.push(t.tag);
  return out;
}

export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): Debouncer<T, V>;
  cancel(): Debouncer<T, V>;
  run(): V | void;
}

/** Runs `cb` once `timeout` ms after the first call (or after the last one with resetTimer), with the latest args. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: number | null = null;
  let lastArgs: T | null = null;
  const run = (): V | void => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    if (!lastArgs) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const d = ((...args: T) => {
    lastArgs = args;
    if (timer !== null && resetTimer) {
      window.clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = window.setTimeout(run, timeout);
    return d;
  }) as Debouncer<T, V>;
  d.cancel = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    lastArgs = null;
    return d;
  };
  d.run = run;
  return d;
}

export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://local/",
};

const customIcons = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
  customIcons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
  customIcons.delete(iconId);
}

export function getIconIds(): string[] {
  return [...customIcons.keys()];
}

export function getIcon(iconId: string): SVGSVGElement | null {
  if (!iconId) return null;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.classList.add("svg-icon", iconId);
  svg.setAttribute("data-icon", iconId);
  return svg;
}

/** Replaces the element's children with a (blank) svg carrying the icon id as class and data-icon. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  const svg = getIcon(iconId);
  if (svg) parent.appendChild(svg);
  parent.setAttribute("data-icon", iconId);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttribute("aria-label", tooltip);
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment): void {
  newTargetEl.setAttribute("aria-label", typeof content === "string" ? content : (content.textContent ?? ""));
}

export interface SearchResult {
  score: number;
  matches: [number, number][];
}

/** Subsequence match, case-insensitive; tighter and earlier matches score higher (scores are ≤ 0). */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, "");
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    let from = 0;
    let score = 0;
    for (const ch of q) {
      const i = t.indexOf(ch, from);
      if (i === -1) return null;
      score -= i - from;
      const last = matches[matches.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else matches.push([i, i + 1]);
      from = i + 1;
    }
    return { score: score - matches.length * 0.1, matches };
  };
}

/** Every space-separated word must occur (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return (text: string) => {
    const t = text.toLowerCase();
    const matches: [number, number][] = [];
    for (const w of words) {
      const i = t.indexOf(w);
      if (i === -1) return null;
      matches.push([i, i + w.length]);
    }
    return { score: 0, matches };
  };
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: [number, number][] | null, offset = 0): void {
  let pos = 0;
  for (const [s0, e0] of matches ?? []) {
    const s = s0 + offset;
    const e = e0 + offset;
    if (s > pos) el.appendChild(document.createTextNode(text.slice(pos, s)));
    const span = document.createElement("span");
    span.className = "suggestion-highlight";
    span.textContent = text.slice(s, e);
    el.appendChild(span);
    pos = e;
  }
  if (pos < text.length) el.appendChild(document.createTextNode(text.slice(pos)));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
  renderMatches(el, text, result.matches, offset);
}

export function sortSearchResults(results: { match: SearchResult }[]): void {
  results.sort((a, b) => b.match.score - a.match.score);
}

export function getLanguage(): string {
  return "en";
}

export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

export class Scope {
  private handlers: { modifiers: Modifier[] | null; key: string | null; func: (evt: KeyboardEvent, ctx: unknown) => unknown }[] = [];
  constructor(public parent?: Scope) {}
  register(modifiers: Modifier[] | null, key: string | null, func: (evt: KeyboardEvent, ctx: unknown) => unknown) {
    const h = { scope: this, modifiers, key, func };
    this.handlers.push(h);
    return h;
  }
  unregister(handler: unknown): void {
    this.handlers = this.handlers.filter((h) => h !== handler);
  }
}

export class Keymap {
  private scopes: Scope[] = [];
  pushScope(scope: Scope): void {
    this.scopes.push(scope);
  }
  popScope(scope: Scope): void {
    this.scopes = this.scopes.filter((s) => s !== scope);
  }
  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
    const e = evt as KeyboardEvent;
    switch (modifier) {
      case "Mod":
        return e.ctrlKey;
      case "Ctrl":
        return e.ctrlKey;
      case "Meta":
        return e.metaKey;
      case "Shift":
        return e.shiftKey;
      case "Alt":
        return e.altKey;
    }
  }
  static isModEvent(evt?: MouseEvent | KeyboardEvent | null): "tab" | "split" | "window" | boolean {
    if (!evt) return false;
    if (evt.ctrlKey && evt.altKey && evt.shiftKey) return "window";
    if (evt.ctrlKey && evt.altKey) return "split";
    if (evt.ctrlKey || (evt instanceof MouseEvent && evt.button === 1)) return "tab";
    return false;
  }
}

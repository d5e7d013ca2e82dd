// Security scan of the built main.js (the file users install): no network, no code from strings, no HTML
// injection sinks, and nothing required at run time but what Obsidian provides.
import { describe, expect, it } from "vitest";
import { buildMain } from "./harness";

const main = buildMain();

/** What main.js must never contain; each is searched for as code, not in a comment. */
const FORBIDDEN: [string, RegExp][] = [
  ["fetch(", /\bfetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["eval(", /(?<![\w$.])eval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["WebSocket", /\bnew\s+WebSocket\b/],
  ["sendBeacon", /\bsendBeacon\b/],
];

/** Obsidian provides these to plugins; anything else must be bundled. */
const ALLOWED_REQUIRE = /^(?:obsidian|@codemirror\/[a-z-]+)$/;

describe("main.js security scan", () => {
  it("is a real production build", () => {
    expect(main.length).toBeGreaterThan(50_000);
    expect(main).toMatch(/require\("obsidian"\)/);
  });

  it.each(FORBIDDEN)("has no %s", (_name, pattern) => {
    const hit = pattern.exec(main);
    expect(hit === null ? null : main.slice(Math.max(0, hit.index - 60), hit.index + 60)).toBeNull();
  });

  it("requires only obsidian and @codemirror/* at run time", () => {
    const required = [...main.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((id) => !ALLOWED_REQUIRE.test(id))).toEqual([]);
  });

  it("has no regex lookbehind: Safari before 16.4 (older iPhones) cannot compile one, and the plugin would not load", () => {
    const hit = /\(\?<[=!]/.exec(main);
    expect(hit === null ? null : main.slice(Math.max(0, hit.index - 60), hit.index + 60)).toBeNull();
    expect(/\(\?<[=!]/.test(String.raw`new RegExp("(?<=such\s+an?\s+)[a-z]{3,}")`)).toBe(true);
  });

  it("catches what it looks for (the patterns match a sample of each)", () => {
    const samples = ['fetch("x")', "new XMLHttpRequest()", "eval(s)", "new Function('a')", "el.innerHTML=s", "el.outerHTML", "el.insertAdjacentHTML('x', s)", "new WebSocket(u)", "navigator.sendBeacon(u)"];
    FORBIDDEN.forEach(([, pattern], i) => expect(pattern.test(samples[i])).toBe(true));
  });
});

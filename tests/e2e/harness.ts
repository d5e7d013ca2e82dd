// Node side of the Chromium e2e tests: builds main.js and the fake-Obsidian host page, launches headless Chromium.
//
// How to add a step to an e2e test (tests/e2e/*.test.ts, `// @vitest-environment node`):
//   const h = await startHost({ files });            // vault + production main.js loaded through onload
//   await h.page.evaluate(() => host.layoutReady());
//   await h.page.evaluate(() => host.runCommand("one-on-one:open-dashboard"));
//   expect(await h.page.locator(".workspace-leaf-content[data-type='one-on-one-dashboard']").count()).toBe(1);
//   expect(await h.page.evaluate(() => host.notices())).toContain("…");
//   expect(await h.page.evaluate(() => host.read("1-1s/Alex Kim/2024-05-02.md"))).toContain("- [x]");
//   await h.screenshot("dashboard");                  // → tests/out/e2e-dashboard.png
//   await h.shot("dashboard-light", ".mod-right-split"); // → tests/e2e/screenshots/dashboard-light.png (what a user sees)
// startHost({ theme: "dark" }) and startHost({ viewport: { width: 375, height: 812 } }) (body.is-mobile) for looks.
//   await h.close();
// Several hosts in one file: `const browser = await openBrowser()`, then `startHost({ browser, … })` per scenario (a
// fresh context each), `browser.close()` in afterAll. `now` starts the page's clock (Date, moment) at a given time.
// `host` (see browser-host.ts) also has openFile, write, openSettings, commandIds, viewTypes, resources, errors,
// and `host.obsidian` (the whole fake module) / `host.app` (the TestApp) for anything else.
/* global host -- the page global from browser-host.ts, declared below */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { CorePluginConfig, E2eHost } from "./browser-host";

declare global {
  // The page's global set by browser-host.ts, typed for page.evaluate callbacks.
  var host: E2eHost;
}

export const CHROMIUM = "/usr/bin/chromium";
/** The repository: the nearest folder above this file with the project's package.json (the benchmark bundles this file into dist/). */
function findRoot(): string {
  for (let dir = __dirname; ; dir = join(dir, "..")) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "one-on-one") return dir;
    if (join(dir, "..") === dir) throw new Error(`No one-on-one package.json above ${__dirname}`);
  }
}
export const ROOT = findRoot();
export const OUT = join(ROOT, "tests", "out");
/** Screenshots a person judges (ignored by git): tests/e2e/screenshots/<name>.png. */
export const SCREENSHOTS = join(ROOT, "tests", "e2e", "screenshots");

/** Why e2e cannot run here, or null when it can. */
export function unavailableReason(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install -y chromium)`;
}

let hostBundle: string | null = null;
let mainJs: string | null = null;

/** Bundles browser-host.ts (fake obsidian + DOM helpers + CodeMirror) into one script. */
export async function buildHost(): Promise<string> {
  if (hostBundle) return hostBundle;
  const result = await build({
    entryPoints: [join(ROOT, "tests", "e2e", "browser-host.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    // Smaller script, faster page start; names are kept so stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: "error",
  });
  hostBundle = result.outputFiles[0].text;
  mkdirSync(join(OUT, "e2e"), { recursive: true });
  writeFileSync(join(OUT, "e2e", "host.js"), hostBundle);
  return hostBundle;
}

/** Runs the production build (`node esbuild.config.mjs production`) and returns main.js. */
export function buildMain(): string {
  if (mainJs) return mainJs;
  // e2e files run in parallel workers: one builds (and reads) main.js at a time, so none reads a half-written file.
  mainJs = withLock(join(OUT, "e2e", ".build-lock"), () => {
    execFileSync(process.execPath, ["esbuild.config.mjs", "production", "--quiet"], { cwd: ROOT, stdio: "pipe" });
    return readFileSync(join(ROOT, "main.js"), "utf8");
  });
  return mainJs;
}

/** Runs fn holding a lock directory shared between processes (a lock older than a minute is taken as abandoned). */
function withLock<T>(lock: string, fn: () => T): T {
  mkdirSync(join(lock, ".."), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 60000) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 50);
    }
  }
  try {
    return fn();
  } finally {
    rmdirSync(lock);
  }
}

/** Every Markdown note under `dir` (config folder skipped), keyed by vault path. */
export function readVault(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".md")) files[relative(dir, full).split("\\").join("/")] = readFileSync(full, "utf8");
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** A few real-looking notes for when examples/vault is absent. */
export const FALLBACK_VAULT: Record<string, string> = {
  "People/Alex Kim.md": "---\ncadence: weekly\naliases: [Alex]\n---\n# Alex Kim\n\n## Next 1:1\n- Ask about the migration plan\n",
  "1-1s/Alex Kim/2024-05-02.md":
    '---\ntype: one-on-one\nperson: "[[Alex Kim]]"\ndate: 2024-05-02\n---\n# 1:1 with Alex Kim\n\n- [ ] @Alex send the design doc 📅 2024-05-09\n- [x] @me book the room ✅ 2024-05-02\n',
  "Daily/2024-05-03.md": "# Friday\n\n- [ ] Review [[Alex Kim]]'s PR\n",
};

export function exampleVault(): Record<string, string> {
  const files = readVault(join(ROOT, "examples", "vault"));
  return Object.keys(files).length ? files : FALLBACK_VAULT;
}

const EXAMPLE_CONFIG = join(ROOT, "examples", "vault", ".obsidian");

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

/** The example vault's plugin data (its .obsidian/plugins/one-on-one/data.json). */
export function exampleSettings(): Record<string, unknown> {
  return (readJson(join(EXAMPLE_CONFIG, "plugins", "one-on-one", "data.json")) as Record<string, unknown> | null) ?? {};
}

/** The core plugins the example vault enables, each with its options file (.obsidian/<id>.json) when there is one. */
export function exampleCorePlugins(): Record<string, CorePluginConfig> {
  const enabled = readJson(join(EXAMPLE_CONFIG, "core-plugins.json"));
  const out: Record<string, CorePluginConfig> = {};
  for (const id of Array.isArray(enabled) ? (enabled as string[]) : []) {
    const options = readJson(join(EXAMPLE_CONFIG, `${id}.json`));
    out[id] = { enabled: true, options: options && typeof options === "object" ? (options as Record<string, unknown>) : {} };
  }
  return out;
}

/** Obsidian's theme variables (default theme, light and dark) so screenshots show what styles.css does in each. */
const THEME_CSS = `
body { --size-4-1: 4px; --size-4-2: 8px; --size-4-3: 12px; --size-4-4: 16px; --font-ui-small: 13px; --font-ui-smaller: 12px;
  --font-semibold: 600; --radius-s: 4px; --radius-m: 8px; --checkbox-size: 15px; }
body.theme-light { color-scheme: light;
  --background-primary: #ffffff; --background-primary-alt: #fafafa; --background-secondary: #f6f6f6; --background-secondary-alt: #e3e3e3;
  --background-modifier-border: #e0e0e0; --background-modifier-hover: rgba(0,0,0,.067); --background-modifier-form-field: #ffffff;
  --text-normal: #222222; --text-muted: #5c5c5c; --text-faint: #ababab; --text-error: #e93147; --text-warning: #ec7500; --text-success: #08b94e;
  --text-accent: #8a5cf5; --text-on-accent: #ffffff; --interactive-normal: #ffffff; --interactive-hover: #f0f0f0;
  --interactive-accent: #8a5cf5; --interactive-accent-hover: #9a70f7; --color-red: #e93147; --color-orange: #ec7500;
  --color-blue: #086ddd; --color-green: #08b94e; --shadow-s: 0 1px 2px rgba(0,0,0,.1), 0 3px 7px rgba(0,0,0,.08); }
body.theme-dark { color-scheme: dark;
  --background-primary: #1e1e1e; --background-primary-alt: #242424; --background-secondary: #262626; --background-secondary-alt: #363636;
  --background-modifier-border: #363636; --background-modifier-hover: rgba(255,255,255,.067); --background-modifier-form-field: #1e1e1e;
  --text-normal: #dadada; --text-muted: #b3b3b3; --text-faint: #666666; --text-error: #fb464c; --text-warning: #e9973f; --text-success: #44cf6e;
  --text-accent: #a68af9; --text-on-accent: #ffffff; --interactive-normal: #363636; --interactive-hover: #3f3f3f;
  --interactive-accent: #8a5cf5; --interactive-accent-hover: #9a70f7; --color-red: #fb464c; --color-orange: #e9973f;
  --color-blue: #027aff; --color-green: #44cf6e; --shadow-s: 0 1px 2px rgba(0,0,0,.4), 0 3px 7px rgba(0,0,0,.3); }
`;

/** A little of Obsidian's app.css (layout, controls), written with the theme variables. */
const BASE_CSS = `${THEME_CSS}
body { margin: 0; font: 14px/1.5 system-ui, sans-serif, "Noto Color Emoji"; color: var(--text-normal); background: var(--background-primary); }
.workspace { display: flex; min-height: 100vh; }
.workspace-split { padding: 8px; } .mod-root { flex: 1; border-left: 1px solid var(--background-modifier-border); border-right: 1px solid var(--background-modifier-border); }
.mod-left-split, .mod-right-split { width: 280px; background: var(--background-secondary); }
.mod-right-split:has(.workspace-leaf-content[data-type="one-on-one-dashboard"]) { width: 360px; }
body.is-mobile .mod-left-split, body.is-mobile .mod-root, body.is-mobile .side-dock-ribbon { display: none; }
body.is-mobile .mod-right-split, body.is-mobile .mod-right-split:has(.workspace-leaf-content) { width: 100%; box-sizing: border-box; }
.view-header { font-weight: 600; border-bottom: 1px solid var(--background-modifier-border); padding: 4px 0; }
.view-content { padding: 8px 4px; }
button { font: inherit; font-size: var(--font-ui-small); color: var(--text-normal); background: var(--interactive-normal); border: 1px solid var(--background-modifier-border); border-radius: var(--radius-s); padding: 2px 10px; cursor: pointer; min-height: 26px; }
button.mod-cta { background: var(--interactive-accent); color: var(--text-on-accent); border-color: transparent; }
button.clickable-icon { background: transparent; border: none; min-height: 0; color: var(--text-muted); }
.clickable-icon[data-icon="more-vertical"]::before { content: "⋮"; font-size: 16px; line-height: 1; }
.svg-icon { width: 16px; height: 16px; display: inline-block; }
input[type="search"], input[type="text"], input[type="date"] { font: inherit; color: var(--text-normal); background: var(--background-modifier-form-field); border: 1px solid var(--background-modifier-border); border-radius: var(--radius-s); padding: 4px 8px; }
input[type="checkbox"] { accent-color: var(--interactive-accent); }
.task-list-item-checkbox { appearance: none; border: 1px solid var(--text-faint); border-radius: var(--radius-s); background: var(--background-primary); position: relative; }
.task-list-item-checkbox:checked { background: var(--interactive-accent); border-color: var(--interactive-accent); }
.task-list-item-checkbox:checked::after { content: "✓"; color: var(--text-on-accent); position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; font-size: 12px; }
a.internal-link, a.tag { color: var(--text-accent); text-decoration: none; }
a.tag { background: var(--background-modifier-hover); border-radius: 1em; padding: 0 6px; font-size: var(--font-ui-smaller); }
.setting-item { display: flex; gap: 12px; padding: 6px 0; border-top: 1px solid var(--background-modifier-border); }
.setting-item-info { flex: 1; } .setting-item-heading .setting-item-name { font-weight: 700; font-size: 16px; }
.setting-item-description { color: var(--text-muted); font-size: 12px; }
.vertical-tab-content { position: fixed; top: 24px; left: 25%; width: 50%; max-height: 80vh; overflow: auto;
  background: var(--background-primary); border: 1px solid var(--background-modifier-border); padding: 16px; box-shadow: 0 4px 24px rgba(0,0,0,.2); }
.modal-container { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; background: rgba(0,0,0,.3); }
.modal { background: var(--background-primary); padding: 16px; min-width: 300px; max-width: 80vw; max-height: 85vh; overflow: auto; border-radius: 8px; }
.modal-title { font-weight: 700; font-size: 16px; margin-bottom: 8px; }
.prompt-input { width: 100%; font-size: 16px; padding: 6px; box-sizing: border-box; }
.suggestion-item { padding: 4px 8px; } .suggestion-item.is-selected { background: var(--background-modifier-hover); border-radius: 4px; }
.suggestion-highlight { font-weight: 700; color: var(--text-accent); }
.markdown-source-view.mod-cm6 .cm-editor { font: 15px/1.6 system-ui, sans-serif; }
.markdown-source-view.mod-cm6 .cm-scroller { font-family: system-ui, sans-serif; }
.markdown-preview-view { padding: 8px 16px; } .markdown-preview-view li { list-style: none; }
.notice-container { position: fixed; top: 8px; right: 8px; } .notice { background: #333; color: #fff; padding: 8px 12px; margin: 4px; border-radius: 6px; white-space: pre-wrap; }
.status-bar { position: fixed; bottom: 0; right: 0; padding: 2px 8px; background: var(--background-secondary); border-top-left-radius: 6px; font-size: var(--font-ui-smaller); }
`;

export interface Host {
  page: Page;
  /** Screenshot of the whole page to tests/out/e2e-<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  /** Screenshot of the window, or of the element `selector` finds (cut at the window's height), to tests/e2e/screenshots/<name>.png. */
  shot(name: string, selector?: string): Promise<string>;
  close(): Promise<void>;
}

export interface StartOptions {
  files?: Record<string, string>;
  /** data.json content for the plugin (a string is stored as is). */
  pluginData?: unknown;
  /** Core plugins and their options, as `app.internalPlugins` shows them (e.g. exampleCorePlugins()). */
  corePlugins?: Record<string, CorePluginConfig>;
  /** Starts the page's clock (Date.now, new Date(), moment()) at this local time; it runs on from there. */
  now?: string;
  /** A browser from openBrowser(): the host gets a fresh context in it (closed by close()). Else one is launched. */
  browser?: Browser;
  /** Page size (default 1280×800); a width under 500 also marks the body `is-mobile`, as Obsidian's phone app does. */
  viewport?: { width: number; height: number };
  theme?: "light" | "dark";
}

const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const VIEWPORT = { width: 1280, height: 800 };

/** Headless Chromium to share between the scenarios of one test file. */
export function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
}

/** Launches Chromium, loads the host page, the vault and the production main.js (onload runs). */
export async function startHost(options: StartOptions = {}): Promise<Host> {
  const [script, main] = [await buildHost(), buildMain()];
  const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as Record<string, unknown>;
  const styles = readFileSync(join(ROOT, "styles.css"), "utf8");
  const profile = options.browser ? null : mkdtempSync(join(tmpdir(), "one-on-one-e2e-"));
  const removeProfile = () => profile && rmSync(profile, { recursive: true, force: true });
  let context: BrowserContext | null = null;
  const viewport = options.viewport ?? VIEWPORT;
  const bodyClass = `theme-${options.theme ?? "light"}${viewport.width < 500 ? " is-mobile" : ""}`;
  try {
    context = options.browser
      ? await options.browser.newContext({ viewport })
      : await chromium.launchPersistentContext(profile!, { executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, viewport });
    // Nothing in these tests may touch the network.
    await context.route("**/*", (route) => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    if (options.now) await page.clock.install({ time: new Date(options.now) });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${BASE_CSS}</style><style>${styles}</style></head><body class="${bodyClass}"></body></html>`);
    await page.addScriptTag({ content: script });
    await page.evaluate(({ files, main, manifest, data, core }) => host.start(files, main, manifest, data, core), {
      files: options.files ?? exampleVault(),
      main,
      manifest,
      data: options.pluginData,
      core: options.corePlugins ?? {},
    });
    const ctx = context;
    return {
      page,
      async screenshot(name) {
        mkdirSync(OUT, { recursive: true });
        const path = join(OUT, `e2e-${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      async shot(name, selector) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const path = join(SCREENSHOTS, `${name}.png`);
        // What a user sees: the element (or page) cut at the window's height.
        const box = selector ? await page.locator(selector).first().boundingBox() : null;
        const view = page.viewportSize() ?? VIEWPORT;
        const clip = box ? { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, view.height - box.y) } : undefined;
        await page.screenshot({ path, clip });
        return path;
      },
      async close() {
        await ctx.close();
        removeProfile();
      },
    };
  } catch (e) {
    await context?.close();
    removeProfile();
    throw e;
  }
}

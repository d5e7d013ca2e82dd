// @vitest-environment node
// Imports in src/core flow down only (DESIGN.md "Architecture"); this reads every import and fails on one against the flow.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Each layer of src/core and the layers it may import, besides itself. Same-rank layers never import each
 * other: actions and people know nothing of each other, the feedback linter only needs markdown.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  markdown: [],
  actions: ["markdown"],
  people: ["markdown"],
  vault: ["actions", "people", "markdown"],
  followups: ["vault", "actions", "people", "markdown"],
  templates: ["followups", "vault", "actions", "people", "markdown"],
  daily: ["templates", "followups", "vault", "actions", "people", "markdown"],
  agenda: ["templates", "followups", "vault", "actions", "people", "markdown"],
  feedback: ["markdown"],
  "action-check": ["followups", "vault", "actions", "people", "markdown"],
};

interface SourceFile {
  /** Repo-relative path with "/" separators. */
  path: string;
  text: string;
}

/** Every relative module specifier a file imports or re-exports (type-only and dynamic imports included). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[^\w.])(?:import|export)\s*(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?\(?\s*["']([^"']+)["']/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]);
  return out;
}

/** The layer of a path under src/core, or null when the path is outside src/core or in no layer folder. */
function layerOf(path: string): string | null {
  const m = /^src\/core\/([^/]+)\//.exec(path);
  return m ? m[1] : null;
}

/** Every import against the flow, as "from → to: why". */
function violations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const from = layerOf(f.path);
    if (from === null || !(from in MAY_IMPORT)) {
      out.push(`${f.path}: not in a layer folder (${Object.keys(MAY_IMPORT).join(", ")})`);
      continue;
    }
    for (const spec of specifiers(f.text)) {
      if (!spec.startsWith(".")) continue; // packages: the purity lint rule guards those
      const target = normalize(join(dirname(f.path), spec)).split("\\").join("/");
      const to = layerOf(target + "/");
      if (to === null) out.push(`${f.path} → ${spec}: src/core imports nothing outside src/core (settings, plugin, cli)`);
      else if (to !== from && !MAY_IMPORT[from].includes(to)) out.push(`${f.path} → ${spec}: ${from} may not import ${to}`);
    }
  }
  return out;
}

function coreFiles(dir = "src/core"): SourceFile[] {
  const out: SourceFile[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...coreFiles(p));
    else if (e.name.endsWith(".ts")) out.push({ path: relative(".", p).split("\\").join("/"), text: readFileSync(p, "utf8") });
  }
  return out;
}

describe("src/core layers", () => {
  const files = coreFiles();

  it("reads the whole core, and every import in it flows down", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(specifiers(files.map((f) => f.text).join("\n")).length).toBeGreaterThan(300);
    expect(violations(files)).toEqual([]);
  });

  it("finds every kind of import statement", () => {
    const text = [
      'import { a } from "./a";',
      'import type { B } from "../b";',
      'import * as c from "./c";',
      'import d, { e } from "./d";',
      'import "./side-effect";',
      'export { f } from "./f";',
      'export type { G } from "./g";',
      "export * from './h';",
      'const i = await import("./i");',
      "import {\n  j,\n  type K,\n} from \"./j\";",
      'import { l } from "chrono-node";',
    ].join("\n");
    expect(specifiers(text)).toEqual(["./a", "../b", "./c", "./d", "./side-effect", "./f", "./g", "./h", "./i", "./j", "chrono-node"]);
  });

  it("fails on an import against the flow", () => {
    const bad = (path: string, text: string) => violations([{ path, text }]);
    expect(bad("src/core/actions/x.ts", 'import type { Person } from "../people/directory";')).toEqual([
      "src/core/actions/x.ts → ../people/directory: actions may not import people",
    ]);
    expect(bad("src/core/people/x.ts", 'import type { ActionItem } from "../actions/types";')).toHaveLength(1);
    expect(bad("src/core/vault/x.ts", 'export { queryItems } from "../followups/follow-ups";')).toHaveLength(1);
    expect(bad("src/core/markdown/x.ts", 'import { nameKey } from "../people/directory";')).toHaveLength(1);
    expect(bad("src/core/feedback/rules/x.ts", 'import { appendBlock } from "../../templates/followups";')).toHaveLength(1);
    expect(bad("src/core/followups/x.ts", 'import { itemLine } from "../templates/followups";')).toHaveLength(1);
  });

  it("fails on src/core importing settings, the plugin or the CLI, and on a file outside the layers", () => {
    expect(violations([{ path: "src/core/vault/x.ts", text: 'import type { OneOnOneSettings } from "../../settings";' }])).toEqual([
      "src/core/vault/x.ts → ../../settings: src/core imports nothing outside src/core (settings, plugin, cli)",
    ]);
    expect(violations([{ path: "src/core/followups/x.ts", text: 'import { h } from "../../plugin/host";' }])).toHaveLength(1);
    expect(violations([{ path: "src/core/stray.ts", text: "" }])).toEqual([expect.stringContaining("not in a layer folder")]);
  });

  it("allows imports down the flow and within a layer", () => {
    const ok = [
      { path: "src/core/followups/x.ts", text: 'import { ActionIndex } from "../vault/index-store";\nimport { y } from "./y";\nimport { a } from "../markdown/lines";' },
      { path: "src/core/templates/x.ts", text: 'import { compareItems } from "../followups/compare";' },
      { path: "src/core/feedback/rules/x.ts", text: 'import { scanNote } from "../../markdown/scanner";\nimport { h } from "../helpers";' },
    ];
    expect(violations(ok)).toEqual([]);
  });
});

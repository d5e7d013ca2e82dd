// Random frontmatter documents read by the reader and by the `yaml` package: the reader gives YAML's value or refuses.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { parseFrontmatter } from "../../../src/core/markdown/frontmatter";
import { doc, render } from "./yaml-doc-arbitrary";

/** Own keys only, every level, in order. */
function ownShape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(ownShape);
  if (v === null || typeof v !== "object") return v;
  return Object.keys(v).map((k): [string, unknown] => [k, ownShape((v as Record<string, unknown>)[k])]);
}

describe("frontmatter reader on random documents, against the yaml package", () => {
  it("reads what YAML reads, refuses what YAML refuses, and otherwise refuses with a line and a reason", () => {
    let read = 0;
    let valid = 0;
    fc.assert(
      fc.property(doc, fc.constantFrom("\n", "\r\n"), fc.boolean(), (node, eol, bom) => {
        const yamlText = render(node, true);
        const text = render(node, false);
        let expected: unknown;
        let yamlError: unknown = null;
        try {
          // Every line of the frontmatter ends with a line break, the last one too (a kept block scalar keeps it).
          expected = parseYaml(yamlText + "\n") ?? {};
        } catch (e) {
          yamlError = e;
        }
        const fm = parseFrontmatter(`${bom ? "\uFEFF" : ""}---${eol}${text.replace(/\n/g, eol)}${eol}---${eol}# Body`);
        if (fm.error !== null) {
          expect(fm.error).toMatch(/^line \d+: \S/);
          expect(fm.data).toEqual({});
        }
        if (yamlError !== null) {
          expect(fm.error, `YAML refuses this (${yamlError instanceof Error ? yamlError.message : "?"}); the reader read ${JSON.stringify(fm.data)}`).not.toBeNull();
          return;
        }
        valid++;
        if (fm.error !== null) return;
        read++;
        expect(ownShape(fm.data)).toEqual(ownShape(expected));
      }),
      { numRuns: 3000 },
    );
    // Refusing valid YAML is allowed (the reader says why), but it must stay the exception.
    expect(read / valid).toBeGreaterThan(0.95);
  });
});

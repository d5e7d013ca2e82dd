// Suppression comments shared by the linters: `%% <name>-disable|disable-next-line|enable [rule-id…] %%` read into line ranges.

/** One suppression comment: its kind, its 0-based line, the rule ids it names ("*" = every rule). Tuples keep main.js small. */
export type Directive = [kind: "disable" | "disable-next-line" | "enable", line: number, ids: string[]];

/** Lines [from, to) where rule `id` ("*" = every rule) is off: after disable-next-line, or from a disable to the enable that closes it. */
export type Suppression = [id: string, from: number, to: number];

/** The suppression comments on one line; `pattern` is global, its groups the kind and the ids (each linter has its own name). */
export function directivesOn(text: string, line: number, pattern: RegExp): Directive[] {
  return [...text.matchAll(pattern)].map((m) => {
    const ids = m[2].replace(/-$/, "").split(/[\s,]+/).filter(Boolean);
    return [m[1].toLowerCase() as Directive[0], line, ids.length ? ids : ["*"]];
  });
}

/**
 * Line ranges (disable-next-line; a disable closed by a later enable naming it, or by a bare enable), and the disables
 * left open as [id, line], which each linter reads its own way.
 */
export function suppressions(directives: readonly Directive[]): { ranges: Suppression[]; open: [string, number][] } {
  const ranges: Suppression[] = [];
  const open: [string, number][] = [];
  directives.forEach(([kind, line, ids], i) => {
    if (kind === "enable") return;
    for (const id of ids) {
      const next = kind !== "disable";
      const end = next ? line + 2 : directives.slice(i + 1).find(([k, , e]) => k === "enable" && (e[0] === "*" || e.includes(id)))?.[1];
      if (end === undefined) open.push([id, line]);
      else ranges.push([id, next ? line + 1 : line, end]);
    }
  });
  return { ranges, open };
}

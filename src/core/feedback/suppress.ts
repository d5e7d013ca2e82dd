// Suppression: `%% feedback-lint-disable|disable-next-line|enable [rule-id…] %%` comments and frontmatter `feedback-lint: off`.
import { frontmatterDate, parseFrontmatterLines, stringList } from "../markdown/frontmatter";

const DIRECTIVE = /(?:%%|<!--)\s*feedback-lint-(disable-next-line|disable|enable)\b([^%>]*)(?:%%|-->)/gi;

/** One suppression comment: its kind, its 0-based line, the rule ids it names ("*" = every rule). Tuples keep main.js small. */
export type Directive = [kind: "disable" | "disable-next-line" | "enable", line: number, ids: string[]];

/** Lines [from, to) where rule `id` ("*" = every rule) is off: after disable-next-line, or from a disable to the enable that closes it. */
export type Suppression = [id: string, from: number, to: number];

/** The suppression comments on one line. */
export function directivesOn(text: string, line: number): Directive[] {
  return [...text.matchAll(DIRECTIVE)].map((m) => {
    const ids = m[2].replace(/-$/, "").split(/[\s,]+/).filter(Boolean);
    return [m[1].toLowerCase() as Directive[0], line, ids.length ? ids : ["*"]];
  });
}

/**
 * Line ranges (disable-next-line; a disable closed by a later enable naming it, or by a bare enable), and the disables
 * left open as [id, line], which keep their old meaning: the whole block they sit in, or the whole note.
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

export interface NoteSettings {
  /** `feedback-lint: off` (or false/no) in the frontmatter. */
  off: boolean;
  /** Frontmatter `date` as a real YYYY-MM-DD day, or null. */
  date: string | null;
  /** `type: one-on-one`: a prose-only feedback section is the template's, so it is linted. */
  oneOnOne: boolean;
}

/** Reads what the linter needs from the frontmatter lines; never throws. */
export function noteSettings(lines: readonly string[]): NoteSettings {
  const fm = parseFrontmatterLines(lines);
  // Broken YAML elsewhere in the frontmatter must not switch the note's opt-out back on.
  const data = fm.error ? looseKeys(lines.slice(1, fm.end)) : fm.data;
  const flag = data["feedback-lint"];
  const off = flag === false || (typeof flag === "string" && /^(?:off|false|no|disabled?)$/i.test(flag.trim()));
  return { off, date: frontmatterDate(data.date), oneOnOne: stringList(data.type).some((t) => t.trim().toLowerCase() === "one-on-one") };
}

function looseKeys(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const m = /^(feedback-lint|date|type):\s*["']?([^"'#]*)/.exec(l);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

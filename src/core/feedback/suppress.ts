// Suppression: `%% feedback-lint-disable|disable-next-line|enable [rule-id…] %%` comments and frontmatter `feedback-lint: off`.
import { frontmatterDate, parseFrontmatterLines, stringList } from "../markdown/frontmatter";
import { directivesOn as readDirectives, type Directive } from "../markdown/lint-directives";

const DIRECTIVE = /(?:%%|<!--)\s*feedback-lint-(disable-next-line|disable|enable)\b([^%>]*)(?:%%|-->)/gi;

export { suppressions, type Directive, type Suppression } from "../markdown/lint-directives";

/** The feedback linter's suppression comments on one line. */
export const directivesOn = (text: string, line: number): Directive[] => readDirectives(text, line, DIRECTIVE);

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

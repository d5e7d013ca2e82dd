// Suppression: `%% feedback-lint-disable [rule-id…] %%` comments and frontmatter `feedback-lint: off`.
import { frontmatterDate, parseFrontmatterLines } from "../markdown/frontmatter";

const DISABLE = /(?:%%|<!--)\s*feedback-lint-disable\b([^%>]*)(?:%%|-->)/gi;

/** Rule ids a line disables ("*" = every rule); empty when the line has no disable comment. */
export function disabledOn(line: string): string[] {
  return [...line.matchAll(DISABLE)].flatMap((m) => {
    const named = m[1].replace(/-$/, "").split(/[\s,]+/).filter(Boolean);
    return named.length ? named : ["*"];
  });
}

export interface NoteSettings {
  /** `feedback-lint: off` (or false/no) in the frontmatter. */
  off: boolean;
  /** Frontmatter `date` as a real YYYY-MM-DD day, or null. */
  date: string | null;
}

/** Reads what the linter needs from the frontmatter lines; never throws. */
export function noteSettings(lines: readonly string[]): NoteSettings {
  const fm = parseFrontmatterLines(lines);
  // Broken YAML elsewhere in the frontmatter must not switch the note's opt-out back on.
  const data = fm.error ? looseKeys(lines.slice(1, fm.end)) : fm.data;
  const flag = data["feedback-lint"];
  const off = flag === false || (typeof flag === "string" && /^(?:off|false|no|disabled?)$/i.test(flag.trim()));
  return { off, date: frontmatterDate(data.date) };
}

function looseKeys(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const m = /^(feedback-lint|date):\s*["']?([^"'#]*)/.exec(l);
    if (m) out[m[1]] = m[2].trim();
  }
  return out;
}

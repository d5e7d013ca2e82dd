// checkActions(note): the agreed-action rules on each open item of a 1:1 note (or of any note, when asked), sorted by line.
import { parseActions, type ParseOptions } from "../actions/parse";
import type { ActionItem } from "../actions/types";
import { leadingOwner } from "../followups/leading-owner";
import { directivesOn, suppressions } from "../markdown/lint-directives";
import { parseFrontmatter, type FrontmatterValue } from "../markdown/frontmatter";
import { splitText } from "../markdown/lines";
import type { PersonDirectory } from "../people/directory";
import { oneOnOneFromFrontmatter } from "../people/one-on-one-notes";
import { itemFixes } from "./fixes";
import { ACTION_RULES } from "./rules";
import type { ActionDiagnostic, ActionRule, Severity } from "./types";

export interface ActionCheckOptions {
  /** YYYY-MM-DD: the base of "In a week" and "By next 1:1". */
  today: string;
  /** Who the names are: owners written as "Name to …", the 1:1's person and their cadence. */
  directory: PersonDirectory;
  /** Check every note, not only 1:1 notes (`type: one-on-one`). */
  everywhere?: boolean;
  /** Notes never checked: the configured templates (a template's placeholder tasks are not agreed actions). */
  excludedFiles?: readonly string[];
  /** Per-rule severity or "off"; rules not listed keep their default. */
  severities?: Readonly<Record<string, Severity | "off">>;
  parse?: ParseOptions;
  /** Rules to run instead of the built-in list (tests, docs). */
  rules?: readonly ActionRule[];
}

const DIRECTIVE = /(?:%%|<!--)\s*action-lint-(disable-next-line|disable|enable)\b([^%>]*)(?:%%|-->)/gi;
const OFF = /^(?:off|false|no|disabled?)$/i;

function frontmatterData(text: string): Record<string, FrontmatterValue> {
  return text.startsWith("---") || text.startsWith("\uFEFF---") ? parseFrontmatter(text).data : {};
}

/** Lines [from, to) where a rule is off, from `%% action-lint-disable… %%`; a disable never closed runs to the end. */
function suppressed(lines: readonly string[]): [string, number, number][] {
  if (!lines.some((l) => l.includes("action-lint-"))) return [];
  const { ranges, open } = suppressions(lines.flatMap((l, i) => directivesOn(l, i, DIRECTIVE)));
  return [...ranges, ...open.map(([id, line]): [string, number, number] => [id, line, lines.length])];
}

/** The rules on every open item of the note; [] for notes out of scope, templates and `action-lint: off`. Never throws. */
export function checkActions(path: string, text: string, options: ActionCheckOptions): ActionDiagnostic[] {
  if (options.excludedFiles?.includes(path)) return [];
  const data = frontmatterData(text);
  const flag = data["action-lint"];
  if (flag === false || (typeof flag === "string" && OFF.test(flag.trim()))) return [];
  const oneOnOne = oneOnOneFromFrontmatter(data);
  // A template's frontmatter holds placeholders (`person: "{{person_link}}"`): wherever it is kept, it is no 1:1.
  const template = [data.person, data.date].some((v) => typeof v === "string" && v.includes("{{"));
  if (template || (oneOnOne === null && !options.everywhere)) return [];
  const all = parseActions(path, text, options.parse);
  const items = all.filter((it) => it.isOpen);
  if (items.length === 0) return [];
  const { directory } = options;
  const byLine = new Map(all.map((it) => [it.line, it]));
  /** The item and its parent items, nearest first: a sub-item shares its parent's owner and date ("Prep the packet @me 📅 …" → "Write the summary"). */
  const lineage = (it: ActionItem): ActionItem[] => {
    const out = [it];
    for (let p = it.parentLine; p !== null && out.length < 50; ) {
      const parent = byLine.get(p);
      if (!parent) break;
      out.push(parent);
      p = parent.parentLine;
    }
    return out;
  };
  const person = oneOnOne?.person ? (directory.get(oneOnOne.person)?.name ?? oneOnOne.person) : null;
  const cadenceDays = person === null ? null : (directory.get(person)?.cadence?.days ?? null);
  const { lines, eols } = splitText(text);
  const lineStarts: number[] = [];
  let at = text.startsWith("\uFEFF") ? 1 : 0;
  for (let i = 0; i < lines.length; i++) {
    lineStarts.push(at);
    at += lines[i].length + (eols[i]?.length ?? 0);
  }
  const off = suppressed(lines);
  const rules = options.rules ?? ACTION_RULES;
  const out: ActionDiagnostic[] = [];
  for (const item of items) {
    const lineFrom = lineStarts[item.line - 1];
    if (lineFrom === undefined) continue;
    // "Sam to add the check": Sam owns it, and the words to judge are "add the check".
    const leading = leadingOwner(item.text, directory);
    const words = leading?.rest ?? item.text;
    const family = lineage(item);
    const hasOwner = leading !== null || family.some((it) => (it.ownerRaw !== null && it.ownerRaw.trim() !== "") || (it !== item && leadingOwner(it.text, directory) !== null));
    const due = family.find((it) => it.due !== null)?.due ?? null;
    const fixes = itemFixes(item, lineFrom, { today: options.today, person, cadenceDays, noteDate: oneOnOne?.date ?? null });
    // From the item's words (after `] `) to the end of its line: what the editor underlines.
    const close = item.original.indexOf("]", item.original.indexOf("[")) + 1;
    const from = lineFrom + Math.min(item.original.length, close + (item.original[close] === " " ? 1 : 0));
    const to = lineFrom + item.original.length;
    for (const rule of rules) {
      const severity = options.severities?.[rule.id] ?? rule.severity;
      if (severity === "off") continue;
      if (off.some(([id, a, b]) => (id === "*" || id === rule.id) && item.line - 1 >= a && item.line - 1 < b)) continue;
      const found = rule.check({ item, hasOwner, due, words, fixes });
      if (!found) continue;
      const [fix, ...suggestions] = (found.fixes ?? []).filter((f) => f !== null);
      const d: ActionDiagnostic = { ruleId: rule.id, severity, block: "Action item", part: null, line: item.line, from, to, message: found.message };
      if (fix) d.fix = fix;
      if (suggestions.length) d.suggestions = suggestions;
      out.push(d);
    }
  }
  return out;
}

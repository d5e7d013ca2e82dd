// Makes sure a rendered note is a 1:1 note: `type`, `person` and `date` in its frontmatter, whatever the template said.
import { dominantEol, splitText } from "../markdown/lines";
import { parseFrontmatter } from "../markdown/frontmatter";
import { topLevelKey } from "../markdown/yaml-block";

/** The note with its 1:1 keys, or unchanged with the reason when its frontmatter cannot be read (adding keys would not fix it). */
export interface OneOnOneFrontmatter {
  text: string;
  /** Set when the template's frontmatter is unreadable: the note keeps it as written and is not found as a 1:1. */
  error: string | null;
}

/** Adds the 1:1 keys a template left out (a user template without frontmatter still makes a note the plugin finds). */
export function ensureOneOnOneFrontmatter(text: string, person: string, date: string): OneOnOneFrontmatter {
  const fm = parseFrontmatter(text);
  if (fm.error !== null) return { text, error: fm.error };
  const values: Record<string, string> = { type: "one-on-one", person: `[[${person}]]`, date };
  const wanted: [string, string][] = [
    ["type", "type: one-on-one"],
    ["person", `person: "[[${person.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}]]"`],
    ["date", `date: ${date}`],
  ];
  const missing = wanted.filter(([key]) => !(key in fm.data) || fm.data[key] === null || fm.data[key] === "");
  if (missing.length === 0) return { text, error: null };
  return { text: withKeys(text, fm.end, missing, values, fm.data), error: null };
}

function withKeys(text: string, end: number, missing: [string, string][], values: Record<string, string>, data: Record<string, unknown>): string {
  const split = splitText(text);
  const eol = dominantEol(split);
  const bom = split.bom ? "\uFEFF" : "";
  const body = split.bom ? text.slice(1) : text;
  if (end === -1) return `${bom}---${eol}${missing.map(([, l]) => l + eol).join("")}---${eol}${body}`;
  const lines = split.lines;
  const rest = lines.slice(end + 1);
  const restText = rest.length === 0 ? "" : eol + rest.join(eol);
  const tail = restText === "" && split.eols[end] !== "" ? eol : restText;
  const json = braced(lines.slice(1, end).join("\n"), data);
  if (json !== null) {
    // Frontmatter in braces (JSON, or a YAML flow map) gets the keys inside its object, written back as JSON (which is YAML too).
    const merged: Record<string, unknown> = {};
    for (const [key] of missing) merged[key] = values[key];
    for (const [key, value] of Object.entries(json)) if (!(key in merged)) merged[key] = value;
    return bom + ["---", ...JSON.stringify(merged, null, 2).split("\n"), "---"].join(eol) + tail;
  }
  // Keys left empty by the template are dropped so the added ones are not duplicates.
  const keep: string[] = [];
  for (let i = 1; i < end; i++) {
    const key = topLevelKey(lines[i])?.key;
    if (key && missing.some(([k]) => k === key)) continue;
    keep.push(lines[i]);
  }
  return bom + ["---", ...missing.map(([, l]) => l), ...keep, "---"].join(eol) + tail;
}

/** A frontmatter body in braces as an object (JSON exactly as written, else the YAML flow map as read); null for block YAML. */
function braced(body: string, data: Record<string, unknown>): Record<string, unknown> | null {
  if (!body.trimStart().startsWith("{")) return null;
  try {
    const v: unknown = JSON.parse(body);
    if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // A YAML flow map such as `{tags: [1-1]}`: the reader's values.
  }
  return data;
}

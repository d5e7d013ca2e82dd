// Makes sure a rendered note is a 1:1 note: `type`, `person` and `date` in its frontmatter, whatever the template said.
import { dominantEol, splitText } from "../markdown/lines";
import { parseFrontmatter } from "../markdown/frontmatter";

/** Adds the 1:1 keys a template left out (a user template without frontmatter still makes a note the plugin finds). */
export function ensureOneOnOneFrontmatter(text: string, person: string, date: string): string {
  const fm = parseFrontmatter(text);
  const wanted: [string, string][] = [
    ["type", "type: one-on-one"],
    ["person", `person: "[[${person.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}]]"`],
    ["date", `date: ${date}`],
  ];
  const missing = wanted.filter(([key]) => !(key in fm.data) || fm.data[key] === null || fm.data[key] === "");
  if (missing.length === 0) return text;
  const split = splitText(text);
  const eol = dominantEol(split);
  const bom = split.bom ? "\uFEFF" : "";
  const body = split.bom ? text.slice(1) : text;
  if (fm.end === -1) return `${bom}---${eol}${missing.map(([, l]) => l + eol).join("")}---${eol}${body}`;
  // Keys left empty by the template are dropped so the added ones are not duplicates.
  const lines = split.lines;
  const keep: string[] = [];
  for (let i = 1; i < fm.end; i++) {
    const key = /^([^\s:#][^:]*):/.exec(lines[i])?.[1].trim();
    if (key && missing.some(([k]) => k === key)) continue;
    keep.push(lines[i]);
  }
  const head = ["---", ...missing.map(([, l]) => l), ...keep, "---"].join(eol);
  const rest = lines.slice(fm.end + 1);
  const restText = rest.length === 0 ? "" : eol + rest.join(eol);
  return bom + head + (restText === "" && split.eols[fm.end] !== "" ? eol : restText);
}

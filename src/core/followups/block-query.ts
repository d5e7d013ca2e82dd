// The ```one-on-one``` live block: its query (`person:`, `show:`, `owner:`) read strictly, and the items it lists.
import type { ResolvedItem } from "./types";
import { linkTarget } from "../markdown/frontmatter";

export const BLOCK_SHOWS = ["open", "overdue", "stale", "done"] as const;
export type BlockShow = (typeof BLOCK_SHOWS)[number];

export type BlockOwner = { kind: "me" } | { kind: "them" } | { kind: "name"; name: string };

export interface BlockQuery {
  /** The person as written (link brackets and alias removed), or null: the note's own person. */
  person: string | null;
  show: BlockShow;
  owner: BlockOwner | null;
  /** "items" (default): the item list; "person": the person overview (with `person:` or the note's person). */
  view: "items" | "person";
}

export type BlockQueryResult = { ok: true; query: BlockQuery } | { ok: false; errors: string[] };

const KEYS = ["person", "show", "owner", "view"];

/** `[[Alex Kim|Alex]]`, `"[[Alex Kim]]"`, `Alex Kim` → "Alex Kim". */
function personName(value: string): string {
  const v = value.replace(/^["']|["']$/g, "").trim();
  return v.startsWith("[[") ? (linkTarget(v) ?? v) : v;
}

/** Reads the block's lines as `key: value`; blank lines and `#` comments are skipped; anything else is an error. */
export function parseBlockQuery(source: string): BlockQueryResult {
  const query: BlockQuery = { person: null, show: "open", owner: null, view: "items" };
  const errors: string[] = [];
  const seen = new Set<string>();
  const lines = source.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "" || line.startsWith("#")) continue;
    const at = `line ${i + 1}`;
    const m = /^([A-Za-z_-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      errors.push(`Cannot read “${line}” (${at}): write key: value, with key person, show, owner or view.`);
      continue;
    }
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (!KEYS.includes(key)) {
      errors.push(`Unknown key “${m[1]}” (${at}): use person, show, owner or view.`);
      continue;
    }
    if (seen.has(key)) {
      errors.push(`“${key}” is given twice (${at}).`);
      continue;
    }
    seen.add(key);
    if (value === "") {
      errors.push(`“${key}” has no value (${at}).`);
      continue;
    }
    if (key === "person") {
      const name = personName(value);
      if (name === "") errors.push(`“person” has no name (${at}).`);
      else query.person = name;
    } else if (key === "view") {
      const v = value.toLowerCase();
      if (v === "person" || v === "items") query.view = v;
      else errors.push(`Unknown view “${value}” (${at}): use person or items.`);
    } else if (key === "show") {
      const v = value.toLowerCase();
      if ((BLOCK_SHOWS as readonly string[]).includes(v)) query.show = v as BlockShow;
      else errors.push(`Unknown show “${value}” (${at}): use open, overdue, stale or done.`);
    } else {
      const v = value.toLowerCase();
      if (v === "me" || v === "@me") query.owner = { kind: "me" };
      else if (v === "them") query.owner = { kind: "them" };
      else {
        const name = personName(value.replace(/^@/, ""));
        if (name === "") errors.push(`“owner” has no name (${at}): use me, them or a name.`);
        else query.owner = { kind: "name", name };
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, query };
}

/**
 * The block's items from the items about its person (in `compareItems` order, open ones for every show but
 * "done"); `ownerName` is the owner name already resolved to a person's canonical name.
 */
export function selectBlockItems(items: readonly ResolvedItem[], query: BlockQuery, today: string, ownerName: string | null = null): ResolvedItem[] {
  const owner = query.owner;
  const wanted = ownerName?.toLowerCase() ?? null;
  return items.filter((it) => {
    if (query.show === "done" ? it.state !== "done" : !it.isOpen) return false;
    if (query.show === "overdue" && !(it.due !== null && it.due < today)) return false;
    if (query.show === "stale" && !it.stale) return false;
    if (owner?.kind === "me" && it.direction !== "i-owe") return false;
    if (owner?.kind === "them" && it.direction !== "they-owe") return false;
    if (owner?.kind === "name" && (it.owner === null || it.owner.toLowerCase() !== wanted)) return false;
    return true;
  });
}

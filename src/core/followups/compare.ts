// The one order of follow-ups: every list (dashboard, live block, CLI table, daily-note section, snapshot) sorts by it.
import type { ResolvedItem } from "./types";

/** Overdue first, then by due date (undated last), then by path and line. */
export function compareItems(a: ResolvedItem, b: ResolvedItem, today: string): number {
  const ao = a.isOpen && a.due !== null && a.due < today;
  const bo = b.isOpen && b.due !== null && b.due < today;
  if (ao !== bo) return ao ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return comparePlace(a, b);
}

/** Vault order: by path, then line (what compareItems falls back on, and the CLI's JSON order). */
export function comparePlace(a: Pick<ResolvedItem, "path" | "line">, b: Pick<ResolvedItem, "path" | "line">): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line;
}

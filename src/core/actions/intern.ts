// One shared string per distinct short value (dates, owners, tags, names), so a large index keeps fewer objects alive.

// Module state for memory only: intern(s) === s as a value, so the pool can never change a result.
const pool = new Map<string, string>();
const LIMIT = 10000;

/** The pooled copy of `s`; the pool is emptied when it grows past LIMIT distinct values. */
export function intern(s: string): string {
  const hit = pool.get(s);
  if (hit !== undefined) return hit;
  if (pool.size >= LIMIT) pool.clear();
  pool.set(s, s);
  return s;
}

/** The empty list every item without tags, mentions or problems shares; frozen, so writing to it throws. */
export const NO_STRINGS = Object.freeze([]) as unknown as string[];

/** `list` with `s` appended: a new array when `list` is the shared empty one. */
export function appended(list: string[], s: string): string[] {
  if (list.length === 0) return [s];
  list.push(s);
  return list;
}

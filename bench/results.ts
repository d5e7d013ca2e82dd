// The benchmark numbers as data: each benchmark records its figures here; `--json` prints them as one object.

/** The fields `npm run --silent bench -- --json` prints (issue 10); every one must be recorded by a run of all benchmarks. */
export const RESULT_FIELDS = [
  "floorMs", "indexMs", "remarkMs", "updateMs2k", "updateMs20k", "queryMs", "lintMsPerBlock",
  "heapBytesPerItem", "notes", "items", "longLineMs", "maxSliceMs", "indexQueryMs",
] as const;

/** Figures printed after those, only by the runs that measure them (`--vault <dir>`; Chromium for the vault-wide checks). */
export const OPTIONAL_FIELDS = ["vaultNotes", "vaultItems", "vaultFloorMs", "vaultIndexMs", "checkFloorMs", "checkMs", "checkMaxFrameMs"] as const;

export type ResultField = (typeof RESULT_FIELDS)[number] | (typeof OPTIONAL_FIELDS)[number];

const results = new Map<ResultField, number>();

export function record(field: ResultField, value: number): void {
  results.set(field, Number(value.toPrecision(4)));
}

/**
 * The recorded figures in the documented order. With `complete` (every benchmark ran) a missing one throws: a
 * benchmark was skipped or broke; a chosen few print what they recorded.
 */
export function resultsJson(complete = true): string {
  const missing = RESULT_FIELDS.filter((f) => !results.has(f));
  if (complete && missing.length) throw new Error(`bench: no figure recorded for ${missing.join(", ")}`);
  const fields = [...RESULT_FIELDS, ...OPTIONAL_FIELDS].filter((f) => results.has(f));
  return JSON.stringify(Object.fromEntries(fields.map((f) => [f, results.get(f)])));
}

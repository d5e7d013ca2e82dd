// Cadence of 1:1s with a person: weekly, biweekly, monthly or "every N days".

export interface Cadence {
  /** Days between two 1:1s. */
  days: number;
  /** As the user wrote it, normalised to lower case. */
  label: string;
}

const NAMED: Record<string, number> = {
  daily: 1,
  weekly: 7,
  biweekly: 14,
  "bi-weekly": 14,
  fortnightly: 14,
  "every other week": 14,
  monthly: 30,
  quarterly: 91,
};

/** Parses a frontmatter `cadence`; null when absent, "invalid" when present but unreadable. */
export function parseCadence(raw: unknown): Cadence | null | "invalid" {
  if (raw === undefined || raw === null || raw === "") return null;
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0 ? { days: raw, label: `every ${raw} days` } : "invalid";
  if (typeof raw !== "string") return "invalid";
  const label = raw.trim().toLowerCase();
  if (label in NAMED) return { days: NAMED[label], label };
  const m = /^every\s+(\d{1,4})\s+(day|days|week|weeks)$/.exec(label);
  if (!m) return "invalid";
  const n = Number(m[1]) * (m[2].startsWith("week") ? 7 : 1);
  return n > 0 ? { days: n, label } : "invalid";
}

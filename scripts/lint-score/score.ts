// Precision and recall of the feedback linter on folders of notes that state their expected findings
// (`<!-- expect: rule-id@line … -->`, or "none"): the "first contact" number for notes the linter never saw.
import { lint } from "../../src/core/feedback/lint";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  notes: number;
  perRule: Map<string, Counts>;
  all: Counts;
  /** Per note with a miss: the findings not expected, and the expected ones not found. */
  misses: { note: string; extra: string[]; missing: string[] }[];
}

/** The expected findings a note states, as `rule-id@line`. */
export function expectedFindings(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<!--\s*expect:([\s\S]*?)-->/g)) for (const t of m[1].split(/\s+/)) if (t && t !== "none") out.push(t);
  return out;
}

/** A finding matches an expectation when rule id and line agree; each expectation matches once. */
export function scoreNotes(notes: readonly { name: string; text: string }[], noteDate: string): Score {
  const perRule = new Map<string, Counts>();
  const count = (id: string) => {
    const rule = id.slice(0, id.lastIndexOf("@"));
    let c = perRule.get(rule);
    if (!c) perRule.set(rule, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const misses: Score["misses"] = [];
  for (const note of notes) {
    const missing = expectedFindings(note.text);
    const extra: string[] = [];
    for (const d of lint(note.text, { noteDate })) {
      const id = `${d.ruleId}@${d.line}`;
      const at = missing.indexOf(id);
      if (at === -1) {
        extra.push(id);
        count(id).fp++;
      } else {
        missing.splice(at, 1);
        count(id).tp++;
      }
    }
    for (const id of missing) count(id).fn++;
    if (extra.length || missing.length) misses.push({ note: note.name, extra, missing });
  }
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const c of perRule.values()) {
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  return { notes: notes.length, perRule, all, misses };
}

const ratio = (n: number, d: number) => (d === 0 ? "–" : (n / d).toFixed(2));

/** The score as a Markdown table (one row per rule with a count, then all), and each note's misses. */
export function scoreReport(score: Score): string[] {
  const row = (name: string, c: Counts) => `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${ratio(c.tp, c.tp + c.fp)} | ${ratio(c.tp, c.tp + c.fn)} |`;
  const lines = [`${score.notes} notes`, "", "| rule | TP | FP | FN | precision | recall |", "|---|---|---|---|---|---|"];
  for (const [rule, c] of [...score.perRule].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(row(rule, c));
  lines.push(row("**all**", score.all));
  for (const m of score.misses) lines.push("", m.note, ...(m.extra.length ? [`  not expected: ${m.extra.join(" ")}`] : []), ...(m.missing.length ? [`  not found: ${m.missing.join(" ")}`] : []));
  return lines;
}

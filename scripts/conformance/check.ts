// Compares the task parser and the fake metadata cache with a recording of real Obsidian, and the rule table of a catalogue with the rules in code.
import { parseActions } from "../../src/core/actions/parse";
import { RULES } from "../../src/core/feedback/rules";
import { computeCache } from "../../tests/fakes/obsidian/markdown-cache";

/** A task line as a recording numbers it: 1-based line, status character. */
export interface RecordedTask {
  line: number;
  status: string;
}

export interface Recording {
  notes: { name: string; text: string; tasks: RecordedTask[] }[];
}

const show = (tasks: readonly RecordedTask[]) => (tasks.length ? tasks.map((t) => `${t.line}[${t.status}]`).join(" ") : "none");
const byLine = (a: RecordedTask, b: RecordedTask) => a.line - b.line;
const same = (a: readonly RecordedTask[], b: readonly RecordedTask[]) => a.length === b.length && a.every((t, i) => t.line === b[i].line && t.status === b[i].status);

/** The parser's task lines for a note, as the recording numbers them. */
export function parserTasks(name: string, text: string): RecordedTask[] {
  return parseActions(`Test Data/${name}.md`, text).map((i) => ({ line: i.line, status: i.status }));
}

/** The fake metadata cache's task lines (0-based positions made 1-based, one per line). */
export function fakeCacheTasks(text: string): RecordedTask[] {
  const lines = new Map<number, string>();
  for (const item of computeCache(text).listItems ?? []) if (item.task !== undefined) lines.set(item.position.start.line + 1, item.task);
  return [...lines].map(([line, status]) => ({ line, status })).sort(byLine);
}

/** Validates the shape of a parsed recording; throws with the first problem. */
export function asRecording(raw: unknown): Recording {
  const notes = (raw as { notes?: unknown } | null)?.notes;
  if (!Array.isArray(notes) || notes.length === 0) throw new Error("expected an object with a non-empty `notes` array");
  for (const [i, n] of notes.entries()) {
    const note = n as { name?: unknown; text?: unknown; tasks?: unknown };
    const ok = typeof note.name === "string" && typeof note.text === "string" && Array.isArray(note.tasks) &&
      note.tasks.every((t: { line?: unknown; status?: unknown }) => Number.isInteger(t.line) && typeof t.status === "string");
    if (!ok) throw new Error(`notes[${i}] needs name, text and tasks [{ line, status }]`);
  }
  return raw as Recording;
}

/** Every disagreement between the recording and the parser or the fake cache, one line each. */
export function checkRecording(rec: Recording): string[] {
  const out: string[] = [];
  for (const note of rec.notes) {
    const want = [...note.tasks].sort(byLine);
    const parsed = parserTasks(note.name, note.text);
    if (!same(parsed, want)) out.push(`parser     ${note.name}: Obsidian ${show(want)}, parser ${show(parsed)}`);
    const cached = fakeCacheTasks(note.text);
    if (!same(cached, want)) out.push(`fake cache ${note.name}: Obsidian ${show(want)}, fake ${show(cached)}`);
  }
  return out;
}

const ROW = /^\| ((?:structure|any|facts|feelings|options|request)\/[a-z-]+) \|(.*)$/gm;

/** Disagreements between a catalogue's rule table (id and default severity) and the rules in code. */
export function checkCatalogue(text: string): string[] {
  const listed = new Map([...text.matchAll(ROW)].map((m) => [m[1], m[2].split("|").map((c) => c.trim())]));
  if (listed.size === 0) return ["the catalogue has no rule table rows (| part/rule | … | severity | … |)"];
  const out: string[] = [];
  for (const r of RULES) {
    const cells = listed.get(r.id);
    if (!cells) out.push(`rule ${r.id} is in code but not in the catalogue`);
    else if (!cells.some((c) => c.startsWith(r.severity))) out.push(`rule ${r.id}: code says ${r.severity}, catalogue says ${cells.join(" | ")}`);
  }
  const inCode = new Set(RULES.map((r) => r.id));
  for (const id of listed.keys()) if (!inCode.has(id)) out.push(`rule ${id} is in the catalogue but not in code`);
  return out;
}

/** `conformance [<recorded.json>] [--catalogue <file>]`: prints each disagreement, returns the exit code. */
export function runConformance(argv: string[], read: (path: string) => string, log: (line: string) => void): number {
  let recorded: string | undefined;
  let catalogue: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--catalogue") catalogue = argv[++i];
    else if (recorded === undefined && !argv[i].startsWith("--")) recorded = argv[i];
    else {
      log(`conformance: unexpected argument ${argv[i]}`);
      return 2;
    }
  }
  if (recorded === undefined && catalogue === undefined) {
    log("usage: npm run conformance -- <recorded.json> [--catalogue <rules.md>]");
    return 2;
  }
  const problems: string[] = [];
  try {
    if (recorded !== undefined) {
      const rec = asRecording(JSON.parse(read(recorded)));
      const found = checkRecording(rec);
      problems.push(...found);
      log(`${recorded}: ${rec.notes.length} notes, ${found.length} disagreements`);
    }
    if (catalogue !== undefined) {
      const found = checkCatalogue(read(catalogue));
      problems.push(...found);
      log(`${catalogue}: ${RULES.length} rules in code, ${found.length} disagreements`);
    }
  } catch (e) {
    log(`conformance: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  for (const p of problems) log(`  ${p}`);
  return problems.length ? 1 : 0;
}

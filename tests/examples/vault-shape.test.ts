// Checks that the demo vault and examples/expected.json describe each other, using the shared scanner.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { scanNote, type MarkdownLine } from "../../src/core/markdown";

// happy-dom gives import.meta.url an http scheme, so resolve from the test file's folder.
const EXAMPLES = resolve(__dirname, "../../examples");
const VAULT = join(EXAMPLES, "vault");
const TODAY = "2026-11-25";

interface ExpectedTask {
  line: number;
  status: string;
  due?: string;
  done?: string;
  owner: string | null;
  person: string | null;
  direction: "I owe" | "they owe" | "unassigned";
  carried?: number;
  invalidDate?: string;
}
interface ExpectedFeedback {
  path: string;
  line: number;
  title: string;
  form: "heading" | "callout";
  expect: "good" | "bad" | "skipped";
  rules?: string[];
  mayAlsoFire?: string[];
  suppressed?: string[];
}
interface Expected {
  today: string;
  settings: Record<string, string>;
  people: { path: string; name: string; aliases: string[]; cadence: string; nextTopics: string[] }[];
  oneOnOnes: { path: string; person: string; date: string }[];
  notOneOnOnes: { path: string }[];
  tasks: Record<string, ExpectedTask[]>;
  decoys: Record<string, { line: number; context: string; text: string }[]>;
  invalidDates: { path: string; line: number; value: string }[];
  specials: { kind: string; path: string; line: number }[];
  questionBank: string[];
  questionsAsked: Record<string, string[]>;
  feedback: ExpectedFeedback[];
  files: Record<string, { eol: "lf" | "crlf"; finalNewline: boolean }>;
}

const expected = JSON.parse(readFileSync(join(EXAMPLES, "expected.json"), "utf8")) as Expected;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === ".obsidian") continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(relative(VAULT, full).split(sep).join("/"));
  }
  return out.sort();
}

const allFiles = walk(VAULT);
const notes = allFiles.filter((p) => p.endsWith(".md"));
const raw = new Map(notes.map((p) => [p, readFileSync(join(VAULT, p), "utf8")]));
const scanned = new Map(notes.map((p) => [p, scanNote(raw.get(p)!)]));

/** Obsidian's notion of a task, applied after the quote prefix: marker, spaces, one-character box, space or end. */
const TASK = /^[ \t]*(?:[-*+]|\d+[.)]) +\[([^\]])\](?:[ \t]|$)/u;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function taskStatus(line: MarkdownLine): string | null {
  if (line.context !== "text") return null;
  const m = TASK.exec(line.text.slice(line.contentStart));
  return m ? m[1] : null;
}

function isRealDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Just enough YAML for these notes: scalars, quoted scalars, flow lists and block lists. */
function frontmatter(path: string): Record<string, string | string[]> {
  const s = scanned.get(path)!;
  const out: Record<string, string | string[]> = {};
  let key = "";
  for (const l of s.lines.slice(1, Math.max(s.frontmatterEnd, 1))) {
    const kv = /^([A-Za-z_-]+):\s*(.*)$/.exec(l.text);
    const item = /^\s+-\s+(.*)$/.exec(l.text);
    if (kv) {
      key = kv[1];
      const v = kv[2].trim();
      if (v === "") out[key] = [];
      else if (v.startsWith("[") && !v.startsWith("[[")) out[key] = v.slice(1, -1).split(",").map(unquote).filter(Boolean);
      else out[key] = unquote(v);
    } else if (item && Array.isArray(out[key])) (out[key] as string[]).push(unquote(item[1]));
  }
  return out;
}

function unquote(v: string): string {
  const t = v.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

const peopleNotes = notes.filter((p) => p.startsWith("People/"));
const personNames = new Set(peopleNotes.map((p) => p.slice("People/".length, -3)));

describe("vault layout", () => {
  it("has no expectations file inside the vault (it would be indexed)", () => {
    expect(allFiles.filter((p) => /expected/i.test(p))).toEqual([]);
  });
  it("has valid Obsidian config: daily notes in Daily/, its template present, the plugin enabled", () => {
    const cfg = (name: string): unknown => JSON.parse(readFileSync(join(VAULT, ".obsidian", name), "utf8"));
    const daily = cfg("daily-notes.json") as { folder: string; format: string; template: string };
    expect(daily).toEqual({ folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily template" });
    expect(raw.has(`${daily.template}.md`)).toBe(true);
    expect(cfg("core-plugins.json")).toContain("daily-notes");
    expect(cfg("community-plugins.json")).toEqual(["one-on-one"]);
    expect(typeof cfg("app.json")).toBe("object");
    const dailies = notes.filter((p) => p.startsWith("Daily/"));
    expect(dailies.length).toBeGreaterThanOrEqual(4);
    for (const p of dailies) expect(isRealDate(p.slice("Daily/".length, -3))).toBe(true);
  });
  it("leaves no note ending inside a code block or comment", () => {
    for (const [path, s] of scanned) {
      const last = s.lines[s.lines.length - 1];
      expect(["text", "frontmatter"], path).toContain(last.context);
    }
  });
  it("records line endings and final newlines truthfully", () => {
    for (const [path, text] of raw) {
      const info = expected.files[path] ?? { eol: "lf", finalNewline: true };
      if (info.eol === "crlf") expect(text.replace(/\r\n/g, ""), path).not.toMatch(/[\r\n]/);
      else expect(text, path).not.toContain("\r");
      expect(text.endsWith("\n"), path).toBe(info.finalNewline);
    }
    expect(Object.values(expected.files).some((f) => f.eol === "crlf")).toBe(true);
    expect(Object.values(expected.files).some((f) => !f.finalNewline)).toBe(true);
  });
});

describe("people", () => {
  it("has at least four people with aliases and a valid cadence, one with an apostrophe", () => {
    expect(peopleNotes.length).toBeGreaterThanOrEqual(4);
    for (const p of peopleNotes) {
      const fm = frontmatter(p);
      expect(fm.cadence, p).toMatch(/^(weekly|biweekly|monthly|every \d+ days?)$/);
      expect(Array.isArray(fm.aliases) && fm.aliases.length > 0, p).toBe(true);
    }
    expect([...personNames].some((n) => n.includes("'"))).toBe(true);
    const cadences = new Set(peopleNotes.map((p) => frontmatter(p).cadence));
    expect(cadences.size).toBeGreaterThanOrEqual(4);
  });
  it("matches expected.json: names, aliases, cadence, topics queued under ## Next 1:1", () => {
    const actual = peopleNotes.map((path) => {
      const s = scanned.get(path)!;
      const fm = frontmatter(path);
      const topics: string[] = [];
      let inside = false;
      for (const l of s.lines) {
        if (l.context !== "text") continue;
        if (l.heading) inside = l.heading.text === "Next 1:1";
        else if (inside && l.text.startsWith("- ") && taskStatus(l) === null) topics.push(l.text.slice(2));
      }
      return { path, name: path.slice("People/".length, -3), aliases: fm.aliases, cadence: fm.cadence, nextTopics: topics };
    });
    expect(actual).toEqual(expected.people);
    const counts = actual.map((p) => p.nextTopics.length);
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBe(3);
  });
});

describe("1:1 notes", () => {
  const found = notes
    .filter((p) => frontmatter(p).type === "one-on-one")
    .map((path) => {
      const fm = frontmatter(path);
      const link = /^\[\[([^\]|]+)\]\]$/.exec(String(fm.person));
      return { path, person: link ? link[1] : "", date: String(fm.date) };
    });
  const valid = found.filter((o) => personNames.has(o.person) && isRealDate(o.date));

  it("has at least twelve with a person link and a real date, spread over two months", () => {
    expect(valid.length).toBeGreaterThanOrEqual(12);
    const dates = valid.map((o) => o.date).sort();
    expect(dates[0] >= "2026-09-28" && dates[dates.length - 1] <= "2026-11-24").toBe(true);
    for (const name of personNames) expect(valid.filter((o) => o.person === name).length, name).toBeGreaterThanOrEqual(2);
  });
  it("lives at 1-1s/<person>/<date>.md and is 20 to 80 lines long", () => {
    for (const o of valid) {
      expect(o.path).toBe(`1-1s/${o.person}/${o.date}.md`);
      const n = scanned.get(o.path)!.lines.length;
      expect(n >= 20 && n <= 80, `${o.path}: ${n} lines`).toBe(true);
    }
  });
  it("matches expected.json, and the template (type: one-on-one, variables) is the only invalid one", () => {
    const key = (o: { person: string; date: string }) => `${o.person}|${o.date}`;
    expect([...valid].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.oneOnOnes);
    expect(found.filter((o) => !valid.includes(o)).map((o) => o.path)).toEqual(expected.notOneOnOnes.map((o) => o.path));
  });
});

describe("tasks", () => {
  it("lists exactly the task lines the scanner finds, with their status", () => {
    for (const [path, s] of scanned) {
      const actual = s.lines.flatMap((l) => {
        const st = taskStatus(l);
        return st === null ? [] : [{ line: l.index + 1, status: st }];
      });
      const listed = (expected.tasks[path] ?? []).map((t) => ({ line: t.line, status: t.status }));
      expect(actual, path).toEqual(listed);
    }
  });
  it("never lists a decoy, and has every kind of decoy", () => {
    const kinds = new Set<string>();
    for (const [path, decoys] of Object.entries(expected.decoys)) {
      const s = scanned.get(path)!;
      const listed = new Set((expected.tasks[path] ?? []).map((t) => t.line));
      for (const d of decoys) {
        const line = s.lines[d.line - 1];
        expect(line.text, path).toBe(d.text);
        expect(listed.has(d.line), `${path}:${d.line}`).toBe(false);
        expect(taskStatus(line), `${path}:${d.line}`).toBeNull();
        if (line.context === "code") kinds.add("code");
        else if (line.context === "comment") kinds.add(line.text.includes("<!--") || !line.text.includes("%%") ? "comment" : "percent");
        else if (line.text.trimStart().startsWith("|")) kinds.add("table");
        else if (/^-\[/.test(line.text)) kinds.add("no-space");
        else if (/^- \[\]/.test(line.text)) kinds.add("empty-box");
      }
    }
    expect([...kinds].sort()).toEqual(["code", "comment", "empty-box", "no-space", "table"]);
    const commentLines = Object.entries(expected.decoys).flatMap(([p, ds]) => ds.filter((d) => d.context === "comment").map((d) => raw.get(p)!));
    expect(commentLines.some((t) => t.includes("%%"))).toBe(true);
    expect(commentLines.some((t) => t.includes("<!--"))).toBe(true);
  });
  it("covers every status, both field syntaxes, callouts, nesting, numbering and a bad date", () => {
    const all = Object.entries(expected.tasks).flatMap(([path, ts]) => ts.map((t) => ({ path, t, text: scanned.get(path)!.lines[t.line - 1] })));
    expect(new Set(all.map((a) => a.t.status))).toEqual(new Set([" ", "/", "x", "X", "-", ">"]));
    const has = (re: RegExp) => all.some((a) => re.test(a.text.text));
    for (const re of [/📅/u, /✅/u, /❌/u, /⏳/u, /🔼/u, /🔁 every week/u, /\[owner:: \[\[/, /\[due:: /, /\(completion:: /, /\^[\w-]+$/, /@me\b/, /@[A-Z]/]) {
      expect(has(re), String(re)).toBe(true);
    }
    expect(all.some((a) => a.text.quoteDepth > 0)).toBe(true);
    expect(all.some((a) => /^[\t ]+[-*+]/.test(a.text.text))).toBe(true);
    expect(all.some((a) => /^\d+[.)] /.test(a.text.text))).toBe(true);
    expect(expected.invalidDates.map((d) => d.value)).toEqual(["2026-02-30"]);
    const open = all.filter((a) => " /".includes(a.t.status));
    expect(open.some((a) => a.t.due !== undefined && a.t.due < TODAY)).toBe(true);
    expect(open.some((a) => a.t.due !== undefined && a.t.due >= TODAY && a.t.due <= "2026-12-02")).toBe(true);
    expect(open.some((a) => a.t.due === undefined && a.t.invalidDate === undefined)).toBe(true);
    expect(all.some((a) => a.t.direction === "unassigned" && a.t.person === null)).toBe(true);
  });
  it("gives due and done dates that appear in the line, and carried counts that follow the 1:1 history", () => {
    const byPath = new Map(expected.oneOnOnes.map((o) => [o.path, o]));
    for (const [path, ts] of Object.entries(expected.tasks)) {
      for (const t of ts) {
        const text = scanned.get(path)!.lines[t.line - 1].text;
        for (const d of [t.due, t.done]) if (d) expect(text, `${path}:${t.line}`).toContain(d);
        if (t.carried === undefined) continue;
        const note = byPath.get(path)!;
        const later = expected.oneOnOnes.filter((o) => o.person === t.person && o.date > note.date).length;
        expect(t.carried, `${path}:${t.line}`).toBe(later);
      }
    }
  });
  it("follows up by reference: no open item is copied into another 1:1 note", () => {
    const seen = new Map<string, string>();
    for (const o of expected.oneOnOnes) {
      for (const t of expected.tasks[o.path] ?? []) {
        if (!" /".includes(t.status)) continue;
        const body = scanned.get(o.path)!.lines[t.line - 1].text.replace(/^[\s>]*(?:[-*+]|\d+[.)]) +\[.\] /u, "");
        expect(seen.get(body), body).toBeUndefined();
        seen.set(body, o.path);
      }
    }
    const carried = expected.specials.find((s) => s.kind === "carried")!;
    const item = expected.tasks[carried.path].find((t) => t.line === carried.line)!;
    expect(item.status).toBe(" ");
    expect(item.carried).toBeGreaterThanOrEqual(3);
  });
  it("points every special case at a listed task", () => {
    for (const s of expected.specials) {
      expect(expected.tasks[s.path]?.some((t) => t.line === s.line), `${s.kind} ${s.path}:${s.line}`).toBe(true);
    }
    const multi = expected.specials.find((s) => s.kind === "multi-line")!;
    const lines = scanned.get(multi.path)!.lines;
    for (const l of lines.slice(multi.line, multi.line + 2)) {
      expect(l.text).toMatch(/^ {2}\S/);
      expect(taskStatus(l)).toBeNull();
    }
  });
  it("keeps templates free of checkboxes", () => {
    for (const p of notes.filter((n) => n.startsWith("Templates/"))) expect(expected.tasks[p], p).toBeUndefined();
  });
});

describe("feedback blocks", () => {
  const handbook = [
    "In the meeting last Thursday, you emphasized a couple of times that the existing codebase was a mess and that it is a pain to work with.",
    "I noticed a distressed look on Jeff's face, who wrote most of that code. So I don't think I am the only one who sees it that way. From what I can see, you are not reaching people.",
    "What do you suggest to avoid this in the future?",
    "Can you be more specific?",
    "Thanks for listening and for considering my points. Let's talk again in two weeks to discuss how things are going and if you notice any changes in your interactions with colleagues.",
  ];

  /** Lines of a block: a heading's section up to the next heading of the same or higher level, or a callout's quote. */
  function blockLines(f: ExpectedFeedback): MarkdownLine[] {
    const lines = scanned.get(f.path)!.lines;
    const start = lines[f.line - 1];
    const out = [start];
    for (const l of lines.slice(f.line)) {
      if (f.form === "callout" ? l.quoteDepth === 0 : l.context === "text" && l.heading !== null && l.heading.level <= start.heading!.level) break;
      out.push(l);
    }
    return out;
  }

  it("lists every feedback heading and callout in the vault", () => {
    const found: string[] = [];
    for (const [path, s] of scanned) {
      for (const l of s.lines) {
        if (l.context !== "text") continue;
        if (l.heading && /^feedback/i.test(l.heading.text)) found.push(`${path}:${l.index + 1}`);
        if (l.callout?.type === "feedback") found.push(`${path}:${l.index + 1}`);
      }
    }
    expect(found.sort()).toEqual(expected.feedback.map((f) => `${f.path}:${f.line}`).sort());
  });
  it("has the forms and verdicts the demo needs", () => {
    for (const f of expected.feedback) {
      const l = scanned.get(f.path)!.lines[f.line - 1];
      if (f.form === "heading") expect(l.heading?.text).toBe(f.title);
      else expect(l.callout).toEqual({ type: "feedback", fold: "", title: f.title });
    }
    const count = (v: string) => expected.feedback.filter((f) => f.expect === v).length;
    expect(count("good")).toBeGreaterThanOrEqual(3);
    expect(count("bad")).toBeGreaterThanOrEqual(4);
    expect(expected.feedback.filter((f) => f.expect === "skipped").every((f) => /^Feedback (from|received)/i.test(f.title))).toBe(true);
    expect(count("skipped")).toBeGreaterThanOrEqual(1);
    expect(expected.feedback.some((f) => f.form === "callout" && f.expect === "good")).toBe(true);
    expect(expected.feedback.some((f) => f.path.startsWith("Drafts/"))).toBe(true);
  });
  it("contains the handbook example verbatim in one good block", () => {
    const good = expected.feedback.filter((f) => f.expect === "good").map((f) => blockLines(f).map((l) => l.text).join("\n"));
    expect(good.some((text) => handbook.every((s) => text.includes(s)))).toBe(true);
  });
  it("writes each bad block so its intended rules have something to fire on", () => {
    const bad = expected.feedback.filter((f) => f.expect === "bad");
    const ids = new Set(bad.flatMap((f) => f.rules ?? []));
    for (const id of ids) expect(id).toMatch(/^(structure|any|facts|feelings|options|request)\/[a-z-]+$/);
    for (const id of ["structure/missing-part", "any/person-label", "facts/generalization", "feelings/pseudo-feeling", "options/why-or-leading", "request/no-deadline", "request/vague", "request/threat"]) {
      expect(ids.has(id), id).toBe(true);
    }
    const text = bad.map((f) => blockLines(f).map((l) => l.text).join("\n")).join("\n");
    for (const phrase of ["You are always so careless", "I feel ignored", "Why didn't you", "Be more careful.", "otherwise I'll escalate"]) {
      expect(text).toContain(phrase);
    }
    const missing = bad.find((f) => f.rules?.includes("structure/missing-part"))!;
    const parts = blockLines(missing).filter((l) => l.heading && l.heading.level > 2).map((l) => l.heading!.text);
    expect(parts).toEqual(["Facts", "Feelings", "Request"]);
  });
  it("puts each suppression comment inside its block, before the line it covers", () => {
    const suppressed = expected.feedback.filter((f) => f.suppressed?.length);
    expect(suppressed.length).toBeGreaterThanOrEqual(1);
    for (const f of suppressed) {
      const lines = blockLines(f);
      for (const id of f.suppressed!) {
        const at = lines.findIndex((l) => l.text.trim() === `%% feedback-lint-disable ${id} %%`);
        expect(at, id).toBeGreaterThan(0);
        expect(lines[at].context).toBe("comment");
        expect(lines[at + 1].context).toBe("text");
      }
    }
  });
});

describe("templates and question bank", () => {
  it("uses the documented variables in the 1:1 template", () => {
    const t = raw.get(expected.settings.noteTemplate)!;
    for (const v of ["{{person}}", "{{person_link}}", "{{date:YYYY-MM-DD}}", "{{previous_link}}", "{{followups}}", "{{agenda}}", "{{questions:2}}", "{{feedback}}"]) {
      expect(t).toContain(v);
    }
  });
  it("has about twenty distinct questions, one per bullet", () => {
    const s = scanned.get(expected.settings.questionBank)!;
    const qs = s.lines.filter((l) => l.context === "text" && l.text.startsWith("- ")).map((l) => l.text.slice(2));
    expect(qs.length).toBeGreaterThanOrEqual(20);
    expect(qs).toEqual(expected.questionBank);
    expect(new Set(qs).size).toBe(qs.length);
    for (const q of qs) expect(q.endsWith("?"), q).toBe(true);
  });
  it("records which bank questions past 1:1 notes asked, as list items", () => {
    expect(Object.keys(expected.questionsAsked).length).toBeGreaterThanOrEqual(2);
    for (const [path, qs] of Object.entries(expected.questionsAsked)) {
      expect(expected.oneOnOnes.some((o) => o.path === path), path).toBe(true);
      const bullets = scanned.get(path)!.lines.filter((l) => l.context === "text").map((l) => l.text);
      for (const q of qs) {
        expect(expected.questionBank).toContain(q);
        expect(bullets).toContain(`- ${q}`);
      }
    }
  });
  it("names settings that point at existing notes", () => {
    for (const key of ["noteTemplate", "dailyTemplate", "questionBank"]) expect(existsSync(join(VAULT, expected.settings[key]))).toBe(true);
    expect(expected.settings.myName).toBe("Dana Reyes");
    expect(expected.today).toBe(TODAY);
  });
});

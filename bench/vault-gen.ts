// A deterministic, seeded vault generator for benchmarks: person notes, 1:1s, dailies and project notes.

export interface GeneratedNote {
  path: string;
  text: string;
}

export interface VaultSpec {
  notes: number;
  seed?: number;
  people?: number;
}

// Notes as a vault read returns them: text decoded from the file's bytes is one flat string, while the
// concatenations below build rope strings whose every character read costs an extra indirection.
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const asRead = (note: GeneratedNote): GeneratedNote => ({ path: note.path, text: decoder.decode(encoder.encode(note.text)) });

/** mulberry32: small, fast and good enough to make reproducible vaults. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Alex", "Sam", "Priya", "Mei", "Jordan", "Taylor", "Noor", "Lena", "Marco", "Ines", "Kofi", "Ravi", "Hana", "Omar", "Zoe", "Emil"];
const LAST = ["Kim", "O'Brien", "Natarajan", "Chen", "Lee", "Silva", "Haddad", "Novak", "Rossi", "Costa", "Mensah", "Iyer", "Sato", "Farah", "Berg", "Lund"];
const VERBS = ["Send", "Review", "Draft", "Ask", "Share", "Book", "Follow up on", "Write", "Fix", "Check", "Update", "Plan"];
const OBJECTS = ["the Q4 OKR draft", "the promo packet", "the retry-budget RFC", "on-call rota", "the runbook", "budget numbers", "the hiring plan", "the incident review", "the roadmap slide", "feedback notes", "the migration checklist", "the team survey"];
const WORDS = "the a we it team project review plan week call notes later because but and then data said agreed maybe next after before migration consumer latency owner".split(" ");

export function personNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(`${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]}`);
  return names;
}

/** Generates `notes` notes (about 10 task lines each on average) reproducibly from `seed`. */
export function generateVault(spec: VaultSpec): GeneratedNote[] {
  const r = rng(spec.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const people = personNames(spec.people ?? 12);
  const out: GeneratedNote[] = [];
  for (const name of people) {
    out.push({ path: `People/${name}.md`, text: `---\naliases: [${name.split(" ")[0]}]\ncadence: ${pick(["weekly", "biweekly", "monthly"])}\n---\n# ${name}\n\n## Next 1:1\n\n- Ask about the conference talk\n` });
  }
  const date = (n: number) => {
    const y = 2022 + Math.floor(n / 336);
    const m = 1 + (Math.floor(n / 28) % 12);
    const d = 1 + (n % 28);
    return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };
  const sentence = (n: number) => {
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(pick(WORDS));
    return w.join(" ");
  };
  const task = () => {
    const status = pick([" ", " ", " ", " ", "x", "x", "x", "/", "-", ">", "?"]);
    let line = `- [${status}] ${pick(VERBS)} ${pick(OBJECTS)}`;
    const who = r();
    if (who < 0.35) line += ` @${pick(people).split(" ")[0]}`;
    else if (who < 0.6) line += " @me";
    else if (who < 0.7) line += ` for [[${pick(people)}]]`;
    if (r() < 0.5) line += ` 📅 ${date(Math.floor(r() * 1400))}`;
    if (r() < 0.15) line += ` ⏳ ${date(Math.floor(r() * 1400))}`;
    if (r() < 0.2) line += ` ${pick(["⏫", "🔼", "🔽", "🔺"])}`;
    if (r() < 0.2) line += ` #${pick(["work", "team", "hiring", "ops"])}`;
    if (r() < 0.05) line += " [due:: 2024-02-30]";
    if (r() < 0.05) line += " 🔁 every week";
    if (status === "x" && r() < 0.8) line += ` ✅ ${date(Math.floor(r() * 1400))}`;
    if (r() < 0.05) line += ` ^id${Math.floor(r() * 1e6)}`;
    return line;
  };
  const body = (tasks: number): string => {
    const parts: string[] = [];
    let left = tasks;
    while (left > 0) {
      const kind = r();
      if (kind < 0.2) parts.push(`## ${pick(OBJECTS)}\n\n${sentence(25)}.\n${sentence(18)}.`);
      else if (kind < 0.28) parts.push("```js\n// - [ ] not a task in code\nconst x = 1;\n```");
      else if (kind < 0.34) {
        parts.push(`> [!note] ${pick(OBJECTS)}\n> ${sentence(10)}\n> - [ ] ${pick(VERBS)} ${pick(OBJECTS)} @me`);
        left--;
      } else if (kind < 0.38) parts.push("| a | b |\n|---|---|\n| - [ ] no | 2 |");
      else if (kind < 0.42) parts.push(`%%\n- [ ] hidden in a comment\n%%`);
      else {
        const n = Math.min(left, 1 + Math.floor(r() * 4));
        const lines: string[] = [];
        for (let i = 0; i < n; i++) lines.push((r() < 0.2 && i > 0 ? "    " : "") + task());
        parts.push(lines.join("\n"));
        left -= n;
      }
    }
    return parts.join("\n\n") + "\n";
  };
  let n = out.length;
  let day = 0;
  while (n < spec.notes) {
    const kind = r();
    const tasks = Math.floor(r() * 19) + 1;
    if (kind < 0.4) {
      const p = pick(people);
      const d = date(day++ % 1400);
      out.push({ path: `1-1s/${p}/${d} ${n}.md`, text: `---\ntype: one-on-one\nperson: "[[${p}]]"\ndate: ${d}\n---\n# 1:1 with ${p}\n\n${sentence(30)}.\n\n${body(tasks)}` });
    } else if (kind < 0.7) {
      out.push({ path: `Daily/${date(n % 1400)}-${n}.md`, text: `# ${date(n % 1400)}\n\n${sentence(12)}.\n\n${body(tasks)}` });
    } else {
      out.push({ path: `Projects/${pick(OBJECTS)} ${n}.md`, text: `---\ntags: [project]\n---\n# Project ${n}\n\n${sentence(60)}.\n\n${body(tasks)}` });
    }
    n++;
  }
  return out.map(asRead);
}

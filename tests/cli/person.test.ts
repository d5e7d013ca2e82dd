// `person`: the overview of every person of the example vault against expected.json (its own generator), and against `actions`.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, writeVault } from "./cli-harness";

interface ExpectedPerson {
  name: string;
  aliases: string[];
  cadence: string;
  lastOneOnOne: string | null;
  nextDue: string | null;
  oneOnOnes: { path: string; date: string; opened: number; closedSince: number }[];
  open: number;
  iOwe: number;
  theyOwe: number;
  topics: string[];
}
interface PersonJson {
  name: string;
  aliases: string[];
  cadence: string | null;
  lastOneOnOne: string | null;
  nextDue: string | null;
  oneOnOnes: { path: string; date: string; opened: { line: number }[]; closedSince: { line: number; date: string | null; state: string }[] }[];
  open: { path: string; line: number; direction: string; state: string }[];
  feedback: { path: string; line: number; date: string; title: string; findings: { ruleId: string }[] }[];
  topics: string[];
  counts: { open: number; iOwe: number; theyOwe: number; unassigned: number };
}
interface ActionRow {
  path: string;
  line: number;
  state: string;
  done: string | null;
  cancelled: string | null;
  direction: string;
}

const EXAMPLE = path.resolve(__dirname, "../../examples/vault");
const expected = JSON.parse(readFileSync(path.resolve(__dirname, "../../examples/expected.json"), "utf8")) as {
  today: string;
  persons: ExpectedPerson[];
  feedback: { path: string; title: string; expect: string }[];
};

async function json<T>(...args: string[]): Promise<T> {
  const r = await cli(...args, "--json", "--today", expected.today);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as T;
}

describe("person on examples/vault", () => {
  it("gives every person's cadence, 1:1 timeline, open counts and topics as the generator derives them", async () => {
    expect(expected.persons.length).toBeGreaterThanOrEqual(5);
    for (const want of expected.persons) {
      const got = await json<PersonJson>("person", EXAMPLE, "--person", want.name);
      expect(
        {
          name: got.name,
          aliases: got.aliases,
          cadence: got.cadence,
          lastOneOnOne: got.lastOneOnOne,
          nextDue: got.nextDue,
          oneOnOnes: got.oneOnOnes.map((e) => ({ path: e.path, date: e.date, opened: e.opened.length, closedSince: e.closedSince.length })),
          open: got.open.length,
          iOwe: got.counts.iOwe,
          theyOwe: got.counts.theyOwe,
          topics: got.topics,
        },
        want.name,
      ).toEqual(want);
    }
  });

  it("agrees with `actions --json --all` for that person: the same open items, counts, and items per 1:1 note", async () => {
    const sam = await json<PersonJson>("person", EXAMPLE, "--person", "Sam");
    const everything = await json<ActionRow[]>("actions", EXAMPLE, "--all");
    const his = await json<ActionRow[]>("actions", EXAMPLE, "--all", "--person", "Sam");
    const open = his.filter((r) => r.state === "open" || r.state === "in-progress" || r.state === "custom");
    expect(open.length).toBeGreaterThan(5);
    // The very objects `actions --json` prints, in its order by place.
    const byPlace = (a: { path: string; line: number }, b: { path: string; line: number }) => a.path.localeCompare(b.path) || a.line - b.line;
    expect([...sam.open].sort(byPlace)).toEqual(open);
    expect(sam.counts).toEqual({
      open: open.length,
      iOwe: open.filter((r) => r.direction === "i-owe").length,
      theyOwe: open.filter((r) => r.direction === "they-owe").length,
      unassigned: open.filter((r) => r.direction === "unassigned").length,
    });
    for (const e of sam.oneOnOnes) {
      const rows = everything.filter((r) => r.path === e.path);
      expect(e.opened.map((x) => x.line), e.path).toEqual(rows.map((r) => r.line));
      const closed = rows.filter((r) => !["open", "in-progress", "custom"].includes(r.state));
      expect(e.closedSince.map((x) => [x.line, x.state, x.date]), e.path).toEqual(closed.map((r) => [r.line, r.state, r.done ?? r.cancelled]));
    }
    // Newest first.
    expect(sam.oneOnOnes.map((e) => e.date)).toEqual([...sam.oneOnOnes.map((e) => e.date)].sort().reverse());
  });

  it("lists the feedback blocks of the person's 1:1 notes with the linter's findings (bad blocks have some, good ones none)", async () => {
    for (const name of ["Sam O'Brien", "Alex Kim", "Mei Chen"]) {
      const got = await json<PersonJson>("person", EXAMPLE, "--person", name);
      const mine = expected.feedback.filter((f) => got.oneOnOnes.some((e) => e.path === f.path) && f.expect !== "skipped");
      expect(mine.length, name).toBeGreaterThan(0);
      for (const f of mine) {
        const block = got.feedback.find((b) => b.path === f.path && b.title === f.title);
        expect(block, `${f.path} ${f.title}`).toBeDefined();
        if (f.expect === "bad") expect(block!.findings.length).toBeGreaterThan(0);
        else expect(block!.findings).toEqual([]);
      }
    }
  });

  it("prints a readable overview, and refuses an unknown person or a missing --person", async () => {
    const r = await cli("person", EXAMPLE, "--person", "Sammy", "--today", expected.today);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Sam O'Brien \(Sam, Sammy\)\nCadence: weekly · last 1:1: 2026-11-12 · next: 2026-11-19 \(6 days overdue\)/);
    expect(r.out).toContain("\nI owe (5)\n");
    expect(r.out).toContain("\nThey owe (3)\n");
    expect(r.out).toContain("  2026-11-12  1-1s/Sam O'Brien/2026-11-12.md  8 items, 2 closed since");
    const unknown = await cli("person", EXAMPLE, "--person", "Nobody", "--today", expected.today);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no person note for "Nobody"\. Known: Alex Kim, /);
    expect((await cli("person", EXAMPLE)).code).toBe(2);
  });

  it("a person without 1:1 notes or cadence: an empty timeline, no next date", async () => {
    const dir = writeVault({ "People/Ana.md": "# Ana\n", "Notes/x.md": "- [ ] Review [[Ana]]'s RFC @me 📅 2024-03-01\n" });
    const ana = await json<PersonJson>("person", dir, "--person", "Ana");
    expect([ana.cadence, ana.lastOneOnOne, ana.nextDue, ana.oneOnOnes, ana.topics, ana.open.map((i) => i.line)]).toEqual([null, null, null, [], [], [1]]);
  });
});

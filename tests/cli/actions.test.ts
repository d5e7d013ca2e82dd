import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_VAULT } from "../core/followups/follow-up-vault";
import { runCli } from "../../src/cli/main";
import { cli, writeVault } from "./cli-harness";

interface ExpectedTask {
  line: number;
  status: string;
  due?: string;
  done?: string;
  owner: string | null;
  person: string | null;
  direction: "I owe" | "they owe" | "unassigned";
  carried?: number;
}

const EXAMPLE = path.resolve(__dirname, "../../examples/vault");
const expected = JSON.parse(readFileSync(path.resolve(__dirname, "../../examples/expected.json"), "utf8")) as { today: string; tasks: Record<string, ExpectedTask[]> };
const DIRECTION = { "I owe": "i-owe", "they owe": "they-owe", unassigned: "unassigned" };
const CLOSED = new Set(["x", "X", "-", ">"]);

type Row = Record<string, unknown> & { path: string; line: number };

async function listJson(...args: string[]): Promise<Row[]> {
  const r = await cli("actions", ...args, "--json");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Row[];
}

describe("actions on examples/vault", () => {
  it("lists exactly the task lines of examples/expected.json, with their fields", async () => {
    const rows = await listJson(EXAMPLE, "--all", "--today", expected.today);
    const want = Object.entries(expected.tasks).flatMap(([p, tasks]) => tasks.map((t) => ({ ...t, path: p })));
    expect(rows.map((r) => `${r.path}:${r.line}`).sort()).toEqual(want.map((t) => `${t.path}:${t.line}`).sort());
    for (const t of want) {
      const row = rows.find((r) => r.path === t.path && r.line === t.line)!;
      const fields = { status: row.status, due: row.due, done: row.done, owner: row.owner, person: row.person, direction: row.direction };
      expect(fields, `${t.path}:${t.line}`).toEqual({ status: t.status, due: t.due ?? null, done: t.done ?? null, owner: t.owner, person: t.person, direction: DIRECTION[t.direction] });
      if (t.carried !== undefined) expect(row.carried, `${t.path}:${t.line} carried`).toBe(t.carried);
    }
  });

  it("lists open items by default, each with the documented fields", async () => {
    const rows = await listJson(EXAMPLE, "--today", expected.today);
    const open = Object.values(expected.tasks).flat().filter((t) => !CLOSED.has(t.status));
    expect(rows).toHaveLength(open.length);
    for (const r of rows) {
      expect(typeof r.path === "string" && !r.path.includes("\\")).toBe(true);
      expect(Number.isInteger(r.line) && r.line >= 1).toBe(true);
      for (const k of ["due", "scheduled", "done", "cancelled"]) expect(r[k] === null || (typeof r[k] === "string" && /^\d{4}-\d\d-\d\d$/.test(r[k]))).toBe(true);
      for (const k of ["status", "state", "text", "owner", "person", "carried", "stale", "problems"]) expect(r).toHaveProperty(k);
      expect(Array.isArray(r.problems)).toBe(true);
    }
    // The typo date is reported, never used.
    const typo = rows.find((r) => (r.problems as string[]).some((p) => p.includes("2026-02-30")))!;
    expect(typo.due).toBeNull();
  });

  it("filters by person through an alias, and refuses an unknown person with exit 2", async () => {
    const rows = await listJson(EXAMPLE, "--person", "alex", "--today", expected.today);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.person))).toEqual(new Set(["Alex Kim"]));
    const bad = await cli("actions", EXAMPLE, "--person", "Nobody Here");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown person "Nobody Here"/);
  });

  it("prints a table grouped by person, overdue first, with a count line", async () => {
    const r = await cli("actions", EXAMPLE, "--today", expected.today);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    const alex = lines.findIndex((l) => l.startsWith("Alex Kim ("));
    expect(alex).toBeGreaterThanOrEqual(0);
    expect(lines[alex + 1]).toMatch(/OVERDUE/);
    expect(lines.at(-1)).toMatch(/^\d+ open items: \d+ overdue, \d+ due soon, \d+ stale/);
    expect(r.out).toMatch(/No person \(/);
  });
});

describe("actions settings", () => {
  const today = "2024-05-30";
  it("reads excluded folders and my name from the vault's data.json", async () => {
    const notes = { ...FOLLOW_UP_VAULT, "Projects/Mine.md": "- [ ] Renew the lease [owner:: [[Dana Reyes]]]\n" };
    const plain = writeVault(notes);
    const withSettings = writeVault({ ...notes, ".obsidian/plugins/one-on-one/data.json": JSON.stringify({ myName: "Dana Reyes", excludedFolders: ["Templates"] }) });
    const a = await listJson(plain, "--today", today);
    const b = await listJson(withSettings, "--today", today);
    expect(a.some((r) => r.path.startsWith("Templates/"))).toBe(true);
    expect(b.some((r) => r.path.startsWith("Templates/"))).toBe(false);
    expect(a.find((r) => r.path === "Projects/Mine.md")!.direction).toBe("they-owe");
    expect(b.find((r) => r.path === "Projects/Mine.md")!.direction).toBe("i-owe");
    const me = await listJson(plain, "--me", "Dana Reyes", "--today", today);
    expect(me.find((r) => r.path === "Projects/Mine.md")!.owner).toBe("me");
  });

  it("reports unreadable settings and goes on with the defaults", async () => {
    const vault = writeVault({ "a.md": "- [ ] x\n", ".obsidian/plugins/one-on-one/data.json": "{ not json" });
    const r = await cli("actions", vault, "--json");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/not valid JSON/);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  it("exits 2 on bad arguments", async () => {
    expect((await cli("actions")).code).toBe(2);
    expect((await cli("actions", "/no/such/vault")).code).toBe(2);
    expect((await cli("actions", EXAMPLE, "--today", "2024-02-30")).code).toBe(2);
    expect((await cli("actions", EXAMPLE, "--bogus")).code).toBe(2);
  });
});

describe("actions table width", () => {
  /** Runs `actions` as if on a terminal `columns` wide (undefined: piped). */
  async function table(columns: number | undefined): Promise<string[]> {
    const out: string[] = [];
    const code = await runCli(["actions", EXAMPLE, "--today", expected.today], { out: (t) => out.push(t), err: () => undefined, columns });
    expect(code).toBe(0);
    return out.join("\n").split("\n");
  }
  const rows = (lines: string[]) => lines.filter((l) => /^ {2}\[.\]/.test(l));

  it("piped: nothing is cut", async () => {
    const lines = await table(undefined);
    expect(lines.join("\n")).not.toContain("…");
    expect(lines.join("\n")).toContain("Priya Natarajan");
  });

  it.each([120, 100])("on a terminal %i wide: rows fit, only the item text is cut, owners and locations are whole", async (columns) => {
    const piped = rows(await table(undefined));
    const fitted = rows(await table(columns));
    expect(fitted).toHaveLength(piped.length);
    for (const l of fitted) expect(l.length, l).toBeLessThanOrEqual(columns);
    expect(fitted.join("\n")).toContain("…");
    // Owner: the cell after the due column; location: the last cell before any "(marks)".
    const ownerAndPlace = (l: string) => [l.slice(27).split(/ {2,}/)[0], / {2}((?:(?! {2}).)+\.md:\d+)(?: {2}\(.*\))?$/.exec(l)?.[1].trim()];
    expect(fitted.map(ownerAndPlace)).toEqual(piped.map(ownerAndPlace));
    expect(fitted.some((l) => l.includes("Priya Natarajan  "))).toBe(true);
  });
});

// The CLI on note shapes found in public vaults (fixtures/real-shapes: notes written for these tests, none copied).
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { cli } from "./cli-harness";

const VAULT = path.resolve(__dirname, "fixtures/real-shapes");
const TODAY = "2025-06-01";
const PRIYA_1_1 = "Meetings/Priya Nair/2025-05-20.md";
const TOMAS_1_1 = "Meetings/Tomas Ortega/2025-05-22.md";
const ZETTEL = "Zettel/202504211030-Small-batches-of-work-reach-production-sooner-and-fail-less-because-each-change-is-easier-to-review.md";

interface Row {
  path: string;
  line: number;
  text: string;
  person: string | null;
  stale: boolean;
}

async function json<T>(...args: string[]): Promise<T> {
  const r = await cli(...args, "--json", "--today", TODAY);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as T;
}

describe("frontmatter that Obsidian reads: block scalars and JSON", () => {
  it("finds the 1:1 notes whose frontmatter has a `summary: |` block or is one JSON object, and gives their items the 1:1's person", async () => {
    const rows = await json<Row[]>("actions", VAULT, "--all", "--people-folder", "Team");
    const personOf = (p: string, line: number) => rows.find((r) => r.path === p && r.line === line)?.person;
    expect(personOf(PRIYA_1_1, 12)).toBe("Priya Nair");
    expect(personOf(TOMAS_1_1, 10)).toBe("Tomas Ortega");
  });

  it("reads the cadence of a person note after a folded `role: >` block, and of one written in JSON", async () => {
    const due = await json<{ person: string; cadence: string; last: string | null }[]>("due", VAULT, "--people-folder", "Team");
    expect(due.map((d) => [d.person, d.cadence, d.last]).sort()).toEqual([
      ["Priya Nair", "weekly", "2025-05-20"],
      ["Tomas Ortega", "biweekly", "2025-05-22"],
      ["王芳", "monthly", null],
    ]);
  });

  it("lines up the due table by terminal columns, a name in Chinese included", async () => {
    const r = await cli("due", VAULT, "--people-folder", "Team", "--today", TODAY);
    const lines = r.out.split("\n");
    expect(lines).toHaveLength(4);
    const cadenceAt = (l: string) => displayWidth(l.slice(0, l.search(/weekly|biweekly|monthly|Cadence/u)));
    expect(new Set(lines.map(cadenceAt)).size).toBe(1);
  });
});

describe("person, like every command that reads people", () => {
  it("takes --people-folder", async () => {
    const o = await json<{ name: string; aliases: string[]; lastOneOnOne: string | null }>("person", VAULT, "--people-folder", "Team", "--person", "Priya");
    expect([o.name, o.aliases, o.lastOneOnOne]).toEqual(["Priya Nair", ["Priya"], "2025-05-20"]);
  });

  it("explains a missing people folder as actions does", async () => {
    const r = await cli("person", VAULT, "--person", "Priya", "--today", TODAY);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/The people folder "People\/" does not exist in this vault.*--people-folder FOLDER/s);
  });

  it("dates daily notes named in the vault's format (YYYYMMDD here) as actions does, so both call the same item stale", async () => {
    const o = await json<{ open: Row[] }>("person", VAULT, "--people-folder", "Team", "--person", "Priya Nair");
    const mine = await json<Row[]>("actions", VAULT, "--people-folder", "Team", "--person", "Priya Nair");
    const daily = (rows: Row[]) => rows.find((r) => r.path === "Journal/20250421.md");
    expect(daily(mine)?.stale).toBe(true);
    expect(daily(o.open)?.stale).toBe(true);
    const flags = (rows: Row[]) => rows.map((r) => `${r.path}:${r.line} ${r.stale ? "stale" : ""}`).sort();
    expect(flags(o.open)).toEqual(flags(mine));
  });
});

/** Terminal columns a string takes: East Asian wide and emoji take two, combining marks none (enough for these fixtures). */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\p{M}|\u200d|\ufe0f/u.test(ch)) continue;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1faff) ? 2 : 1;
  }
  return w;
}

describe("the actions table on long file names, Chinese and emoji", () => {
  async function table(columns: number | undefined): Promise<string[]> {
    const out: string[] = [];
    const code = await runCli(["actions", VAULT, "--all", "--people-folder", "Team", "--today", TODAY], { out: (t) => out.push(t), err: () => undefined, columns });
    expect(code).toBe(0);
    return out.join("\n").split("\n");
  }
  const LOCATION = /(?:Meetings|Journal|Zettel)\/.*\.md:\d+/u;
  /** Row, location and marks lines (the group titles and the count line are not cut to the terminal). */
  const body = (lines: string[]) => lines.filter((l) => l.startsWith("  "));

  it("on a terminal 100 wide: one long file name does not cut every other row's text; only a location longer than a line overflows, on a line of its own", async () => {
    const lines = await table(100);
    expect(lines.find((l) => l.includes("Draft the on-call rota change"))).toContain(`${PRIYA_1_1}:12`);
    expect(lines.find((l) => l.includes(`${TOMAS_1_1}:10`))).toMatch(/Review the hiring plan for .{3}/u);
    for (const l of body(lines)) {
      if (displayWidth(l) <= 100) continue;
      expect(l.trim(), "only a location alone may pass the edge").toMatch(/^\S+\.md:\d+$/u);
    }
    expect(lines.some((l) => l.trim() === `${ZETTEL}:3`)).toBe(true);
  });

  it("aligns the location column by display width, Chinese text included", async () => {
    for (const columns of [undefined, 100, 70]) {
      const starts = new Set<number>();
      for (const l of await table(columns)) {
        const m = LOCATION.exec(l);
        if (m && l.trim() !== m[0]) starts.add(displayWidth(l.slice(0, m.index)));
      }
      expect([...starts], `columns ${columns}`).toHaveLength(1);
    }
    expect((await table(undefined)).some((l) => l.includes("下周五前把季度报告发给团队"))).toBe(true);
  });

  it("cuts text between characters, never inside an emoji or a Chinese character, and keeps every other line inside the terminal", async () => {
    for (let columns = 60; columns <= 110; columns++) {
      for (const l of body(await table(columns))) {
        expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(l), `${columns}: ${l}`).toBe(false);
        if (!/^\s*\S+\.md:\d+$/u.test(l)) expect(displayWidth(l), `${columns}: ${l}`).toBeLessThanOrEqual(columns);
      }
    }
  });
});

describe("lint on the 1:1 notes", () => {
  it("does not call a whole Chinese sentence too short to follow up, but still a single word", async () => {
    const rows = await json<{ path: string; line: number; ruleId: string }[]>("lint", VAULT);
    const vague = rows.filter((r) => r.ruleId === "actions/vague").map((r) => `${r.path}:${r.line}`);
    expect(vague).toEqual([`${PRIYA_1_1}:14`]);
  });
});

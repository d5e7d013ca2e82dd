import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, writeVault } from "./cli-harness";

const EXAMPLE = path.resolve(__dirname, "../../examples/vault");

describe("due on examples/vault", () => {
  it("lists people with a cadence: last 1:1 (latest frontmatter date), next date and overdue days", async () => {
    const r = await cli("due", EXAMPLE, "--json", "--today", "2026-11-25");
    expect(r.code).toBe(0);
    // Last 1:1s from examples/expected.json "oneOnOnes"; cadences from "people".
    expect(JSON.parse(r.out)).toEqual([
      { person: "Sam O'Brien", cadence: "weekly", last: "2026-11-12", next: "2026-11-19", overdueDays: 6 },
      { person: "Priya Natarajan", cadence: "biweekly", last: "2026-11-11", next: "2026-11-25", overdueDays: 0 },
      { person: "Mei Chen", cadence: "monthly", last: "2026-10-27", next: "2026-11-26", overdueDays: 0 },
      { person: "Jordan Lee", cadence: "every 10 days", last: "2026-11-18", next: "2026-11-28", overdueDays: 0 },
      { person: "Alex Kim", cadence: "weekly", last: "2026-11-24", next: "2026-12-01", overdueDays: 0 },
    ]);
  });
  it("prints a table", async () => {
    const r = await cli("due", EXAMPLE, "--today", "2026-11-25");
    expect(r.out.split("\n")).toEqual([
      "Person           Cadence        Last 1:1    Next        Status",
      "Sam O'Brien      weekly         2026-11-12  2026-11-19  6 days overdue",
      "Priya Natarajan  biweekly       2026-11-11  2026-11-25  due today",
      "Mei Chen         monthly        2026-10-27  2026-11-26  due in 1 day",
      "Jordan Lee       every 10 days  2026-11-18  2026-11-28  due in 3 days",
      "Alex Kim         weekly         2026-11-24  2026-12-01  due in 6 days",
    ]);
  });
});

describe("due: other vaults", () => {
  it("counts a person never met as due today and a note written ahead as scheduled", async () => {
    const vault = writeVault({
      "People/Kai.md": "---\ncadence: weekly\n---\n",
      "People/Noor.md": "---\ncadence: every 2 weeks\n---\n",
      "People/Ola.md": "# no cadence\n",
      "Somewhere/renamed.md": '---\ntype: one-on-one\nperson: "[[Noor]]"\ndate: 2026-12-02\n---\n',
    });
    const r = await cli("due", vault, "--json", "--today", "2026-11-25");
    expect(JSON.parse(r.out)).toEqual([
      { person: "Kai", cadence: "weekly", last: null, next: "2026-11-25", overdueDays: 0 },
      { person: "Noor", cadence: "every 2 weeks", last: null, next: "2026-12-02", overdueDays: 0 },
    ]);
    expect((await cli("due", vault, "--today", "2026-11-25")).out).toContain("Noor    every 2 weeks  never     2026-12-02  scheduled in 7 days");
  });
  it("explains an empty list and rejects bad arguments with exit 2", async () => {
    const vault = writeVault({ "People/Ola.md": "# Ola\n" });
    expect((await cli("due", vault)).out).toMatch(/No person note has a cadence/);
    expect((await cli("due", vault, "--today", "2026-13-01")).code).toBe(2);
    expect((await cli("due", vault, "extra")).code).toBe(2);
    expect((await cli("due", path.join(vault, "missing"))).code).toBe(2);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { notices } from "../../fakes/obsidian";
import { disposeStarted, start } from "./harness";

afterEach(disposeStarted);

const oneOnOne = (person: string) => `---\ntype: one-on-one\nperson: "[[${person}]]"\ndate: 2026-11-20\n---\n\n## Agenda\n`;

describe("a 1:1 note linking a person with no person note", () => {
  it("says so once when opened, with the nearest known name; a correct note says nothing", async () => {
    const { t } = await start(
      { "People/Ana Silva.md": "# Ana\n", "1-1s/typo.md": oneOnOne("Ana Silv"), "1-1s/typo again.md": oneOnOne("Ana Silv"), "1-1s/ok.md": oneOnOne("Ana Silva") },
      { myName: "Dana Reyes" },
    );
    await t.openFile("1-1s/ok.md");
    expect(notices).toEqual([]);
    await t.openFile("1-1s/typo.md");
    expect(notices).toEqual(['One-on-one: No person note for "Ana Silv" (person: in 1-1s/typo.md). Did you mean "Ana Silva"?']);
    await t.openFile("1-1s/typo again.md");
    expect(notices).toHaveLength(1);
  });
});

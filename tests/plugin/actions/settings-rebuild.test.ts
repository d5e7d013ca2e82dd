// Typing in a settings field that changes how notes are read rebuilds the index once, after the typing pauses.
import { afterEach, expect, it, vi } from "vitest";
import { settingByName, typeInto, type TextComponent } from "../../fakes/obsidian";
import { disposeStarted, exampleSettings, exampleVault, start } from "../notes/harness";

afterEach(disposeStarted);

it("typing a people folder letter by letter reads the vault once, not per keystroke", async () => {
  const { t, plugin } = await start(exampleVault(), exampleSettings());
  const reads = vi.spyOn(t.fake.vault, "cachedRead");
  const field = settingByName(t.openSettings("one-on-one").containerEl, "People folder").components[0] as TextComponent;
  for (const value of ["T", "Te", "Tea", "Team", "Tea", "Te", "T", "", "P", "Pe", "Peo", "Peop", "Peopl", "People2"]) typeInto(field, value);
  await t.flush();
  expect(reads).not.toHaveBeenCalled();
  // The field saves when the user leaves it (or typing pauses); the index then reads the vault once.
  field.inputEl.dispatchEvent(new Event("blur"));
  await t.flush();
  await plugin.actions.settled();
  const once = reads.mock.calls.length;
  expect(once).toBeGreaterThan(0);
  expect(once).toBeLessThanOrEqual(Object.keys(exampleVault()).length);
  expect(plugin.settings.peopleFolder).toBe("People2");
  expect(plugin.actions.directory().all()).toEqual([]);
});

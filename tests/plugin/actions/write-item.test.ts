// Writing an item back: through vault.process, refused with a notice (and nothing written) when the note moved on.
import { afterEach, describe, expect, it } from "vitest";
import { cancelItem, completeItem } from "../../../src/core/actions/edits";
import { registerActionIndex } from "../../../src/plugin/actions/index-sync";
import { REFRESHED_NOTICE, writeItem } from "../../../src/plugin/actions/write-item";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { DEFAULT_MANIFEST, Plugin, clearNotices, createTestApp, moment, notices, type TestApp } from "../../fakes/obsidian";

class TestPlugin extends Plugin {}

const NOTE = "1-1s/Alex Kim/2024-05-01.md";
const TEXT = '---\r\ntype: one-on-one\r\nperson: "[[Alex Kim]]"\r\ndate: 2024-05-01\r\n---\r\n- [ ] Send the packet @me\r\n- [ ] Book the room ^room\r\n- [ ] Send the packet @me';

let t: TestApp | null = null;
afterEach(async () => {
  await t?.dispose();
  t = null;
  clearNotices();
});

async function setup() {
  t = createTestApp({ files: { [NOTE]: TEXT, "People/Alex Kim.md": "" } });
  const plugin = new TestPlugin(t.app as never, DEFAULT_MANIFEST);
  plugin.load();
  const settings = { ...DEFAULT_SETTINGS, myAliases: [], excludedFolders: [], ruleSeverity: {} };
  const host = { app: t.app, plugin: plugin as never, settings, onSettingsChange: () => undefined };
  const service = registerActionIndex(host);
  await t.layoutReady();
  await service.whenReady();
  return { t, host, service };
}

describe("writeItem", () => {
  it("edits the item's line in place and the index follows through the normal events", async () => {
    const { t, host, service } = await setup();
    const room = service.index.get(NOTE)!.items.find((i) => i.blockId === "room")!;
    const r = await writeItem(host, service, room, (text, at) => completeItem(text, at, "2024-05-02"));
    expect(r.ok).toBe(true);
    expect(t.read(NOTE)).toBe(TEXT.replace("- [ ] Book the room ^room", "- [x] Book the room ✅ 2024-05-02 ^room"));
    await t.flush();
    expect(service.index.get(NOTE)!.items.find((i) => i.blockId === "room")!.state).toBe("done");
    expect(notices).toEqual([]);
  });

  it("refuses with a notice and writes nothing when the line is gone or ambiguous, then re-reads the note", async () => {
    const { t, host, service } = await setup();
    const [first] = service.index.get(NOTE)!.items;
    // The line moved and now has an identical twin: no way to tell which one was meant.
    const moved = TEXT.replace("- [ ] Send the packet @me\r\n- [ ] Book", "- [ ] Book").replace("^room", "^room\r\n- [ ] Send the packet @me");
    const file = t.file(NOTE);
    await t.vault.modify(file, moved);
    const r = await writeItem(host, service, first, (text, at) => cancelItem(text, at, "2024-05-02"));
    expect(r.ok).toBe(false);
    expect(t.read(NOTE)).toBe(moved);
    expect(notices).toEqual([REFRESHED_NOTICE]);
    expect(service.index.get(NOTE)!.items.map((i) => i.line)).toEqual([6, 7, 8]);
  });

  it("refuses a note that no longer exists", async () => {
    const { t, host, service } = await setup();
    const [first] = service.index.get(NOTE)!.items;
    await t.fileManager.trashFile(t.file(NOTE));
    expect((await writeItem(host, service, first, (text, at) => completeItem(text, at, "2024-05-02"))).ok).toBe(false);
    expect(notices).toEqual([REFRESHED_NOTICE]);
  });
});

describe("complete action item on this line", () => {
  it("completes the open task under the cursor and is unavailable elsewhere", async () => {
    const { t } = await setup();
    const view = await t.openFile(NOTE);
    view.editor.setCursor({ line: 1, ch: 0 });
    expect(t.fake.commands.isAvailable("one-on-one:complete-item-on-line")).toBe(false);
    view.editor.setCursor({ line: 6, ch: 3 });
    expect(await t.runCommand("one-on-one:complete-item-on-line")).toBe(true);
    const today = moment().format("YYYY-MM-DD");
    // Through the open editor, as in Obsidian: the note is saved with LF endings (the CRLF file comes back LF).
    expect(t.read(NOTE)).toBe(TEXT.replace("- [ ] Book the room ^room", `- [x] Book the room ✅ ${today} ^room`).replace(/\r\n/g, "\n"));
  });

  it("edits through the editor: unsaved typing elsewhere and the cursor stay", async () => {
    const { t } = await setup();
    const view = await t.openFile(NOTE);
    view.editor.setLine(0, view.editor.getLine(0) + " (typed)");
    view.editor.setCursor({ line: 6, ch: 3 });
    expect(await t.runCommand("one-on-one:complete-item-on-line")).toBe(true);
    const today = moment().format("YYYY-MM-DD");
    expect(view.editor.getLine(0).endsWith(" (typed)")).toBe(true);
    expect(view.editor.getLine(6)).toBe(`- [x] Book the room ✅ ${today} ^room`);
    expect(view.editor.getCursor()).toEqual({ line: 6, ch: 3 });
    await t.flush();
    expect(t.read(NOTE)).toBe(view.editor.getValue());
  });
});

// Components, plugin registrations, commands, workspace, modals, settings and DOM helpers behave like Obsidian's.
import { afterEach, describe, expect, it } from "vitest";
import {
  chooseSuggestion,
  clearNotices,
  Component,
  createTestApp,
  FuzzySuggestModal,
  ItemView,
  lastModal,
  loadPlugin,
  MarkdownView,
  normalizePath,
  Notice,
  notices,
  Plugin,
  PluginSettingTab,
  selectOption,
  Setting,
  settingByName,
  typeInto,
  typeQuery,
  unloadPlugin,
  type TestApp,
  type ViewStateResult,
  type WorkspaceLeaf,
} from "./obsidian";

let t: TestApp;
afterEach(async () => {
  await t?.dispose();
  clearNotices();
});

describe("Component", () => {
  it("loads children after onload; unload runs children, then registered callbacks (last first), then onunload", () => {
    const log: string[] = [];
    class C extends Component {
      constructor(private readonly name: string) {
        super();
      }
      onload() {
        log.push(`load ${this.name}`);
        this.register(() => log.push(`cb1 ${this.name}`));
        this.register(() => log.push(`cb2 ${this.name}`));
      }
      onunload() {
        log.push(`unload ${this.name}`);
      }
    }
    const parent = new C("p");
    parent.addChild(new C("a"));
    parent.load();
    parent.load();
    const late = parent.addChild(new C("b"));
    parent.unload();
    parent.unload();
    expect(late).toBeInstanceOf(C);
    expect(log).toEqual(["load p", "load a", "load b", "cb2 b", "cb1 b", "unload b", "cb2 a", "cb1 a", "unload a", "cb2 p", "cb1 p", "unload p"]);
  });
});

describe("normalizePath", () => {
  it.each([
    ["a//b\\c/", "a/b/c"],
    ["/People/Alex.md", "People/Alex.md"],
    ["", "/"],
    ["a\u00A0b", "a b"],
    ["Cafe\u0301.md", "Café.md"],
  ])("%j → %j", (input, out) => {
    expect(normalizePath(input)).toBe(out);
  });
});

class TestView extends ItemView {
  getViewType() {
    return "test-view";
  }
  getDisplayText() {
    return "Test view";
  }
  async onOpen() {
    this.contentEl.createEl("p", { text: "hello", cls: "greeting" });
    this.registerDomEvent(window, "resize", () => {});
    this.registerInterval(window.setInterval(() => {}, 1000));
  }
}

class PickModal extends FuzzySuggestModal<string> {
  chosen: string | null = null;
  closedBeforeChoice = false;
  getItems() {
    return ["Alex Kim", "Sam Lee", "Priya Patel"];
  }
  getItemText(item: string) {
    return item;
  }
  onChooseItem(item: string) {
    this.closedBeforeChoice = !this.isOpen;
    this.chosen = item;
  }
}

class Tab extends PluginSettingTab {
  value = "";
  display() {
    this.containerEl.empty();
    new Setting(this.containerEl).setName("People folder").addText((c) => c.setValue("People").onChange((v) => (this.value = v)));
    new Setting(this.containerEl).setName("Done date").addDropdown((d) => d.addOptions({ emoji: "Emoji", none: "None" }).onChange((v) => (this.value = v)));
  }
}

class TestPlugin extends Plugin {
  ran: string[] = [];
  async onload() {
    this.registerView("test-view", (leaf: WorkspaceLeaf) => new TestView(leaf));
    this.addCommand({ id: "plain", name: "Plain", callback: () => this.ran.push("plain") });
    this.addCommand({ id: "checked", name: "Checked", checkCallback: (checking: boolean) => (checking ? this.ran.length > 0 : void this.ran.push("checked")) });
    this.addCommand({ id: "edit", name: "Edit", editorCallback: (editor) => editor.replaceSelection("!") });
    this.addCommand({ id: "open-view", name: "Open view", callback: async () => this.app.workspace.getRightLeaf(false)?.setViewState({ type: "test-view", active: true }) });
    this.addSettingTab(new Tab(this.app, this));
    this.registerEvent(this.app.vault.on("modify", () => this.ran.push("modify")));
    this.registerMarkdownCodeBlockProcessor("test", (source, el) => {
      el.createEl("pre", { text: source.trim() });
    });
    this.registerEditorExtension([]);
    this.addRibbonIcon("dice", "Roll", () => {});
    this.addStatusBarItem().setText("ok");
  }
}

describe("plugin registrations and commands", () => {
  it("runs commands with Obsidian's semantics and releases everything on unload", async () => {
    t = createTestApp({ files: { "n.md": "abc" } });
    const before = t.resources();
    const plugin = await loadPlugin(TestPlugin, t, { id: "test" });
    expect(t.fake.commands.findCommand("test:plain")?.name).toBe("One-on-one: Plain");
    expect(await t.runCommand("test:checked")).toBe(false);
    expect(await t.runCommand("test:plain")).toBe(true);
    expect(await t.runCommand("test:checked")).toBe(true);
    expect(await t.runCommand("test:edit")).toBe(false);
    const view = await t.openFile("n.md");
    view.editor.setCursor({ line: 0, ch: 3 });
    expect(await t.runCommand("test:edit")).toBe(true);
    await t.flush();
    expect(t.read("n.md")).toBe("abc!");
    expect(plugin.ran).toEqual(["plain", "checked", "modify"]);
    await t.runCommand("test:open-view");
    const leaf = t.workspace.getLeavesOfType("test-view")[0];
    expect(leaf.view.containerEl.querySelector(".view-content .greeting")?.textContent).toBe("hello");
    expect(t.workspace.activeLeaf).toBe(leaf);
    const block = await t.renderCodeBlock("test", "x\n");
    expect(block.el.textContent).toBe("x");
    const loaded = t.resources();
    expect(loaded.domListeners - before.domListeners).toBe(1);
    expect(loaded.intervals - before.intervals).toBe(1);
    await unloadPlugin(t, plugin);
    expect(t.resources()).toEqual(before);
    expect(() => t.fake.commands.executeCommandById("test:plain")).toThrow(/Unknown command/);
  });

  it("drives a setting tab like a user", async () => {
    t = createTestApp();
    await loadPlugin(TestPlugin, t, { id: "test" });
    const tab = t.openSettings("test") as Tab;
    const folder = settingByName(tab.containerEl, "People folder");
    typeInto(folder.components[0] as never, "Team");
    expect(tab.value).toBe("Team");
    selectOption(settingByName(tab.containerEl, "Done date").components[0] as never, "none");
    expect(tab.value).toBe("none");
    expect(() => settingByName(tab.containerEl, "Nope")).toThrow(/People folder/);
  });
});

/** Keeps a word as its state; logs what the workspace calls, in order. */
class WordView extends ItemView {
  static log: string[] = [];
  word = "";
  getViewType() {
    return "word-view";
  }
  getDisplayText() {
    return "Word";
  }
  async onOpen() {
    WordView.log.push("onOpen");
  }
  getState(): Record<string, unknown> {
    return { word: this.word, when: new Date(0) };
  }
  async setState(state: unknown, result: ViewStateResult): Promise<void> {
    WordView.log.push(`setState ${JSON.stringify(state)} history=${result.history}`);
    this.word = (state as { word?: string }).word ?? "";
    await super.setState(state, result);
  }
}

class WordPlugin extends Plugin {
  async onload() {
    this.registerView("word-view", (leaf: WorkspaceLeaf) => new WordView(leaf));
  }
}

describe("workspace layout", () => {
  it("saves each view's getState() when a save is asked for, and a restart opens the view, then gives it that state as JSON", async () => {
    WordView.log = [];
    t = createTestApp();
    await loadPlugin(WordPlugin, t, { id: "word" });
    await t.layoutReady();
    const leaf = t.workspace.getRightLeaf(false)!;
    await leaf.setViewState({ type: "word-view", state: { word: "first" } });
    await t.flush();
    // A layout change saves at once (debounced); a view's own change is saved only when the view asks.
    expect(JSON.stringify(t.workspace._savedLayout)).toContain('"word":"first"');
    (leaf.view as WordView).word = "second";
    await new Promise((r) => setTimeout(r, 5));
    expect(JSON.stringify(t.workspace._savedLayout)).not.toContain("second");
    void t.workspace.requestSaveLayout();
    await new Promise((r) => setTimeout(r, 5));
    const saved = t.workspace._savedLayout!;
    expect(JSON.stringify(saved)).toContain('"word":"second"');
    await t.dispose();

    WordView.log = [];
    t = createTestApp({ layout: saved });
    await loadPlugin(WordPlugin, t, { id: "word" });
    expect(t.workspace.getLeavesOfType("word-view")).toHaveLength(0);
    await t.layoutReady();
    const restored = t.workspace.getLeavesOfType("word-view");
    expect(restored.map((l) => [l.side, (l.view as WordView).word])).toEqual([["right", "second"]]);
    // Opened first, then the state, read back from JSON (a Date is a string by then).
    expect(WordView.log).toEqual(['onOpen', 'setState {"word":"second","when":"1970-01-01T00:00:00.000Z"} history=false']);
  });
});

describe("modals and notices", () => {
  it("filters fuzzy suggestions, closes before reporting the choice", async () => {
    t = createTestApp();
    const modal = new PickModal(t.fake);
    modal.open();
    expect(lastModal()).toBe(modal);
    expect(await typeQuery(modal, "sl")).toEqual([expect.objectContaining({ item: "Sam Lee" })]);
    chooseSuggestion(modal, "Sam");
    expect(modal.chosen).toBe("Sam Lee");
    expect(modal.closedBeforeChoice).toBe(true);
    expect(() => lastModal()).toThrow("No modal is open");
  });

  it("records every notice and its updates", () => {
    const n = new Notice("Saved");
    new Notice(createFragment((f) => f.createEl("b", { text: "Bold" })));
    n.setMessage("Saved twice");
    expect(notices).toEqual(["Saved twice", "Bold"]);
  });
});

describe("workspace", () => {
  it("fires file-open and active-leaf-change when a note opens, and runs layout-ready callbacks once", async () => {
    t = createTestApp({ files: { "a.md": "A", "b.md": "B" } });
    const log: string[] = [];
    t.workspace.onLayoutReady(() => log.push("ready"));
    t.workspace.on("file-open", (f) => log.push(`open ${f?.path}`));
    t.workspace.on("active-leaf-change", () => log.push("leaf"));
    await t.layoutReady();
    t.workspace.onLayoutReady(() => log.push("ready again"));
    await t.openFile("a.md");
    await t.openFile("b.md");
    expect(log).toEqual(["ready", "ready again", "leaf", "open a.md", "open b.md"]);
    expect(t.workspace.getActiveFile()?.path).toBe("b.md");
    expect(t.workspace.getActiveViewOfType(MarkdownView)?.editor.getValue()).toBe("B");
  });

  it("keeps an open editor in sync with vault changes and saves editor edits with LF endings, as Obsidian does", async () => {
    t = createTestApp({ files: { "a.md": "one\r\ntwo" } });
    const view = await t.openFile("a.md");
    await t.vault.modify(t.file("a.md"), "one\r\nTWO");
    expect(view.editor.getLine(1)).toBe("TWO");
    expect(view.editor.getValue()).toBe("one\nTWO");
    view.editor.setLine(0, "ONE");
    await t.flush();
    expect(t.read("a.md")).toBe("ONE\nTWO");
  });
});

describe("DOM helpers", () => {
  it("create elements from DomElementInfo and edit classes, text and attributes", () => {
    const root = createDiv({ cls: ["a", "b"], attr: { "data-x": 1, hidden: null } });
    const span = root.createSpan({ text: "hi", title: "t" });
    const first = root.createEl("input", { type: "checkbox", value: "v", prepend: true });
    expect(root.firstChild).toBe(first);
    expect(root.className).toBe("a b");
    expect(root.getAttr("data-x")).toBe("1");
    span.addClass("c", "d");
    span.toggleClass("c", false);
    expect(span.hasClass("d") && !span.hasClass("c")).toBe(true);
    span.setText("bye");
    expect(root.find("span")?.getText()).toBe("bye");
    span.hide();
    expect(span.isShown()).toBe(false);
    root.empty();
    expect(root.childElementCount).toBe(0);
    expect([1, 2, 3].last()).toBe(3);
  });
});

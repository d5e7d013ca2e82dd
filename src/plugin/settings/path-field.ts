// A folder or note path setting: suggests existing paths as you type, says when the path does not exist, saves on blur or after a pause.
import { AbstractInputSuggest, TFile, TFolder, debounce, normalizePath, type App, type Setting, type TextComponent } from "obsidian";

export type PathKind = "folder" | "note";

/** How long typing may pause before a path is saved (each save may re-read the vault). */
export const PATH_COMMIT_DELAY_MS = 800;

/** Existing folders or Markdown notes whose path contains what was typed. */
export class PathSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    inputEl: HTMLInputElement,
    private readonly kind: PathKind,
    private readonly chosen: (path: string) => void,
  ) {
    super(app, inputEl);
    this.limit = 50;
    this.onSelect((path) => {
      this.setValue(path);
      this.chosen(path);
      this.close();
    });
  }

  protected getSuggestions(query: string): string[] {
    const q = query.trim().toLowerCase();
    const found: string[] = [];
    for (const f of this.app.vault.getAllLoadedFiles()) {
      const fits = this.kind === "folder" ? f instanceof TFolder && !f.isRoot() : f instanceof TFile && f.extension === "md";
      if (fits && f.path.toLowerCase().includes(q)) found.push(f.path);
    }
    return found.sort((a, b) => a.localeCompare(b)).slice(0, this.limit);
  }

  renderSuggestion(path: string, el: HTMLElement): void {
    el.setText(path);
  }
}

/** "Templates/1-1" for a note also matches "Templates/1-1.md", as Obsidian's link resolution would. */
function exists(app: App, kind: PathKind, path: string): boolean {
  if (kind === "folder") return app.vault.getFolderByPath(path) !== null;
  return app.vault.getFileByPath(path) !== null || (!path.endsWith(".md") && app.vault.getFileByPath(`${path}.md`) !== null);
}

/**
 * Calls `commit` with the field's value after typing pauses and when the field loses focus, never per keystroke.
 * `typed` runs on every keystroke (for hints). Returns a function that commits now (a suggestion was picked).
 */
export function commitOnPause(t: TextComponent, commit: (value: string) => void, typed: (value: string) => void = () => undefined): (value: string) => void {
  const later = debounce(commit, PATH_COMMIT_DELAY_MS, true);
  t.onChange((v) => {
    typed(v);
    later(v);
  });
  t.inputEl.addEventListener("blur", () => {
    later.cancel();
    commit(t.getValue());
  });
  return (v) => {
    later.cancel();
    commit(v);
  };
}

export interface PathFieldOptions {
  kind: PathKind;
  placeholder: string;
  value: string;
  /** Saves a normalised path ("" when the field is emptied); called once per pause or blur, never per keystroke. */
  save: (path: string) => Promise<void> | void;
}

/** Adds the text field, its suggestions and its "does not exist" hint to a setting. */
export function addPathField(setting: Setting, app: App, o: PathFieldOptions): void {
  const hint = setting.descEl.createDiv({ cls: "one-on-one-setting-hint" });
  let saved = o.value;
  const normal = (v: string) => (v.trim() === "" ? "" : normalizePath(v.trim()));
  const showHint = (v: string) => {
    const path = normal(v);
    const missing = path !== "" && !exists(app, o.kind, path);
    hint.setText(missing ? `${o.kind === "folder" ? "Folder" : "Note"} "${path}" does not exist.` : "");
    hint.toggleClass("mod-warning", missing);
  };
  const commit = (v: string) => {
    const path = normal(v);
    if (path === saved) return;
    saved = path;
    void o.save(path);
  };
  setting.addText((t: TextComponent) => {
    t.setPlaceholder(o.placeholder).setValue(o.value);
    const now = commitOnPause(t, commit, showHint);
    new PathSuggest(app, t.inputEl, o.kind, (path) => {
      showHint(path);
      now(path);
    });
  });
  showHint(o.value);
}

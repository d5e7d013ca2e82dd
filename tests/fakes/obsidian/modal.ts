// Modal, SuggestModal, FuzzySuggestModal, AbstractInputSuggest, with helpers to type a query and choose.
import { Scope, prepareFuzzySearch, renderResults, type SearchResult } from "./util";
import type { App } from "./app";

/** Modals currently open, last opened last. */
export const openModals: Modal[] = [];

export class Modal {
  app: App;
  scope: Scope;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  /** Fake-internal: whether the modal is open. */
  isOpen = false;
  private closeCallback: (() => unknown) | null = null;

  constructor(app: App) {
    this.app = app;
    this.scope = new Scope();
    this.containerEl = document.createElement("div");
    this.containerEl.className = "modal-container";
    const bg = document.createElement("div");
    bg.className = "modal-bg";
    this.modalEl = document.createElement("div");
    this.modalEl.className = "modal";
    const close = document.createElement("div");
    close.className = "modal-close-button";
    close.addEventListener("click", () => this.close());
    const header = document.createElement("div");
    header.className = "modal-header";
    this.titleEl = document.createElement("div");
    this.titleEl.className = "modal-title";
    header.appendChild(this.titleEl);
    this.contentEl = document.createElement("div");
    this.contentEl.className = "modal-content";
    this.modalEl.append(close, header, this.contentEl);
    this.containerEl.append(bg, this.modalEl);
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    document.body.appendChild(this.containerEl);
    openModals.push(this);
    void this.onOpen();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.containerEl.remove();
    openModals.splice(openModals.indexOf(this), 1);
    this.onClose();
    this.closeCallback?.();
  }

  onOpen(): Promise<void> | void {}
  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.textContent = title;
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    while (this.contentEl.firstChild) this.contentEl.removeChild(this.contentEl.firstChild);
    if (typeof content === "string") this.contentEl.textContent = content;
    else this.contentEl.appendChild(content);
    return this;
  }

  setCloseCallback(callback: () => unknown): this {
    this.closeCallback = callback;
    return this;
  }
}

export interface Instruction {
  command: string;
  purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  /** Fake-internal: the suggestions now shown, and which one Enter would choose. */
  shown: T[] = [];
  selected = 0;
  private updating: Promise<void> = Promise.resolve();

  constructor(app: App) {
    super(app);
    this.modalEl.classList.add("prompt");
    this.inputEl = document.createElement("input");
    this.inputEl.className = "prompt-input";
    this.inputEl.type = "text";
    this.resultContainerEl = document.createElement("div");
    this.resultContainerEl.className = "prompt-results";
    this.modalEl.insertBefore(this.inputEl, this.contentEl);
    this.modalEl.insertBefore(this.resultContainerEl, this.contentEl);
    this.inputEl.addEventListener("input", () => this.updateSuggestions());
    this.inputEl.addEventListener("keydown", (evt) => {
      if (evt.key === "Enter") this.selectActiveSuggestion(evt);
      else if (evt.key === "ArrowDown") this.setSelected(this.selected + 1);
      else if (evt.key === "ArrowUp") this.setSelected(this.selected - 1);
      else if (evt.key === "Escape") this.close();
    });
  }

  open(): void {
    super.open();
    this.updateSuggestions();
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: Instruction[]): void {
    let el = this.modalEl.querySelector<HTMLElement>(".prompt-instructions");
    if (!el) {
      el = document.createElement("div");
      el.className = "prompt-instructions";
      this.modalEl.appendChild(el);
    }
    el.textContent = instructions.map((i) => `${i.command} ${i.purpose}`).join("  ");
  }

  onNoSuggestion(): void {
    const empty = document.createElement("div");
    empty.className = "suggestion-empty";
    empty.textContent = this.emptyStateText;
    this.resultContainerEl.appendChild(empty);
  }

  /** Closes first, then reports the choice (Obsidian's order: onClose runs before onChooseSuggestion). */
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    if (this.shown.length === 0) return;
    this.selectSuggestion(this.shown[this.selected], evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Fake-internal: resolves when the suggestions for the current input are rendered. */
  whenUpdated(): Promise<void> {
    return this.updating;
  }

  private setSelected(i: number): void {
    if (this.shown.length === 0) return;
    this.selected = (i + this.shown.length) % this.shown.length;
    this.resultContainerEl.querySelectorAll(".suggestion-item").forEach((el, k) => el.classList.toggle("is-selected", k === this.selected));
  }

  private updateSuggestions(): void {
    const query = this.inputEl.value;
    this.updating = Promise.resolve(this.getSuggestions(query)).then((values) => {
      if (this.inputEl.value !== query) return;
      while (this.resultContainerEl.firstChild) this.resultContainerEl.removeChild(this.resultContainerEl.firstChild);
      this.shown = values.slice(0, this.limit);
      this.selected = 0;
      if (this.shown.length === 0) {
        this.onNoSuggestion();
        return;
      }
      this.shown.forEach((value, k) => {
        const el = document.createElement("div");
        el.className = "suggestion-item" + (k === 0 ? " is-selected" : "");
        this.renderSuggestion(value, el);
        el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
        this.resultContainerEl.appendChild(el);
      });
    });
  }
}

export interface FuzzyMatch<T> {
  item: T;
  match: SearchResult;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const items = this.getItems();
    if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
    const search = prepareFuzzySearch(query);
    const out: FuzzyMatch<T>[] = [];
    for (const item of items) {
      const match = search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    return out.sort((a, b) => b.match.score - a.match.score);
  }
  renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
    renderResults(el, this.getItemText(item.item), item.match);
  }
  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class PopoverSuggest<T> {
  app: App;
  scope: Scope;
  suggestEl: HTMLElement;
  isOpen = false;
  constructor(app: App, scope?: Scope) {
    this.app = app;
    this.scope = scope ?? new Scope();
    this.suggestEl = document.createElement("div");
    this.suggestEl.className = "suggestion-container";
  }
  open(): void {
    this.isOpen = true;
    document.body.appendChild(this.suggestEl);
  }
  close(): void {
    this.isOpen = false;
    this.suggestEl.remove();
  }
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
  limit = 100;
  /** Fake-internal: the suggestions now shown. */
  shown: T[] = [];
  private selectCb: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  private updating: Promise<void> = Promise.resolve();

  constructor(
    app: App,
    private readonly textInputEl: HTMLInputElement | HTMLDivElement,
  ) {
    super(app);
    textInputEl.addEventListener("input", () => this.update());
    textInputEl.addEventListener("focus", () => this.update());
  }
  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
    else this.textInputEl.textContent = value;
  }
  getValue(): string {
    return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
  }
  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.selectCb?.(value, evt);
  }
  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectCb = callback;
    return this;
  }
  whenUpdated(): Promise<void> {
    return this.updating;
  }
  private update(): void {
    const query = this.getValue();
    this.updating = Promise.resolve(this.getSuggestions(query)).then((values) => {
      this.shown = values.slice(0, this.limit);
      while (this.suggestEl.firstChild) this.suggestEl.removeChild(this.suggestEl.firstChild);
      for (const v of this.shown) {
        const el = document.createElement("div");
        el.className = "suggestion-item";
        this.renderSuggestion(v, el);
        el.addEventListener("click", (evt) => this.selectSuggestion(v, evt));
        this.suggestEl.appendChild(el);
      }
      if (this.shown.length) this.open();
      else this.close();
    });
  }
}

/** Test helper: the modal opened last (throws when none is open). */
export function lastModal<M extends Modal = Modal>(): M {
  const m = openModals[openModals.length - 1];
  if (!m) throw new Error("No modal is open");
  return m as M;
}

/** Test helper: types `query` into a suggest modal (or input suggest) and returns the suggestions then shown. */
export async function typeQuery<T>(modal: SuggestModal<T> | AbstractInputSuggest<T>, query: string): Promise<T[]> {
  const input: HTMLElement = modal instanceof SuggestModal ? modal.inputEl : (modal as unknown as { textInputEl: HTMLElement }).textInputEl;
  if (input.instanceOf(HTMLInputElement)) input.value = query;
  else input.textContent = query;
  input.dispatchEvent(new Event("input"));
  await modal.whenUpdated();
  return modal.shown.slice();
}

/** Test helper: chooses a shown suggestion by index, by its rendered text (substring), or by predicate. */
export function chooseSuggestion<T>(modal: SuggestModal<T> | AbstractInputSuggest<T>, pick: number | string | ((item: T) => boolean) = 0): T {
  const shown = modal.shown;
  let index: number;
  if (typeof pick === "number") index = pick;
  else if (typeof pick === "function") index = shown.findIndex(pick);
  else {
    const host = modal instanceof SuggestModal ? modal.resultContainerEl : modal.suggestEl;
    const els = Array.from(host.querySelectorAll(".suggestion-item"));
    index = els.findIndex((el) => (el.textContent ?? "").includes(pick));
  }
  const value = shown[index];
  if (index < 0 || index >= shown.length) throw new Error(`No suggestion matches ${String(pick)} (${shown.length} shown)`);
  modal.selectSuggestion(value, new KeyboardEvent("keydown", { key: "Enter" }));
  return value;
}

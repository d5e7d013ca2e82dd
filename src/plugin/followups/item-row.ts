// One item as a row, shared by the dashboard and the live block: checkbox, rendered text, due, owner, carried, source.
import { Component, MarkdownRenderer, setIcon, setTooltip, type App } from "obsidian";
import type { ResolvedItem } from "../../core/followups/types";
import { daysBetween } from "../../core/markdown/iso-day";
import type { ItemActions } from "./item-actions";
import type { KeyedRow } from "./keyed-list";

/** Class names share one prefix (styles.css). */
export const ROW = "one-on-one-row";

export interface RowOptions {
  app: App;
  actions: ItemActions;
  today: string;
  /** Renders the text's Markdown; the row's component is its child and goes with the row. */
  parent: Component;
  /** Show Do / Delegate / Drop under the text (stale items). */
  triage?: boolean;
  /** Leave out who it is about (a person group or a block already says). */
  hidePerson?: boolean;
  /** A click on a #tag in the text (the dashboard filters by it). */
  onTag?: (tag: string) => void;
}

/** Everything a row shows: a change in any of it is a new row. */
export function rowKey(item: ResolvedItem, today: string): string {
  return [item.path, item.line, item.original, item.owner ?? "", item.person ?? "", item.carried, item.stale ? 1 : 0, dueLabel(item, today)?.text ?? ""].join("\u0001");
}

/** Up to two months a count of days says how late an item is; past that, the day it was due reads better than "1930 days". */
const COUNTED_OVERDUE_DAYS = 60;

function dueLabel(item: ResolvedItem, today: string): { text: string; overdue: boolean } | null {
  if (item.due === null) return null;
  const days = daysBetween(item.due, today) ?? 0;
  if (item.isOpen && days > COUNTED_OVERDUE_DAYS) return { text: `Overdue since ${item.due}`, overdue: true };
  if (item.isOpen && days > 0) return { text: `${days} day${days === 1 ? "" : "s"} overdue`, overdue: true };
  if (item.isOpen && days === 0) return { text: "Due today", overdue: false };
  if (item.isOpen && days === -1) return { text: "Due tomorrow", overdue: false };
  return { text: `Due ${item.due}`, overdue: false };
}

/** An open item's status when it is not a plain `[ ]` (the checkbox alone shows `[/]` and `[?]` as `[ ]`). */
function statusLabel(item: ResolvedItem): string | null {
  if (!item.isOpen || item.status === " ") return null;
  return item.state === "in-progress" ? "In progress" : `[${item.status}]`;
}

/** The note as "folder/name": a 1:1 note's name is only its date, the folder says whose it is. */
function sourceLabel(path: string): string {
  const parts = path.replace(/\.md$/, "").split("/");
  return parts.slice(-2).join("/");
}

/** Builds the row; `dispose()` unloads its Markdown component. */
export function createItemRow(item: ResolvedItem, o: RowOptions): KeyedRow {
  // data-task as Obsidian sets it on a task, for themes and snippets that style custom statuses.
  const el = createDiv({ cls: ROW, attr: { tabindex: "0", "data-path": item.path, "data-line": String(item.line), "data-task": item.status } });
  el.toggleClass("is-done", item.state === "done");
  const component = new Component();
  o.parent.addChild(component);

  const row: KeyedRow = { el, dispose: () => o.parent.removeChild(component) };

  const box = el.createEl("input", { cls: `task-list-item-checkbox ${ROW}-check`, type: "checkbox", attr: { "aria-label": item.isOpen ? "Complete" : "Mark as not done" } });
  box.checked = item.state === "done";
  box.disabled = !item.isOpen && item.state !== "done";
  box.addEventListener("click", (evt) => evt.stopPropagation());
  box.addEventListener("change", () => {
    box.disabled = true;
    el.addClass("is-writing");
    const write = box.checked ? o.actions.complete(item) : o.actions.uncomplete(item);
    void write.then((ok) => {
      // Written: the change event replaces this row (spent: even when an item with the same key is there then).
      // Refused: show the row as it was (the note is re-indexed).
      if (ok) row.spent = true;
      else if (el.isConnected) {
        box.checked = item.state === "done";
        box.disabled = false;
        el.removeClass("is-writing");
      }
    });
  });

  const body = el.createDiv({ cls: `${ROW}-body` });
  // dir=auto: Arabic or Hebrew text reads right to left, its punctuation where it belongs, as Obsidian shows the line.
  const text = body.createDiv({ cls: `${ROW}-text`, attr: { dir: "auto" } });
  void MarkdownRenderer.render(o.app, item.text, text, item.path, component);

  const meta = body.createDiv({ cls: `${ROW}-meta` });
  const status = statusLabel(item);
  if (status) meta.createSpan({ cls: `${ROW}-status`, text: status });
  const due = dueLabel(item, o.today);
  if (due) meta.createSpan({ cls: `${ROW}-due${due.overdue ? " mod-overdue" : ""}`, text: due.text });
  if (item.owner !== null) meta.createSpan({ cls: `${ROW}-owner`, text: item.owner });
  else if (item.person !== null && !o.hidePerson) meta.createSpan({ cls: `${ROW}-person`, text: `About ${item.person}` });
  if (item.carried > 0) meta.createSpan({ cls: `${ROW}-carried`, text: `Carried ${item.carried}×` });
  // One line however long the note's name (Zettelkasten names run to 100+ characters): cut with an ellipsis, the full path on hover.
  setTooltip(meta.createSpan({ cls: `${ROW}-source`, text: sourceLabel(item.path), attr: { dir: "auto" } }), item.path);

  if (o.triage && item.isOpen) {
    const bar = body.createDiv({ cls: `${ROW}-triage` });
    const button = (label: string, run: () => void) => {
      const b = bar.createEl("button", { text: label });
      b.addEventListener("click", (evt) => {
        evt.stopPropagation();
        run();
      });
    };
    button("Do (set a date)", () => void o.actions.rescheduleAsk(item, "Do it by"));
    button("Delegate (set an owner)", () => void o.actions.delegate(item));
    button("Drop (cancel)", () => void o.actions.cancel(item));
  }

  const more = el.createEl("button", { cls: `clickable-icon ${ROW}-more`, attr: { "aria-label": "More actions" } });
  setIcon(more, "more-vertical");
  more.addEventListener("click", (evt) => {
    evt.stopPropagation();
    o.actions.menu(item, evt);
  });

  el.addEventListener("contextmenu", (evt) => {
    evt.preventDefault();
    o.actions.menu(item, evt);
  });
  el.addEventListener("click", (evt) => {
    if (followInternalLink(o.app, evt, item.path)) return;
    const link = (evt.target as HTMLElement).closest("a");
    if (link?.hasClass("tag")) {
      evt.preventDefault();
      o.onTag?.((link.textContent ?? "").replace(/^#/, ""));
      return;
    }
    if (link) return; // external links open as links
    o.actions.open(item);
  });
  el.addEventListener("keydown", (evt) => {
    if (evt.target !== el) return;
    if (evt.key === " ") {
      evt.preventDefault();
      if (!box.disabled) box.click();
    } else if (evt.key === "Enter") {
      evt.preventDefault();
      o.actions.open(item);
    }
  });
  return row;
}

/** A click on an internal link in rendered Markdown opens its note (a view's own click, Obsidian leaves it to us); true when it was one. */
export function followInternalLink(app: App, evt: MouseEvent, sourcePath: string): boolean {
  const link = (evt.target as HTMLElement).closest("a");
  if (!link?.hasClass("internal-link")) return false;
  evt.preventDefault();
  void app.workspace.openLinkText(link.getAttr("data-href") ?? link.getAttr("href") ?? "", sourcePath);
  return true;
}

/** Arrow keys move between rows inside `scope` (the view or the block). */
export function moveFocus(scope: HTMLElement, evt: KeyboardEvent): void {
  if (evt.key !== "ArrowDown" && evt.key !== "ArrowUp") return;
  const rows = Array.from(scope.querySelectorAll<HTMLElement>(`.${ROW}`));
  const current = (evt.target as HTMLElement).closest(`.${ROW}`);
  const at = current ? rows.indexOf(current as HTMLElement) : -1;
  const next = rows[evt.key === "ArrowDown" ? at + 1 : at <= 0 ? 0 : at - 1];
  if (next) {
    evt.preventDefault();
    next.focus();
  }
}

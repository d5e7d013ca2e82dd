// The ```one-on-one``` code block: the items its query selects, live, with the dashboard's rows; a closed note's block unsubscribes.
import { MarkdownRenderChild, type MarkdownPostProcessorContext } from "obsidian";
import type { ResolvedItem } from "../../core/followups/types";
import { parseBlockQuery, selectBlockItems, type BlockQuery } from "../../core/followups/block-query";
import { linkTarget } from "../../core/markdown/frontmatter";
import type { Host } from "../host";
import type { ItemActions } from "./item-actions";
import { createItemRow, moveFocus, rowKey } from "./item-row";
import { KeyedList } from "./keyed-list";
import type { FollowupSignal } from "./signal";

export const BLOCK_LANGUAGE = "one-on-one";
export const BLOCK_ROWS = 20;
const P = "one-on-one-block";

/** The live blocks by their element (tests reach a block's counters through it). */
const blocks = new WeakMap<HTMLElement, FollowupBlock>();

export function blockOf(el: HTMLElement): FollowupBlock | undefined {
  return blocks.get(el);
}

const SHOW_WORDS: Record<BlockQuery["show"], string> = { open: "open", overdue: "overdue", stale: "stale", done: "done" };

export class FollowupBlock extends MarkdownRenderChild {
  redraws = 0;
  private dirty = true;
  private drawnKey = "";
  private limit = BLOCK_ROWS;
  private rows: KeyedList<ResolvedItem> | null = null;
  private titleEl: HTMLElement | null = null;
  private emptyEl: HTMLElement | null = null;
  private moreEl: HTMLElement | null = null;
  private closed = false;

  constructor(
    containerEl: HTMLElement,
    private readonly source: string,
    private readonly sourcePath: string,
    private readonly notePerson: string | null,
    private readonly host: Host,
    private readonly signal: FollowupSignal,
    private readonly actions: ItemActions,
  ) {
    super(containerEl);
    blocks.set(containerEl, this);
  }

  onload(): void {
    const el = this.containerEl;
    el.empty();
    el.addClass(P);
    const parsed = parseBlockQuery(this.source);
    if (!parsed.ok) {
      const box = el.createDiv({ cls: `${P}-error` });
      box.createDiv({ cls: `${P}-error-title`, text: "This one-on-one block has a problem:" });
      for (const e of parsed.errors) box.createDiv({ text: e });
      return;
    }
    this.titleEl = el.createDiv({ cls: `${P}-title` });
    const list = el.createDiv({ cls: `${P}-rows` });
    this.rows = new KeyedList(list);
    this.emptyEl = el.createDiv({ cls: `${P}-empty` });
    this.moreEl = el.createEl("button", { cls: `${P}-more` });
    this.moreEl.addEventListener("click", () => {
      this.limit += BLOCK_ROWS * 5;
      this.redraw(parsed.query);
    });
    this.registerDomEvent(el, "keydown", (evt) => moveFocus(el, evt));
    this.register(this.signal.subscribe(() => this.redraw(parsed.query)));
    this.registerEvent(this.host.app.workspace.on("layout-change", () => this.dirty && this.redraw(parsed.query)));
    this.registerEvent(this.host.app.workspace.on("active-leaf-change", () => this.dirty && this.redraw(parsed.query)));
    // Reading view takes far-off sections out of the page and puts the same element back: a change missed meanwhile is drawn then.
    this.register(el.onNodeInserted(() => this.dirty && this.redraw(parsed.query)));
    this.register(() => this.rows?.clear());
    if (this.host.actions.ready) this.redraw(parsed.query);
    else {
      this.emptyEl.setText("Reading the vault…");
      void this.host.actions.whenReady().then(() => this.redraw(parsed.query));
    }
  }

  onunload(): void {
    this.closed = true;
  }

  private redraw(query: BlockQuery): void {
    this.dirty = true;
    if (!this.rows || this.closed) return;
    // Obsidian may call the processor before the block is in the page: the first draw never waits to be shown.
    if (this.drawnKey !== "" && !this.containerEl.isShown()) return;
    const actions = this.host.actions;
    const today = actions.today();
    const person = query.person ?? this.notePerson;
    this.dirty = false;
    const model = actions.query({ person: person ?? undefined, show: query.show === "done" ? "all" : "open" }, today);
    const owner = query.owner?.kind === "name" ? (actions.directory().get(query.owner.name)?.name ?? query.owner.name) : null;
    // The note's own items are right there in the note: the block shows what is open elsewhere.
    const items = selectBlockItems(model.items, query, today, owner).filter((it) => it.path !== this.sourcePath);
    const shown = items.slice(0, this.limit);
    // A change elsewhere in the vault leaves this block as it is: redraw only when its rows or counts differ.
    const key = `${items.length}\u0002${person ?? ""}\u0002${shown.map((it) => rowKey(it, today)).join("\u0002")}`;
    if (key === this.drawnKey && !this.rows.hasSpent) return;
    this.drawnKey = key;
    this.rows.update(shown, (it) => rowKey(it, today), (it) =>
      createItemRow(it, { app: this.host.app, actions: this.actions, today, parent: this, hidePerson: person !== null, triage: query.show === "stale" }),
    );
    const canonical = person === null ? null : (actions.directory().get(person)?.name ?? person);
    const what = SHOW_WORDS[query.show];
    this.titleEl!.setText(`${canonical ? `Follow-ups with ${canonical}` : "Follow-ups"} · ${items.length} ${what}`);
    this.emptyEl!.setText(items.length ? "" : canonical ? `Nothing ${what} with ${canonical} in other notes.` : `Nothing ${what} in other notes.`);
    this.emptyEl!.toggleClass("is-hidden", items.length > 0);
    this.moreEl!.setText(`Show more (${items.length - shown.length} hidden)`);
    this.moreEl!.toggleClass("is-hidden", shown.length === items.length);
    this.redraws++;
  }
}

/** The person of the note the block sits in (frontmatter `person`), used when the block names none. */
export function notePersonOf(ctx: MarkdownPostProcessorContext): string | null {
  const fm = ctx.frontmatter as Record<string, unknown> | null | undefined;
  const raw: unknown = Array.isArray(fm?.person) ? (fm.person as unknown[])[0] : fm?.person;
  return typeof raw === "string" ? linkTarget(raw) : null;
}

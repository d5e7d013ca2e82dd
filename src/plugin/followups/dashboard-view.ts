// The "Follow-ups" sidebar view: sections from the pure dashboard model, rows kept by key, redrawn once per change while shown.
import { ItemView, setIcon, type WorkspaceLeaf } from "obsidian";
import type { ResolvedItem } from "../../core/followups/types";
import { dashboardModel, parseFilter, type DashboardModel, type DashboardSection, type RowGroup } from "../../core/followups/dashboard-model";
import { dueList, type PersonDue } from "../../core/people/history";
import { followUpOptions } from "../../settings";
import type { Host } from "../host";
import type { ItemActions } from "./item-actions";
import { createItemRow, moveFocus, rowKey } from "./item-row";
import { createDueRow } from "./due-row";
import { KeyedList, type KeyedRow } from "./keyed-list";
import type { FollowupSignal } from "./signal";

export const VIEW_TYPE = "one-on-one-dashboard";
export const ROWS_PER_GROUP = 10;
/** With more people than this, person groups start collapsed (a first paint stays a few hundred rows). */
const EXPANDED_PEOPLE = 8;
const P = "one-on-one-dash";

interface GroupDom {
  el: HTMLElement;
  header: HTMLElement | null;
  rows: KeyedList<ResolvedItem>;
  more: HTMLElement;
}

interface SectionDom {
  el: HTMLElement;
  count: HTMLElement;
  body: HTMLElement;
  groups: Map<string, GroupDom>;
  due: KeyedList<PersonDue> | null;
}

export class DashboardView extends ItemView {
  /** Draws that ran (a skipped or deferred redraw does not count). */
  redraws = 0;
  model: DashboardModel | null = null;
  private filterText = "";
  private showDone = false;
  /** Groups and sections whose collapsed state the user flipped. */
  private readonly toggled = new Set<string>();
  private readonly shown = new Map<string, number>();
  private dirty = true;
  private drawnKey = "";
  private hintsEl!: HTMLElement;
  private emptyEl!: HTMLElement;
  private sectionsEl!: HTMLElement;
  private readonly sections = new Map<string, SectionDom>();
  private filterEl!: HTMLInputElement;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Host,
    private readonly signal: FollowupSignal,
    private readonly actions: ItemActions,
    private readonly delegate?: (item: ResolvedItem) => void,
    private readonly openOverview?: (person: string) => void,
  ) {
    super(leaf);
    this.icon = "list-checks";
  }

  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return "Follow-ups";
  }

  /** Total rows built so far, over every group (tests and the benchmark read it). */
  get rowsCreated(): number {
    let n = 0;
    for (const s of this.sections.values()) for (const g of s.groups.values()) n += g.rows.created;
    return n;
  }

  protected async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass(P);
    const bar = root.createDiv({ cls: `${P}-toolbar` });
    this.filterEl = bar.createEl("input", { type: "search", cls: `${P}-filter`, attr: { placeholder: "Filter: text, @person, #tag", "aria-label": "Filter" } });
    this.filterEl.addEventListener("input", () => {
      this.filterText = this.filterEl.value;
      this.redraw();
    });
    const toggle = bar.createEl("label", { cls: `${P}-done-toggle` });
    const box = toggle.createEl("input", { type: "checkbox" });
    toggle.appendText("Done in the last 7 days");
    box.addEventListener("change", () => {
      this.showDone = box.checked;
      this.redraw();
    });
    this.hintsEl = root.createDiv({ cls: `${P}-hints` });
    this.emptyEl = root.createDiv({ cls: `${P}-empty` });
    this.sectionsEl = root.createDiv({ cls: `${P}-sections` });
    this.registerDomEvent(root, "keydown", (evt) => moveFocus(root, evt));
    this.register(this.signal.subscribe(() => this.redraw()));
    // A view in a hidden sidebar tab skips redraws; it catches up when shown.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.dirty && this.redraw()));
    this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.dirty && this.redraw()));
    if (!this.host.actions.ready) this.emptyEl.setText("Reading the vault…");
    this.dirty = true;
    this.redraw();
  }

  protected async onClose(): Promise<void> {
    for (const s of this.sections.values()) this.dropSection(s);
    this.sections.clear();
  }

  onResize(): void {
    if (this.dirty) this.redraw();
  }

  /** Sets the filter box (a clicked #tag, tests). */
  setFilter(text: string): void {
    this.filterEl.value = text;
    this.filterText = text;
    this.redraw();
  }

  /** Builds the model and draws it, only while shown and only when something it shows changed. */
  redraw(): void {
    this.dirty = true;
    if (!this.host.actions.ready) return;
    // Hidden (a collapsed sidebar, another tab): only the first draw happens; the rest waits until shown.
    if (this.drawnKey !== "" && !this.contentEl.isShown()) return;
    const actions = this.host.actions;
    const today = actions.today();
    const key = JSON.stringify([actions.index.revision, today, this.filterText, this.showDone, [...this.shown], [...this.toggled], followUpOptions(this.host.settings), this.host.settings.peopleFolder]);
    this.dirty = false;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const s = this.host.settings;
    const directory = actions.directory();
    this.model = dashboardModel({
      today,
      open: actions.query({}, today).items,
      all: this.showDone ? actions.resolved(today) : null,
      due: dueList(directory, actions.index.history(directory), today),
      dueSoonDays: s.dueSoonDays,
      filter: parseFilter(this.filterText),
      rowsPerGroup: ROWS_PER_GROUP,
      shown: this.shown,
      setup: { myName: s.myName, people: directory.all().length, peopleFolder: s.peopleFolder },
    });
    this.draw(this.model);
    this.redraws++;
  }

  private draw(model: DashboardModel): void {
    this.hintsEl.empty();
    for (const h of model.hints) this.hintsEl.createDiv({ cls: `${P}-hint`, text: h });
    this.emptyEl.setText(model.empty ?? "");
    this.emptyEl.toggleClass("is-hidden", model.empty === null);
    const keep = new Set<string>(model.sections.map((x) => x.id));
    for (const [id, dom] of this.sections) {
      if (!keep.has(id)) {
        this.dropSection(dom);
        this.sections.delete(id);
      }
    }
    let prev: HTMLElement | null = null;
    for (const section of model.sections) {
      let dom = this.sections.get(section.id);
      if (!dom) this.sections.set(section.id, (dom = this.createSection(section)));
      const want: ChildNode | null = prev ? prev.nextSibling : this.sectionsEl.firstChild;
      if (want !== dom.el) this.sectionsEl.insertBefore(dom.el, want);
      prev = dom.el;
      this.fillSection(section, dom, model.today);
    }
  }

  private isCollapsed(id: string, byDefault: boolean): boolean {
    return byDefault !== this.toggled.has(id);
  }

  private flip(id: string): void {
    if (this.toggled.has(id)) this.toggled.delete(id);
    else this.toggled.add(id);
    this.redraw();
  }

  private createSection(section: DashboardSection): SectionDom {
    const el = createDiv({ cls: `${P}-section`, attr: { "data-section": section.id } });
    const header = el.createDiv({ cls: `${P}-section-header`, attr: { role: "button", tabindex: "0" } });
    header.createSpan({ cls: `${P}-section-title`, text: section.title });
    const count = header.createSpan({ cls: `${P}-count` });
    header.addEventListener("click", () => this.flip(`section:${section.id}`));
    const body = el.createDiv({ cls: `${P}-section-body` });
    return { el, count, body, groups: new Map(), due: section.id === "due-1-1s" ? new KeyedList(body) : null };
  }

  private dropSection(dom: SectionDom): void {
    for (const g of dom.groups.values()) g.rows.clear();
    dom.groups.clear();
    dom.due?.clear();
    dom.el.remove();
  }

  private fillSection(section: DashboardSection, dom: SectionDom, today: string): void {
    dom.count.setText(String(section.count));
    const collapsed = this.isCollapsed(`section:${section.id}`, false);
    dom.el.toggleClass("is-collapsed", collapsed);
    if (dom.due) {
      dom.due.update(collapsed ? [] : (section.due ?? []), (d) => `${d.person}\u0001${d.next}\u0001${d.last?.date ?? ""}\u0001${d.overdueDays}`, (d) => createDueRow(d, this.host));
      return;
    }
    const keep = new Set(section.groups.map((g) => g.id));
    for (const [id, g] of dom.groups) {
      if (!keep.has(id)) {
        g.rows.clear();
        g.el.remove();
        dom.groups.delete(id);
      }
    }
    const manyPeople = section.id === "by-person" && section.groups.length > EXPANDED_PEOPLE;
    let prev: HTMLElement | null = null;
    for (const group of collapsed ? [] : section.groups) {
      let g = dom.groups.get(group.id);
      if (!g) dom.groups.set(group.id, (g = this.createGroup(group, section.id === "by-person")));
      const want: ChildNode | null = prev ? prev.nextSibling : dom.body.firstChild;
      if (want !== g.el) dom.body.insertBefore(g.el, want);
      prev = g.el;
      this.fillGroup(group, g, section.id, today, manyPeople);
    }
    if (collapsed) {
      for (const g of dom.groups.values()) {
        g.rows.clear();
        g.el.remove();
      }
      dom.groups.clear();
    }
  }

  private createGroup(group: RowGroup, person: boolean): GroupDom {
    const el = createDiv({ cls: `${P}-group`, attr: { "data-group": group.id } });
    let header: HTMLElement | null = null;
    if (person) {
      header = el.createDiv({ cls: `${P}-group-header`, attr: { role: "button", tabindex: "0" } });
      header.addEventListener("click", () => this.flip(group.id));
    }
    const list = el.createDiv({ cls: `${P}-rows` });
    const more = el.createEl("button", { cls: `${P}-more` });
    more.addEventListener("click", () => {
      this.shown.set(group.id, (this.shown.get(group.id) ?? ROWS_PER_GROUP) + ROWS_PER_GROUP * 5);
      this.redraw();
    });
    return { el, header, rows: new KeyedList(list), more };
  }

  private fillGroup(group: RowGroup, g: GroupDom, section: string, today: string, manyPeople: boolean): void {
    const collapsed = g.header !== null && this.isCollapsed(group.id, manyPeople);
    g.el.toggleClass("is-collapsed", collapsed);
    if (g.header) {
      g.header.empty();
      g.header.createSpan({ cls: `${P}-group-title`, text: group.title });
      const owes = g.header.createSpan({ cls: `${P}-owes` });
      owes.setText(`I owe ${group.iOwe ?? 0} · they owe ${group.theyOwe ?? 0}`);
      g.header.createSpan({ cls: `${P}-count`, text: String(group.total) });
      const person = group.person;
      if (person && this.openOverview) {
        const open = g.header.createEl("button", { cls: `clickable-icon ${P}-overview`, attr: { "aria-label": `Open ${person}'s overview` } });
        setIcon(open, "user");
        open.addEventListener("click", (evt) => {
          evt.stopPropagation();
          this.openOverview!(person);
        });
      }
    }
    const items = collapsed ? [] : group.items;
    g.rows.update(items, (it) => rowKey(it, today), (it) => this.createRow(it, section, group));
    g.more.setText(`Show ${Math.min(group.more, ROWS_PER_GROUP * 5)} more of ${group.more}`);
    g.more.toggleClass("is-hidden", collapsed || group.more === 0);
  }

  private createRow(item: ResolvedItem, section: string, group: RowGroup): KeyedRow {
    return createItemRow(item, {
      app: this.app,
      actions: this.actions,
      today: this.host.actions.today(),
      parent: this,
      triage: section === "stale",
      hidePerson: group.person !== undefined,
      onTag: (tag) => this.setFilter(`#${tag}`),
      delegate: this.delegate,
    });
  }
}

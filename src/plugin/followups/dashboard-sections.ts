// The dashboard's sections as DOM: section headers with counts, the 1:1s due rows, collapsible person groups, bounded rows with "Show more".
import { setIcon } from "obsidian";
import type { ResolvedItem } from "../../core/followups/types";
import type { DashboardModel, DashboardSection, RowGroup } from "../../core/followups/dashboard-model";
import type { PersonDue } from "../../core/people/history";
import type { Host } from "../host";
import { rowKey } from "./item-row";
import { createDueRow } from "./due-row";
import { KeyedList, type KeyedRow } from "./keyed-list";

export const ROWS_PER_GROUP = 10;
/** People under 1:1s due before "Show more": the section stays a glance above the items. */
export const DUE_ROWS = 5;
/** With more people than this, person groups start collapsed (a first paint stays a few hundred rows). */
const EXPANDED_PEOPLE = 8;
const P = "one-on-one-dash";

/** What the sections ask of the view that owns them (its state and its rows). */
export interface SectionsOwner {
  host: Host;
  /** Whether a section ("section:<id>") or group is folded; `byDefault` is its state when the user never flipped it. */
  isCollapsed(id: string, byDefault: boolean): boolean;
  /** A header was clicked: fold (true) or unfold it. */
  setCollapsed(id: string, collapsed: boolean): void;
  /** "Show more": show up to `rows` rows of this group. */
  showMore(id: string, rows: number): void;
  createRow(item: ResolvedItem, section: string, group: RowGroup): KeyedRow;
  openOverview?: (person: string) => void;
}

interface GroupDom {
  el: HTMLElement;
  header: HTMLElement | null;
  rows: KeyedList<ResolvedItem>;
  more: HTMLElement;
  /** Rows the group shows now ("Show more" adds to it). */
  shown: number;
}

interface SectionDom {
  el: HTMLElement;
  count: HTMLElement;
  body: HTMLElement;
  /** The section's empty text (DashboardSection.empty), hidden while it has rows. */
  empty: HTMLElement;
  groups: Map<string, GroupDom>;
  /** 1:1s due only: its rows and its "Show more". */
  due: { rows: KeyedList<PersonDue>; more: HTMLElement } | null;
}

export class DashboardSections {
  private readonly sections = new Map<string, SectionDom>();

  constructor(
    private readonly container: HTMLElement,
    private readonly owner: SectionsOwner,
  ) {}

  /** Total rows built so far, over every group (tests and the benchmark read it). */
  get rowsCreated(): number {
    let n = 0;
    for (const s of this.sections.values()) for (const g of s.groups.values()) n += g.rows.created;
    return n;
  }

  /** Makes the container show the model's sections; sections, groups and rows still there keep their elements. */
  draw(model: DashboardModel): void {
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
      const want: ChildNode | null = prev ? prev.nextSibling : this.container.firstChild;
      if (want !== dom.el) this.container.insertBefore(dom.el, want);
      prev = dom.el;
      this.fillSection(section, dom, model.today);
    }
  }

  /** Removes every section (releasing the rows' render components). */
  clear(): void {
    for (const s of this.sections.values()) this.dropSection(s);
    this.sections.clear();
  }

  private createSection(section: DashboardSection): SectionDom {
    const el = createDiv({ cls: `${P}-section`, attr: { "data-section": section.id } });
    const header = el.createDiv({ cls: `${P}-section-header`, attr: { role: "button", tabindex: "0" } });
    header.createSpan({ cls: `${P}-section-title`, text: section.title });
    const count = header.createSpan({ cls: `${P}-count` });
    onActivate(header, () => this.owner.setCollapsed(`section:${section.id}`, !el.hasClass("is-collapsed")));
    const body = el.createDiv({ cls: `${P}-section-body` });
    const empty = body.createDiv({ cls: `${P}-section-empty` });
    return { el, count, body, empty, groups: new Map(), due: section.id === "due-1-1s" ? this.createDue(body, section) : null };
  }

  private createDue(body: HTMLElement, section: DashboardSection): SectionDom["due"] {
    const rows = new KeyedList<PersonDue>(body.createDiv({ cls: `${P}-due-rows` }));
    const more = body.createEl("button", { cls: `${P}-more` });
    // Everyone: a manager has a handful of reports, not hundreds.
    more.addEventListener("click", () => this.owner.showMore(section.id, Number.MAX_SAFE_INTEGER));
    return { rows, more };
  }

  private dropSection(dom: SectionDom): void {
    for (const g of dom.groups.values()) g.rows.clear();
    dom.groups.clear();
    dom.due?.rows.clear();
    dom.el.remove();
  }

  private fillSection(section: DashboardSection, dom: SectionDom, today: string): void {
    dom.count.setText(String(section.count));
    const collapsed = this.owner.isCollapsed(`section:${section.id}`, false);
    dom.el.toggleClass("is-collapsed", collapsed);
    dom.empty.setText(section.empty ?? "");
    dom.empty.toggleClass("is-hidden", collapsed || section.empty === undefined);
    if (dom.due) {
      dom.due.rows.update(collapsed ? [] : (section.due ?? []), (d) => `${d.person}\u0001${d.next}\u0001${d.last?.date ?? ""}\u0001${d.overdueDays}`, (d) => createDueRow(d, this.owner.host));
      const more = section.dueMore ?? 0;
      dom.due.more.setText(`Show ${more} more`);
      dom.due.more.toggleClass("is-hidden", collapsed || more === 0);
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
      onActivate(header, () => this.owner.setCollapsed(group.id, !el.hasClass("is-collapsed")));
    }
    const list = el.createDiv({ cls: `${P}-rows` });
    const more = el.createEl("button", { cls: `${P}-more` });
    const dom: GroupDom = { el, header, rows: new KeyedList(list), more, shown: 0 };
    more.addEventListener("click", () => this.owner.showMore(group.id, dom.shown + ROWS_PER_GROUP * 5));
    return dom;
  }

  private fillGroup(group: RowGroup, g: GroupDom, section: string, today: string, manyPeople: boolean): void {
    const collapsed = g.header !== null && this.owner.isCollapsed(group.id, manyPeople);
    g.el.toggleClass("is-collapsed", collapsed);
    if (g.header) {
      g.header.empty();
      g.header.createSpan({ cls: `${P}-group-title`, text: group.title });
      const owes = g.header.createSpan({ cls: `${P}-owes` });
      owes.setText(owesText(group.iOwe ?? 0, group.theyOwe ?? 0, group.total));
      g.header.createSpan({ cls: `${P}-count`, text: String(group.total) });
      const person = group.person;
      const openOverview = this.owner.openOverview;
      if (person && openOverview) {
        const open = g.header.createEl("button", { cls: `clickable-icon ${P}-overview`, attr: { "aria-label": `Open ${person}'s overview` } });
        setIcon(open, "user");
        open.addEventListener("click", (evt) => {
          evt.stopPropagation();
          openOverview(person);
        });
      }
    }
    const items = collapsed ? [] : group.items;
    g.shown = group.items.length;
    g.rows.update(items, (it) => rowKey(it, today), (it) => this.owner.createRow(it, section, group));
    g.more.setText(`Show ${Math.min(group.more, ROWS_PER_GROUP * 5)} more of ${group.more}`);
    g.more.toggleClass("is-hidden", collapsed || group.more === 0);
  }
}

/** A header that is a button: a click, or Enter or space while it has the focus (not a button inside it). */
function onActivate(header: HTMLElement, run: () => void): void {
  header.addEventListener("click", run);
  header.addEventListener("keydown", (evt) => {
    if (evt.target !== header || (evt.key !== "Enter" && evt.key !== " ")) return;
    evt.preventDefault();
    run();
  });
}

/** "I owe 2 · they owe 3 · 1 without owner", leaving out what is zero (a vault with no one set up reads "12 without owner"). */
export function owesText(iOwe: number, theyOwe: number, total: number): string {
  const parts: string[] = [];
  if (iOwe > 0) parts.push(`I owe ${iOwe}`);
  if (theyOwe > 0) parts.push(`they owe ${theyOwe}`);
  if (total - iOwe - theyOwe > 0) parts.push(`${total - iOwe - theyOwe} without owner`);
  return parts.join(" · ");
}

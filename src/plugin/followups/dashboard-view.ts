// The "Follow-ups" sidebar view: sections from the pure dashboard model, rows kept by key, redrawn once per change while shown.
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { ResolvedItem } from "../../core/followups/types";
import { dashboardModel, parseFilter, type DashboardModel, type RowGroup } from "../../core/followups/dashboard-model";
import { dueList } from "../../core/people/history";
import { followUpOptions } from "../../settings";
import type { Host } from "../host";
import { DashboardSections, DUE_ROWS, ROWS_PER_GROUP, type SectionsOwner } from "./dashboard-sections";
import { readDashboardState, type DashboardState } from "./dashboard-state";
import type { ItemActions } from "./item-actions";
import { createItemRow, moveFocus } from "./item-row";
import type { KeyedRow } from "./keyed-list";
import type { FollowupSignal } from "./signal";

export const VIEW_TYPE = "one-on-one-dashboard";
const P = "one-on-one-dash";

export class DashboardView extends ItemView {
  /** Draws that ran (a skipped or deferred redraw does not count). */
  redraws = 0;
  model: DashboardModel | null = null;
  private filterText = "";
  private showDone = false;
  private hideTips = false;
  /** Sections ("section:<id>") and groups the user folded (true) or unfolded (false). */
  private folds = new Map<string, boolean>();
  private readonly shown = new Map<string, number>();
  private dirty = true;
  private drawnKey = "";
  private hintsEl!: HTMLElement;
  private emptyEl!: HTMLElement;
  private sections!: DashboardSections;
  private filterEl: HTMLInputElement | null = null;
  private doneEl: HTMLInputElement | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Host,
    private readonly signal: FollowupSignal,
    private readonly actions: ItemActions,
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
    return this.sections?.rowsCreated ?? 0;
  }

  protected async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass(P);
    const bar = root.createDiv({ cls: `${P}-toolbar` });
    const filter = bar.createEl("input", { type: "search", cls: `${P}-filter`, attr: { placeholder: "Filter: text, @person, #tag", "aria-label": "Filter" } });
    filter.value = this.filterText;
    filter.addEventListener("input", () => {
      this.filterText = filter.value;
      this.stateChanged();
    });
    this.filterEl = filter;
    const toggle = bar.createEl("label", { cls: `${P}-done-toggle` });
    const box = toggle.createEl("input", { type: "checkbox" });
    box.checked = this.showDone;
    toggle.appendText("Done in the last 7 days");
    box.addEventListener("change", () => {
      this.showDone = box.checked;
      this.stateChanged();
      // The done section comes last, below every open item: bring it into view, or the box would seem to do nothing.
      if (this.showDone) this.contentEl.querySelector(`[data-section="done"]`)?.scrollIntoView({ block: "nearest" });
    });
    this.doneEl = box;
    this.hintsEl = root.createDiv({ cls: `${P}-hints` });
    this.emptyEl = root.createDiv({ cls: `${P}-empty` });
    const owner: SectionsOwner = {
      host: this.host,
      isCollapsed: (id, byDefault) => this.isCollapsed(id, byDefault),
      setCollapsed: (id, collapsed) => {
        this.folds.set(id, collapsed);
        this.stateChanged();
      },
      showMore: (id, rows) => this.showMore(id, rows),
      createRow: (item, section, group) => this.createRow(item, section, group),
      openOverview: this.openOverview,
    };
    this.sections = new DashboardSections(root.createDiv({ cls: `${P}-sections` }), owner);
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
    this.sections.clear();
  }

  onResize(): void {
    if (this.dirty) this.redraw();
  }

  getState(): Record<string, unknown> {
    const state: DashboardState = { filter: this.filterText, showDone: this.showDone, collapsed: Object.fromEntries(this.folds), hideTips: this.hideTips };
    return state;
  }

  /** Obsidian gives back the saved state after onOpen (a restart, a workspace load); values it cannot read keep what the view has. */
  async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const s = readDashboardState(state);
    if (s.filter !== undefined) this.filterText = s.filter;
    if (s.showDone !== undefined) this.showDone = s.showDone;
    if (s.collapsed !== undefined) this.folds = new Map(s.collapsed);
    if (s.hideTips !== undefined) this.hideTips = s.hideTips;
    if (this.filterEl && this.doneEl) {
      this.filterEl.value = this.filterText;
      this.doneEl.checked = this.showDone;
      this.redraw();
    }
    await super.setState(state, result);
  }

  /** Sets the filter box (a clicked #tag, tests). */
  setFilter(text: string): void {
    if (this.filterEl) this.filterEl.value = text;
    this.filterText = text;
    this.stateChanged();
  }

  /** The filter, the toggle or a fold changed: draw it, and ask Obsidian to save the layout (it takes getState() then). */
  private stateChanged(): void {
    this.app.workspace.requestSaveLayout();
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
    const key = JSON.stringify([actions.index.revision, today, this.filterText, this.showDone, [...this.shown], [...this.folds], followUpOptions(this.host.settings), this.host.settings.peopleFolder]);
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
      dueRows: DUE_ROWS,
      shown: this.shown,
      setup: { myName: s.myName, people: directory.all().length, peopleFolder: s.peopleFolder, unreadableOneOnOnes: actions.index.unreadableOneOnOnes() },
    });
    this.draw(this.model);
    this.redraws++;
  }

  private draw(model: DashboardModel): void {
    this.drawTips(model.hints);
    this.emptyEl.setText(model.empty ?? "");
    this.emptyEl.toggleClass("is-hidden", model.empty === null);
    this.sections.draw(model);
  }

  /** Setup tips, which the user may hide (kept in the view's state) and show again. */
  private drawTips(hints: readonly string[]): void {
    this.hintsEl.empty();
    if (hints.length === 0) return;
    if (!this.hideTips) for (const h of hints) this.hintsEl.createDiv({ cls: `${P}-hint`, text: h });
    const toggle = this.hintsEl.createEl("button", { cls: `${P}-tips-toggle`, text: this.hideTips ? `Show setup tips (${hints.length})` : "Hide setup tips" });
    toggle.addEventListener("click", () => {
      this.hideTips = !this.hideTips;
      this.drawTips(hints);
      this.app.workspace.requestSaveLayout();
    });
  }

  private isCollapsed(id: string, byDefault: boolean): boolean {
    return this.folds.get(id) ?? byDefault;
  }

  private showMore(id: string, rows: number): void {
    this.shown.set(id, rows);
    this.redraw();
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
    });
  }
}

// The person overview, drawn into an element: due 1:1 and "Start 1:1", open items both ways (the dashboard's rows), the 1:1 timeline, topics and questions asked.
import { Component, debounce, MarkdownRenderer, TFile } from "obsidian";
import { personOverview, type PersonOverview } from "../../core/followups/person-overview";
import type { ResolvedItem } from "../../core/followups/types";
import { settingNotePath } from "../../core/markdown/note-paths";
import { readTopics } from "../../core/people/topics";
import { DEFAULT_QUESTION_BANK } from "../../core/templates/defaults";
import { parseQuestionBank, questionsIn } from "../../core/templates/questions";
import { followUpOptions } from "../../settings";
import { feedbackStatus } from "../feedback-status";
import type { Host } from "../host";
import { newOneOnOne } from "../notes/new-note";
import { noPersonNote } from "../notes/people-folder";
import type { ItemActions } from "./item-actions";
import { createItemRow, followInternalLink, moveFocus, rowKey } from "./item-row";
import { KeyedList } from "./keyed-list";
import { SIGNAL_DELAY_MS, type FollowupSignal } from "./signal";

const P = "one-on-one-person";

/** Items listed per 1:1 note on the timeline; the rest is a "+N more" line, so a long history stays light. */
const TIMELINE_ITEMS = 5;

/** Draws the first TIMELINE_ITEMS of items with draw, then "+N more <what>" in entry. */
function shown(entry: HTMLElement, items: readonly ResolvedItem[], what: string, draw: (it: ResolvedItem) => void): void {
  for (const it of items.slice(0, TIMELINE_ITEMS)) draw(it);
  if (items.length > TIMELINE_ITEMS) entry.createDiv({ cls: `${P}-more`, text: `+${items.length - TIMELINE_ITEMS} more ${what}` });
}

/** One open-items section: a title with its count and the dashboard's rows. */
interface ItemsDom {
  title: HTMLElement;
  rows: KeyedList<ResolvedItem>;
  empty: HTMLElement;
}

export class PersonOverviewPanel extends Component {
  /** Draws that ran (tests read it: an unrelated change must not redraw). */
  redraws = 0;
  private drawnKey = "";
  private dirty = true;
  private extrasRun = 0;
  private headerEl!: HTMLElement;
  private sections: Record<"iOwe" | "theyOwe" | "unassigned", ItemsDom> | null = null;
  private timelineEl!: HTMLElement;
  /** Owns the timeline's rendered item text; a new one per draw, the last one unloaded. */
  private timelineText: Component | null = null;
  /** The notes the panel reads for topics, feedback and questions (a save to one that changes no item still shows). */
  private reads = new Set<string>();
  private topicsEl!: HTMLElement;
  private questionsEl!: HTMLElement;
  /** Every section below the header: hidden while the name has no person note (empty headings read as broken). */
  private readonly sectionEls: HTMLElement[] = [];

  constructor(
    readonly containerEl: HTMLElement,
    private person: string,
    private readonly host: Host,
    private readonly signal: FollowupSignal,
    private readonly actions: ItemActions,
  ) {
    super();
  }

  onload(): void {
    const el = this.containerEl;
    el.empty();
    el.addClass(P);
    this.headerEl = el.createDiv({ cls: `${P}-header` });
    const items = (title: string): ItemsDom => {
      const section = el.createDiv({ cls: `${P}-section` });
      this.sectionEls.push(section);
      const t = section.createDiv({ cls: `${P}-section-title`, text: title });
      const list = section.createDiv({ cls: `${P}-rows` });
      const empty = section.createDiv({ cls: `${P}-empty` });
      return { title: t, rows: new KeyedList(list), empty };
    };
    this.sections = { iOwe: items("I owe"), theyOwe: items("They owe"), unassigned: items("Unassigned") };
    const section = (title: string) => {
      const s = el.createDiv({ cls: `${P}-section` });
      this.sectionEls.push(s);
      s.createDiv({ cls: `${P}-section-title`, text: title });
      return s.createDiv({ cls: `${P}-section-body` });
    };
    this.timelineEl = section("1:1 notes");
    // Links in the rendered item text open from the note the item is in (the date links handle their own clicks).
    this.registerDomEvent(this.timelineEl, "click", (evt) => {
      const entry = (evt.target as HTMLElement).closest<HTMLElement>(`.${P}-entry`);
      if (!evt.defaultPrevented && entry) followInternalLink(this.host.app, evt, entry.dataset.path ?? "");
    });
    this.topicsEl = section("Topics for the next 1:1");
    this.questionsEl = section("Starter questions asked");
    this.registerDomEvent(el, "keydown", (evt) => moveFocus(el, evt));
    this.register(this.signal.subscribe(() => this.redraw()));
    // Later than the signal: a save that also changes items is drawn by the signal, and this finds nothing new.
    const noteSaved = debounce(() => this.redraw(), SIGNAL_DELAY_MS * 4, true);
    this.register(() => noteSaved.cancel());
    this.registerEvent(
      this.host.app.vault.on("modify", (file) => {
        if (this.reads.has(file.path)) noteSaved();
      }),
    );
    this.registerEvent(this.host.app.workspace.on("layout-change", () => this.dirty && this.redraw()));
    this.registerEvent(this.host.app.workspace.on("active-leaf-change", () => this.dirty && this.redraw()));
    // In a `view: person` block, reading view may take the element out of the page and put it back: catch up then.
    this.register(el.onNodeInserted(() => this.dirty && this.redraw()));
    this.register(() => {
      for (const s of Object.values(this.sections ?? {})) s.rows.clear();
    });
    if (this.host.actions.ready) this.redraw();
    else {
      this.headerEl.setText("Reading the vault…");
      void this.host.actions.whenReady().then(() => this.redraw());
    }
  }

  /** Shows another person (the view's state changed). */
  setPerson(person: string): void {
    this.person = person;
    this.drawnKey = "";
    this.redraw();
  }

  /** Builds the model and draws it, only while shown and only when the index, the day or the settings changed. */
  redraw(): void {
    this.dirty = true;
    if (!this.sections || !this.host.actions.ready) return;
    if (this.drawnKey !== "" && !this.containerEl.isShown()) return;
    const actions = this.host.actions;
    const today = actions.today();
    const options = followUpOptions(this.host.settings);
    const model = personOverview(actions.index, this.person, today, options);
    // Keyed on what the panel shows (the model and the notes it reads), not the index revision: a change elsewhere is no redraw.
    const key = JSON.stringify([today, this.person, model, this.stamps(model)]);
    this.dirty = false;
    if (key === this.drawnKey && !Object.values(this.sections).some((s) => s.rows.hasSpent)) return;
    this.drawnKey = key;
    this.redraws++;
    for (const s of this.sectionEls) s.toggleClass("is-hidden", !model);
    if (!model) {
      this.headerEl.empty();
      this.headerEl.createDiv({ cls: `${P}-empty`, text: noPersonNote(this.host.app, this.host.settings.peopleFolder, this.person) });
      for (const s of Object.values(this.sections)) s.rows.update([], (i) => i.path, () => ({ el: createDiv(), dispose: () => undefined }));
      return;
    }
    this.drawHeader(model);
    const fill = (dom: ItemsDom, title: string, items: readonly ResolvedItem[], none: string) => {
      dom.title.setText(`${title} (${items.length})`);
      dom.rows.update(items, (it) => rowKey(it, today), (it) =>
        createItemRow(it, { app: this.host.app, actions: this.actions, today, parent: this, hidePerson: true }),
      );
      dom.empty.setText(items.length ? "" : none);
      dom.empty.toggleClass("is-hidden", items.length > 0);
    };
    fill(this.sections.iOwe, "I owe", model.iOwe, "Nothing you owe.");
    fill(this.sections.theyOwe, "They owe", model.theyOwe, `Nothing ${model.name} owes.`);
    fill(this.sections.unassigned, "Unassigned", model.unassigned, "");
    this.sections.unassigned.title.parentElement?.toggleClass("is-hidden", model.unassigned.length === 0);
    this.drawTimeline(model, today);
    void this.drawFromNotes(model, today);
  }

  /** Size and mtime of the notes drawFromNotes reads (topics, feedback status, questions asked). */
  private stamps(o: PersonOverview | null): string[] {
    if (!o) return [];
    const paths = [o.path, settingNotePath(this.host.settings.questionBank) ?? "", ...o.oneOnOnes.map((e) => e.path)];
    this.reads = new Set(paths);
    return paths.map((p) => {
      const f = this.host.app.vault.getAbstractFileByPath(p);
      return f instanceof TFile ? `${f.stat.mtime}:${f.stat.size}` : "";
    });
  }

  private drawHeader(o: PersonOverview): void {
    const h = this.headerEl;
    h.empty();
    const top = h.createDiv({ cls: `${P}-title-row` });
    const name = top.createEl("a", { cls: `${P}-name internal-link`, text: o.name, attr: { "data-href": o.path, href: o.path } });
    name.addEventListener("click", (evt) => {
      evt.preventDefault();
      void this.host.app.workspace.openLinkText(o.path, "");
    });
    const start = top.createEl("button", { cls: `${P}-start mod-cta`, text: "Start 1:1" });
    start.addEventListener("click", () => {
      const person = this.host.actions.directory().get(o.name);
      if (person) void newOneOnOne(this.host, person);
    });
    const facts: string[] = [o.cadence ? `Cadence: ${o.cadence}` : "No cadence set", `Last 1:1: ${o.lastOneOnOne?.date ?? "never"}`];
    if (o.nextDue) facts.push(o.overdueDays > 0 ? `Next: ${o.nextDue} (${o.overdueDays} day${o.overdueDays === 1 ? "" : "s"} overdue)` : `Next: ${o.nextDue}`);
    h.createDiv({ cls: `${P}-facts`, text: facts.join(" · ") });
  }

  private drawTimeline(o: PersonOverview, today: string): void {
    const el = this.timelineEl;
    el.empty();
    if (this.timelineText) this.removeChild(this.timelineText);
    const component = (this.timelineText = this.addChild(new Component()));
    // The item's text as the rows show it (links, tags, code), never as HTML.
    const text = (parent: HTMLElement, cls: string, it: ResolvedItem) => void MarkdownRenderer.render(this.host.app, it.text, parent.createSpan({ cls }), it.path, component);
    if (o.oneOnOnes.length === 0) el.createDiv({ cls: `${P}-empty`, text: `No 1:1 notes with ${o.name} yet.` });
    for (const e of o.oneOnOnes) {
      const entry = el.createDiv({ cls: `${P}-entry`, attr: { "data-path": e.path } });
      const head = entry.createDiv({ cls: `${P}-entry-head` });
      const link = head.createEl("a", { cls: `${P}-entry-date internal-link`, text: e.date, attr: { "data-href": e.path, href: e.path } });
      link.addEventListener("click", (evt) => {
        evt.preventDefault();
        void this.host.app.workspace.openLinkText(e.path, "");
      });
      const open = e.opened.length - e.closedSince.length;
      head.createSpan({ cls: `${P}-entry-counts`, text: `${e.opened.length} item${e.opened.length === 1 ? "" : "s"} · ${open} open · ${e.closedSince.length} closed since` });
      // Compact lines, not tickable rows: the open ones are already rows in "I owe"/"They owe", a second checkbox would read as a second item.
      shown(entry, e.opened.filter((it) => it.isOpen), "open", (it) => {
        const line = entry.createDiv({ cls: `${P}-opened mod-${it.state}` });
        const body = line.createSpan({ cls: `${P}-opened-text`, text: `${it.state === "in-progress" ? "◐" : "○"} ` });
        text(body, `${P}-item-text`, it);
        line.createSpan({ cls: `${P}-opened-owner`, text: it.owner === null ? "no owner" : `@${it.owner}` });
        if (it.due !== null) line.createSpan({ cls: `${P}-opened-due${it.due < today ? " mod-overdue" : ""}`, text: `due ${it.due}` });
      });
      shown(entry, e.closedSince, "closed", (it) => {
        const when = it.done ?? it.cancelled;
        const line = entry.createDiv({ cls: `${P}-closed mod-${it.state}`, text: `${it.state === "done" ? "✓" : it.state === "cancelled" ? "✗" : "→"} ` });
        text(line, `${P}-item-text`, it);
        if (when) line.appendText(` (${when})`);
      });
      entry.createDiv({ cls: `${P}-feedback` });
    }
  }

  /** Topics, feedback status and questions asked come from the notes' text: read after the rows are drawn. */
  private async drawFromNotes(o: PersonOverview, today: string): Promise<void> {
    const run = ++this.extrasRun;
    const { app } = this.host;
    const read = async (path: string | null): Promise<string | null> => {
      const file = path === null ? null : app.vault.getAbstractFileByPath(path);
      return file instanceof TFile ? app.vault.cachedRead(file) : null;
    };
    const personText = await read(o.path);
    const bankText = (await read(settingNotePath(this.host.settings.questionBank))) ?? DEFAULT_QUESTION_BANK;
    const notes = await Promise.all(o.oneOnOnes.map(async (e) => ({ e, text: (await read(e.path)) ?? "" })));
    // A newer draw started while reading: it draws these parts itself.
    if (run !== this.extrasRun) return;
    this.topicsEl.empty();
    const topics = readTopics(personText ?? "");
    if (topics.length === 0) this.topicsEl.createDiv({ cls: `${P}-empty`, text: "Nothing queued under “Next 1:1” in the person note." });
    for (const t of topics) this.topicsEl.createDiv({ cls: `${P}-topic`, text: t.text });
    const bank = parseQuestionBank(bankText);
    this.questionsEl.empty();
    let asked = 0;
    for (const { e, text } of notes) {
      const fb = this.timelineEl.querySelector<HTMLElement>(`.${P}-entry[data-path="${CSS.escape(e.path)}"] .${P}-feedback`);
      if (fb) {
        fb.empty();
        for (const b of feedbackStatus(text, e.date || today) ?? []) {
          fb.createDiv({ cls: `${P}-feedback-block ${b.findings ? "mod-warning" : "mod-clean"}`, text: `${b.title}: ${b.findings ? `${b.findings} finding${b.findings === 1 ? "" : "s"}` : "clean"}` });
        }
      }
      for (const q of questionsIn(text, bank)) {
        asked++;
        this.questionsEl.createDiv({ cls: `${P}-question`, text: `${e.date}: ${q}` });
      }
    }
    if (asked === 0) this.questionsEl.createDiv({ cls: `${P}-empty`, text: "No starter questions asked yet." });
  }
}

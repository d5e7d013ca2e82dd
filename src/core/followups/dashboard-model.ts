// The follow-up dashboard as plain data: 1:1s due, overdue, due this week, open by person, stale, recently done.
import { addDays } from "../markdown/iso-day";
import { compareItems } from "./compare";
import type { ResolvedItem } from "./types";
import type { PersonDue } from "../people/history";

/** What the filter box asks for: words in the text, `@name` for a person, `#tag` for a tag (all must match). */
export interface DashboardFilter {
  words: string[];
  people: string[];
  tags: string[];
}

export type SectionId = "due-1-1s" | "overdue" | "this-week" | "by-person" | "stale" | "done";

/** A bounded list of rows: `items` are the rows to draw, `more` how many were left out. */
export interface RowGroup {
  /** Stable id ("overdue", "person:Alex Kim", "person:"): the key for "Show more" and for redraws. */
  id: string;
  title: string;
  items: readonly ResolvedItem[];
  total: number;
  more: number;
  /** For person groups: the person (null for items about nobody) and who owes what. */
  person?: string | null;
  iOwe?: number;
  theyOwe?: number;
}

export interface DashboardSection {
  id: SectionId;
  title: string;
  /** Items (or people, for 1:1s due) in the section, before the row bound. */
  count: number;
  groups: readonly RowGroup[];
  /** 1:1s due section only: the people to draw (most overdue first), and how many the row bound left out. */
  due?: readonly PersonDue[];
  dueMore?: number;
  /** Shown in the section instead of rows when it has none (the done section the user just asked for). */
  empty?: string;
}

export interface DashboardInput {
  today: string;
  /** Open items, in `compareItems` order (the index's query returns them so). */
  open: readonly ResolvedItem[];
  /** Every item when "done in the last 7 days" is on, else null. */
  all: readonly ResolvedItem[] | null;
  /** Everyone with a cadence (people/history dueList). */
  due: readonly PersonDue[];
  dueSoonDays: number;
  filter: DashboardFilter;
  rowsPerGroup: number;
  /** People listed under 1:1s due before "Show more" (default: everyone). */
  dueRows?: number;
  /** Rows asked for per group id, or "due-1-1s" ("Show more"), when more than the bound. */
  shown?: ReadonlyMap<string, number>;
  setup: { myName: string; people: number; peopleFolder: string; unreadableOneOnOnes?: readonly { path: string; error: string }[] };
}

export interface DashboardModel {
  today: string;
  sections: readonly DashboardSection[];
  /** Setup hints for a new user (set your name, add people, give items owners). */
  hints: readonly string[];
  /** Shown instead of the item sections when there is nothing to list. */
  empty: string | null;
  /** Open overdue items in the vault, ignoring the filter (the status bar's number). */
  overdue: number;
}

export const DONE_DAYS = 7;

/** Parses the filter box: `#tag`, `@name` (or `@"two words"`), and plain words; case-insensitive. */
export function parseFilter(input: string): DashboardFilter {
  const f: DashboardFilter = { words: [], people: [], tags: [] };
  const re = /([@#]?)(?:"([^"]*)"|(\S+))/g;
  for (let m = re.exec(input); m !== null; m = re.exec(input)) {
    const value = (m[2] ?? m[3]).toLowerCase().trim();
    if (value === "") continue;
    if (m[1] === "#") f.tags.push(value);
    else if (m[1] === "@") f.people.push(value);
    else f.words.push(value);
  }
  return f;
}

export function isFilterEmpty(f: DashboardFilter): boolean {
  return f.words.length + f.people.length + f.tags.length === 0;
}

/** Whether an item passes the filter: every word in its text or note path, every `@name` in its person or owner, every tag. */
export function matchesFilter(item: ResolvedItem, f: DashboardFilter): boolean {
  if (f.words.length) {
    const hay = `${item.text}\n${item.path}`.toLowerCase();
    if (!f.words.every((w) => hay.includes(w))) return false;
  }
  if (f.people.length) {
    const who = `${item.person ?? ""}\n${item.owner ?? ""}`.toLowerCase();
    if (!f.people.every((p) => who.includes(p))) return false;
  }
  if (f.tags.length) {
    const tags = item.tags.map((t) => t.toLowerCase());
    if (!f.tags.every((t) => tags.some((x) => x === t || x.startsWith(`${t}/`)))) return false;
  }
  return true;
}

function bounded(id: string, title: string, items: readonly ResolvedItem[], input: DashboardInput): RowGroup {
  const limit = Math.max(input.rowsPerGroup, input.shown?.get(id) ?? 0);
  const shown = items.length > limit ? items.slice(0, limit) : items;
  return { id, title, items: shown, total: items.length, more: items.length - shown.length };
}

/** Builds the dashboard; every list keeps `compareItems` order. */
export function dashboardModel(input: DashboardInput): DashboardModel {
  const { today, filter } = input;
  const soon = addDays(today, input.dueSoonDays) ?? today;
  const filtered = !isFilterEmpty(filter);
  const overdue: ResolvedItem[] = [];
  const thisWeek: ResolvedItem[] = [];
  const stale: ResolvedItem[] = [];
  const byPerson = new Map<string | null, ResolvedItem[]>();
  let overdueAll = 0;
  let owned = 0;
  for (const it of input.open) {
    const late = it.due !== null && it.due < today;
    if (late) overdueAll++;
    if (filtered && !matchesFilter(it, filter)) continue;
    if (late) overdue.push(it);
    else if (it.due !== null && it.due <= soon) thisWeek.push(it);
    if (it.stale) stale.push(it);
    if (it.owner !== null) owned++;
    let list = byPerson.get(it.person);
    if (!list) byPerson.set(it.person, (list = []));
    list.push(it);
  }
  const sections: DashboardSection[] = [];
  const dueNow = input.due.filter((d) => d.next <= today && !d.scheduled && (!filter.people.length || filter.people.every((p) => d.person.toLowerCase().includes(p))));
  if (dueNow.length) {
    const limit = Math.max(input.dueRows ?? dueNow.length, input.shown?.get("due-1-1s") ?? 0);
    const due = dueNow.length > limit ? dueNow.slice(0, limit) : dueNow;
    sections.push({ id: "due-1-1s", title: "1:1s due", count: dueNow.length, groups: [], due, dueMore: dueNow.length - due.length });
  }
  if (overdue.length) sections.push({ id: "overdue", title: "Overdue", count: overdue.length, groups: [bounded("overdue", "Overdue", overdue, input)] });
  if (thisWeek.length) sections.push({ id: "this-week", title: input.dueSoonDays === 7 ? "Due this week" : `Due in ${input.dueSoonDays} days`, count: thisWeek.length, groups: [bounded("this-week", "Due this week", thisWeek, input)] });
  const people = [...byPerson.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  if (people.length) {
    const groups = people.map((p) => {
      const items = byPerson.get(p)!;
      const g = bounded(`person:${p ?? ""}`, p ?? "No person", items, input);
      let iOwe = 0;
      let theyOwe = 0;
      for (const it of items) {
        if (it.direction === "i-owe") iOwe++;
        else if (it.direction === "they-owe") theyOwe++;
      }
      return { ...g, person: p, iOwe, theyOwe };
    });
    const count = groups.reduce((n, g) => n + g.total, 0);
    sections.push({ id: "by-person", title: "Open by person", count, groups });
  }
  if (stale.length) sections.push({ id: "stale", title: "Stale", count: stale.length, groups: [bounded("stale", "Stale", stale, input)] });
  if (input.all) {
    const since = addDays(today, -DONE_DAYS) ?? today;
    const done = input.all.filter((it) => it.state === "done" && it.done !== null && it.done >= since && it.done <= today && (!filtered || matchesFilter(it, filter)));
    done.sort((a, b) => compareItems(a, b, today));
    // Asked for and empty: said in the section, or ticking the box would seem to do nothing.
    const none = filtered ? `Nothing done in the last ${DONE_DAYS} days matches the filter.` : `Nothing done in the last ${DONE_DAYS} days. An item counts once its line has a done date (✅ ${today}).`;
    sections.push({ id: "done", title: `Done in the last ${DONE_DAYS} days`, count: done.length, groups: done.length ? [bounded("done", "Done", done, input)] : [], ...(done.length ? {} : { empty: none }) });
  }
  const hints: string[] = [];
  const { setup } = input;
  if (setup.myName.trim() === "") hints.push("Set your name in the plugin settings (My name): items you own then count as “I owe”, and @me always means you.");
  if (setup.people === 0) hints.push(`Add a note per person in the “${setup.peopleFolder || "People"}” folder (with cadence: weekly in its frontmatter) to group items by person and see whose 1:1 is due.`);
  const broken = setup.unreadableOneOnOnes ?? [];
  if (broken.length > 0) {
    const more = broken.length > 1 ? ` (and ${broken.length - 1} more)` : "";
    hints.push(`“${broken[0].path}”${more} says type: one-on-one, but its properties cannot be read, so it is not counted as a 1:1: ${broken[0].error}. Obsidian's properties view shows the same problem.`);
  }
  if (input.open.length > 0 && owned === 0 && !filtered) hints.push("Give an item an owner to see who owes what: @Name, [owner:: [[Name]]] or a line starting “Name to …”.");
  let empty: string | null = null;
  const items = sections.some((s) => s.id !== "due-1-1s" && s.count > 0);
  if (!items) {
    if (filtered) empty = "Nothing matches the filter.";
    else if (input.open.length === 0) empty = `No open action items. Any task line in the vault counts, for example: - [ ] @Alex send the design doc 📅 ${soon}`;
  }
  return { today, sections, hints, empty, overdue: overdueAll };
}

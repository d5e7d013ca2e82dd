// The person overview's model: cadence and due 1:1, open items both ways, a timeline of 1:1 notes, topics; from the index alone.
import { personDue } from "../people/history";
import type { Person } from "../people/directory";
import type { ActionIndex } from "../vault/index-store";
import { followUpsOf } from "./follow-ups";
import type { FollowUpOptions, ResolvedItem } from "./types";

/** One 1:1 note on the timeline. */
export interface TimelineEntry {
  path: string;
  date: string;
  /** Every action item written in the note, in line order. */
  opened: readonly ResolvedItem[];
  /** Those of them closed since (done, cancelled or forwarded), in line order. */
  closedSince: readonly ResolvedItem[];
}

export interface PersonOverview {
  name: string;
  /** Path of the person note. */
  path: string;
  aliases: readonly string[];
  /** The cadence as written ("weekly"), or null without one. */
  cadence: string | null;
  cadenceDays: number | null;
  /** The latest 1:1 on or before today, or null. */
  lastOneOnOne: { path: string; date: string } | null;
  /** The next 1:1 by cadence (or the note already dated after today); null without a cadence. */
  nextDue: string | null;
  overdueDays: number;
  /** Open items about this person, in dashboard order; split by direction below. */
  open: readonly ResolvedItem[];
  iOwe: readonly ResolvedItem[];
  theyOwe: readonly ResolvedItem[];
  unassigned: readonly ResolvedItem[];
  /** 1:1 notes with this person, newest first. */
  oneOnOnes: readonly TimelineEntry[];
}

/** The person a name (or alias) means, or null when no person note has it. */
export function findPerson(index: ActionIndex, name: string, options: Pick<FollowUpOptions, "myName" | "myAliases">): Person | null {
  return followUpsOf(index).directory(options).get(name);
}

/** The overview of one person on `today`; null when no person note has this name or alias. */
export function personOverview(index: ActionIndex, name: string, today: string, options: FollowUpOptions): PersonOverview | null {
  const follow = followUpsOf(index);
  const directory = follow.directory(options);
  const person = directory.get(name);
  if (!person) return null;
  const history = index.history(directory);
  const due = personDue(person, history, today);
  const open = follow.query(today, options, { show: "open", person: person.name }).items;
  const notes = history.notesWith(person.name);
  const byPath = new Map<string, ResolvedItem[]>(notes.map((n) => [n.path, []]));
  for (const it of follow.items(today, options)) byPath.get(it.path)?.push(it);
  const oneOnOnes = [...notes].reverse().map((n): TimelineEntry => {
    const opened = byPath.get(n.path) ?? [];
    return { path: n.path, date: n.date, opened, closedSince: opened.filter((it) => !it.isOpen) };
  });
  return {
    name: person.name,
    path: person.path,
    aliases: person.aliases,
    cadence: person.cadence?.label ?? null,
    cadenceDays: person.cadence?.days ?? null,
    lastOneOnOne: history.lastOnOrBefore(person.name, today),
    nextDue: due?.next ?? null,
    overdueDays: due?.overdueDays ?? 0,
    open,
    iOwe: open.filter((it) => it.direction === "i-owe"),
    theyOwe: open.filter((it) => it.direction === "they-owe"),
    unassigned: open.filter((it) => it.direction === "unassigned"),
    oneOnOnes,
  };
}

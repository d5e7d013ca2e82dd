// An action item joined with people and 1:1 history, and the options that decide how.
import type { ActionItem } from "../actions/types";

/** Who owes an item: the user, someone else, or nobody named. */
export type Direction = "i-owe" | "they-owe" | "unassigned";

/** Resolution of an item against the person directory and 1:1 history; read-only once a query returns it. */
export interface ResolvedItem extends ActionItem {
  /** Owner's person name, "me" for the user, or null. */
  owner: string | null;
  /** The person this item is about (DESIGN.md "person of an item"), or null. */
  person: string | null;
  direction: Direction;
  /** Later 1:1s with the same person that passed while the item stayed open. */
  carried: number;
  stale: boolean;
}

/** What resolving items needs: who "me" is, and when an item goes stale. */
export interface ResolveOptions {
  /** The user's own name; `@me` and these names mean the user. */
  myName: string;
  myAliases: readonly string[];
  /** Stale once carried through this many 1:1s. */
  staleCarried: number;
  /** Stale once older than this many days (by created date, else the note's date). */
  staleDays: number;
}

/** What follow-up queries need: resolving, plus how far ahead "due soon" looks. */
export interface FollowUpOptions extends ResolveOptions {
  dueSoonDays: number;
}

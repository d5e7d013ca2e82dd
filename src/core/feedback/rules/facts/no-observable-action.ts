// facts/no-observable-action: Facts should describe something done or said, not a state or a trait.
import { allMatches, has, phraseRegex } from "../../match";
import { NOT_ACTIONS, PAST_ACTIONS } from "../../words/actions";
import { FEELINGS } from "../../words/feelings";
import { absenceRule, meta } from "../helpers";

const PAST = phraseRegex(PAST_ACTIONS);
const PROGRESSIVE = /\b(?:was|were)\s+[a-z]{2,}ing\b/gi;
/** An "-ed" word, with the word before it when that makes a present passive ("is ignored", "are expected"): a state. */
const REGULAR_PAST = /\b(?:(is|are|am|gets?|being)\s+)?([a-z]{2,}ed)\b/gi;
const NOT_ACTION = new Set([...NOT_ACTIONS, ...FEELINGS]);

/** True when s tells a past action. */
export function hasAction(s: string): boolean {
  return has(PAST, s) || has(PROGRESSIVE, s) || allMatches(REGULAR_PAST, s).some(({ groups: [passive, w] }) => !passive && !NOT_ACTION.has(w.toLowerCase()));
}

export const noObservableAction = absenceRule(meta("facts", "no-observable-action", "No observable action", "info"), (u) => hasAction(u.plain), "Describe an action: what did they do or say?", DOCS && {
  description: "Facts hold no observable, past action.",
  tags: ["specific"],
  details: "Facts hold no observable, past action (merged, said, sent, wrote, missed…) outside quotes and what others reported (\"I heard that you skipped it\").",
  examples: {
    part: "facts",
    fires: ["You are careless.", "In standups there is a lot of negativity.", "Last week I heard that you skipped the review on purpose."],
    passes: ["In Monday's standup you said the plan was unrealistic.", "On Friday you merged PR 412 without tests.", "In Monday's demo I heard you say the API was not ready."],
  },
});

// facts/no-observable-action: Facts should describe something done or said, not a state or a trait.
import { has, phraseRegex } from "../../match";
import { NOT_ACTIONS, PAST_ACTIONS } from "../../words/actions";
import { FEELINGS } from "../../words/feelings";
import { reportAbsent } from "../helpers";
import { type Rule, type Unit } from "../../types";

const PAST = phraseRegex(PAST_ACTIONS);
const PROGRESSIVE = /\b(?:was|were)\s+[a-z]{2,}ing\b/gi;
const REGULAR_PAST = /\b[a-z]{2,}ed\b/gi;
const NOT_ACTION = new Set([...NOT_ACTIONS, ...FEELINGS]);

export const noObservableAction: Rule = {
  id: "facts/no-observable-action",
  severity: "info",
  description: "Facts hold no observable, past action (merged, said, sent, wrote, missed…).",
  ...(DOCS && {
    examples: {
      part: "facts",
      fires: ["You are careless.", "In standups there is a lot of negativity."],
      passes: ["In Monday's standup you said the plan was unrealistic.", "On Friday you merged PR 412 without tests."],
    },
  }),
  check(ctx) {
    reportAbsent(ctx, "facts", hasAction, "Describe an observable action: what did they do or say (merged, wrote, interrupted, missed…)?");
  },
};

function hasAction(u: Unit): boolean {
  if (has(PAST, u.text) || has(PROGRESSIVE, u.text)) return true;
  REGULAR_PAST.lastIndex = 0;
  for (let m = REGULAR_PAST.exec(u.text); m; m = REGULAR_PAST.exec(u.text)) {
    if (!NOT_ACTION.has(m[0].toLowerCase())) return true;
  }
  return false;
}

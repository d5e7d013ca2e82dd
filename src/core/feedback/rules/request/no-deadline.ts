// request/no-deadline: a request without a time frame rarely gets done (implementation intentions).
import { addDays } from "../../../iso-day";
import { has } from "../../match";
import { appendToPart, reportAbsent } from "../helpers";
import { DEADLINE } from "./deadline";
import type { Rule } from "../../types";

/** The date the fix proposes: a week after the note's date. */
const DEFAULT_DAYS = 7;

export const noDeadline: Rule = {
  id: "request/no-deadline",
  severity: "warning",
  description: "Request has no time frame: no date, no relative deadline (by Friday, within a week, in two weeks, next 1:1, end of sprint), no trigger or cadence (starting tomorrow, from now on, every standup), no 📅 or due::.",
  ...(DOCS && {
    examples: {
      part: "request",
      fires: ["Be more careful.", "Could you write the migration notes? Let's review them together."],
      passes: ["Could you write the migration notes by Friday?", "Let's talk again in two weeks.", "Starting tomorrow, could you post your status in every standup?"],
    },
  }),
  check(ctx) {
    const due = ctx.noteDate ? addDays(ctx.noteDate, DEFAULT_DAYS) : null;
    reportAbsent(ctx, "request", (u) => has(DEADLINE, u.text), "Make it time-bound: by when (by Friday, in two weeks, at our next 1:1)?", (part) =>
      due ? appendToPart(part, `Add "by ${due}"`, { phrase: ` by ${due}` }) : undefined,
    );
  },
};

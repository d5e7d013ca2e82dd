// request/no-deadline: a request without a time frame rarely gets done (implementation intentions).
import { addDays } from "../../../markdown/iso-day";
import { has } from "../../match";
import { absenceRule, appendToPart, meta } from "../helpers";
import { DEADLINE } from "./deadline";

export const noDeadline = absenceRule(
  meta("request", "no-deadline", "No deadline", "warning"),
  (u) => has(DEADLINE, u.text),
  "Say by when: by Friday, in two weeks, at our next 1:1…",
  DOCS && {
    description: "No time frame: by when?",
    tags: ["specific", "action"],
    details: "Request has no time frame: no date, no relative deadline (by Friday, within a week, in two weeks, next 1:1, end of sprint), no month, no trigger or cadence (starting tomorrow, from now on, every standup, per quarter), no 📅 or due::.",
    examples: {
      part: "request",
      fires: ["Be more careful.", "Could you write the migration notes? Let's review them together."],
      passes: ["Could you write the migration notes by Friday?", "Let's talk again in two weeks.", "Starting tomorrow, could you post your status in every standup?", "Could you join our team meeting once per quarter, starting in January?", "Could you send the report by May?"],
    },
  },
  // The date proposed is a week after the note's date.
  (part, { noteDate }) => {
    const by = noteDate && `by ${addDays(noteDate, 7)}`;
    return by ? appendToPart(part, `Add "${by}"`, " " + by, true) : undefined;
  },
);

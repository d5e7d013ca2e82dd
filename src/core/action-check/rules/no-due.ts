// actions/no-due: an agreed action without a date drifts from one 1:1 to the next.
import type { ActionRule } from "../types";

export const noDue: ActionRule = {
  id: "actions/no-due",
  name: "No due date",
  severity: "warning",
  check: ({ item, due, fixes }) => {
    if (due !== null) return null;
    // An impossible date (2026-02-30) is no date: say so, rather than ask for one the writer thinks is there.
    const typo = item.problems.find((p) => p.startsWith("Impossible date") && /📅|📆|🗓|due/.test(p));
    return { message: typo ? `No valid due date (${typo.toLowerCase()}): when will it be done?` : "No due date: when will it be done? Add 📅 YYYY-MM-DD.", fixes: [fixes.nextOneOnOne, fixes.inAWeek] };
  },
  ...(DOCS && {
    description: "An open item with no due date.",
    details: "No `📅`/`📆`/`🗓` date and no `[due:: …]` field on the item or on the item it is nested under (a scheduled or start date is not a deadline; an impossible date such as 2026-02-30 is no date). Quick fixes: \"By next 1:1\" (the note's date plus the person's cadence, the first such day from today on) and \"In a week\" (today plus 7 days).",
    examples: {
      fires: ["- [ ] Sam to update the on-call rota", "- [ ] Send Sam the promotion rubric @me ⏳ 2024-03-10"],
      passes: ["- [ ] Sam to update the on-call rota 📅 2024-03-14", "- [ ] Send Sam the promotion rubric @me [due:: 2024-03-10]"],
    },
  }),
};

// actions/no-owner: an agreed action nobody owns is one nobody does.
import type { ActionRule } from "../types";

export const noOwner: ActionRule = {
  id: "actions/no-owner",
  name: "No owner",
  severity: "warning",
  check: ({ hasOwner, fixes }) => (hasOwner ? null : { message: "No owner: who does this? Add @me or @Name.", fixes: [fixes.mine, fixes.theirs] }),
  ...(DOCS && {
    description: "An open item with no owner.",
    details: "No `@name`, no `[owner:: …]` and no leading \"Name to …\" with a known person, alias or your own name, on the item or on the item it is nested under. Quick fixes: \"Mine\" adds `@me`, \"Theirs\" adds the 1:1's person.",
    examples: {
      fires: ["- [ ] Update the on-call rota 📅 2024-03-14", "- [ ] Jordan to book the room 📅 2024-03-14"],
      passes: ["- [ ] Update the on-call rota @me 📅 2024-03-14", "- [ ] Sam to update the on-call rota 📅 2024-03-14", "- [ ] Update the on-call rota [owner:: [[Sam O'Brien]]] 📅 2024-03-14"],
    },
  }),
};

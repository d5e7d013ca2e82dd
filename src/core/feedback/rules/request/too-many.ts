// request/too-many: more than three asks dilute each one.
import type { Rule } from "../../types";
import { meta } from "../helpers";

const THANKS = /^\s*(?:(?:many )?thanks|thank you|cheers)\b/i;

export const tooMany: Rule = {
  ...meta("request", "too-many", "Too many asks", "hint"),
  ...(DOCS && {
    description: "More than three asks in one Request.",
    tags: ["action"],
    details: "More than three asks (list items or sentences) in one Request.",
    examples: {
      part: "request",
      fires: ["- Add tests by Friday\n- Update the docs by Friday\n- Pair with Ana on Monday\n- Review two PRs a day\n- Join the retro next week"],
      passes: ["- Add tests by Friday\n- Pair with Ana on Monday\n\nLet's check in at our next 1:1."],
    },
  }),
  check(ctx) {
    for (const part of ctx.parts("request")) {
      const asks = part.units.filter((u) => !THANKS.test(u.text));
      if (asks.length > 3) ctx.report({ from: asks[3].from, to: asks[asks.length - 1].to, part: part.name, message: `${asks.length} asks: keep the 1–3 that matter most.` });
    }
  },
};

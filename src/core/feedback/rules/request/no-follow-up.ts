// request/no-follow-up: without a check-in the request is never reviewed.
import { allMatches, phraseRegex, wordBefore } from "../../match";
import { FOLLOW_UPS } from "../../words/requests";
import { QUESTION_AUXILIARIES, absenceRule, appendToPart, lineAround, meta } from "../helpers";
import { endsPhrase } from "../facts/anchors";

const FOLLOW_UP = phraseRegex(FOLLOW_UPS);
/** "review" and "retro" check in as a verb (after an auxiliary, "to" or a subject) or an occasion of ours ("let's review it", "at the retro"), not as the thing asked for or a modifier ("a code review", "the review queue"). */
const NOUN = /^re(?:view|tro)$/i;
const OURS = new Set([...QUESTION_AUXILIARIES, ..."to let's we we'll i'll and the our next".split(" ")]);
const checksIn = (s: string) => allMatches(FOLLOW_UP, s).some((m) => !NOUN.test(m.text) || (OURS.has(wordBefore(s, m.index)) && endsPhrase(s.slice(m.index + m.text.length))));
const SENTENCE = "Let's check in on this at our next 1:1.";
const TITLE = "Add a check-in";

export const noFollowUp = absenceRule(
  meta("request", "no-follow-up", "No follow-up", "info"),
  (u) => checksIn(u.text),
  "Agree when you will check in.",
  DOCS && {
    description: "No check-in agreed.",
    tags: ["action"],
    details: "Request has no check-in: talk again, check in, follow up, next 1:1, review, revisit, let's go through it / meet / discuss. \"Review\" asked for or modifying a noun (\"a code review\", \"the review queue\") is no check-in.",
    examples: {
      part: "request",
      fires: ["Could you post your status in every standup, starting tomorrow?", "- Add tests to each PR by Friday\n- Pair with Ana on Monday", "Could you sort the review queue by Friday?"],
      passes: ["Could you post your status in every standup, starting tomorrow? Let's talk again in two weeks.", "Could you draft the plan by Wednesday? Let's go through it together on Thursday."],
    },
  },
  // A new list item after a list, or a sentence after prose.
  (part, ctx) => {
    const last = part.units[part.units.length - 1];
    if (last.kind !== "item") return appendToPart(part, TITLE, " " + SENTENCE);
    const first = lineAround(ctx, last.from);
    const line = lineAround(ctx, last.to);
    const at = line.start + line.text.length;
    return { title: TITLE, edits: [{ from: at, to: at, insert: ctx.eol + first.text.slice(0, last.from - first.start).replace(/\[.\][ \t]+$/, "") + SENTENCE }] };
  },
);

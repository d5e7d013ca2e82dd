// facts/judgement: evaluative words judge instead of describing what was seen.
import { phraseRegex } from "../../match";
import { JUDGEMENTS } from "../../words/judgements";
import { matchRule, meta } from "../helpers";

export const judgement = matchRule(meta("facts", "judgement", "Judgement word", "warning"), phraseRegex(JUDGEMENTS), "is a judgement: say what you saw or heard.", DOCS && {
  description: "Evaluative words: sloppy, lazy, terrible…",
  tags: ["judgement"],
  details: "An evaluative word in Facts (sloppy, lazy, unacceptable, terrible…), also negated (not acceptable, wasn't professional).",
  examples: {
    part: "facts",
    fires: ["On Monday you pushed without review, which is frankly lazy.", "Your PR on Tuesday was sloppy.", "On Friday you deployed without telling the team, which isn't acceptable."],
    passes: ["On Monday you pushed to main without a review.", "In Tuesday's standup you said the codebase was a mess."],
  },
});

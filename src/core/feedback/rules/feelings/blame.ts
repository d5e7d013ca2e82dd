// feelings/blame: "you made me feel" hands the writer's feeling to the other person.
import { list, phraseRegex } from "../../match";
import { matchRule, meta } from "../helpers";

const BLAME = phraseRegex(
  list(
    "you {made,make,'ve made,'re making,caused,forced,drive,drove,left} me|you ruined|you put me in|you're the reason|" +
    "because of you|your fault|thanks to you|it's on you",
  ),
);

export const blame = matchRule(meta("feelings", "blame", "Blame", "warning"), BLAME, "blames them: say \"I felt … when …\".", DOCS && {
  description: "Blame: you made me, because of you…",
  tags: ["ownership", "tone"],
  details: "Blame in Feelings: you made me (feel), because of you, your fault.",
  examples: {
    part: "feelings",
    fires: ["You made me feel uncomfortable in front of the client.", "I was stressed because of you."],
    passes: ["I felt uncomfortable in front of the client.", "I was stressed because the deadline moved."],
  },
});

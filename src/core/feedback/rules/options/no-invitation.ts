// options/no-invitation: Options should invite the other person's view or ideas, or say what the writer values.
import { has, list, phraseRegex } from "../../match";
import { absenceRule, appendToPart, meta } from "../helpers";

/** An explicit request for their input, or a statement of what the writer values. */
const INPUT_OR_VALUES = phraseRegex(
  list(
    "i value|my need|it's important to me|matters to me|i care about|i want us|i hope|i wonder|" +
    "tell me|help me understand|walk me through|let me know|i'm {looking for,open to,curious,happy to,interested in}|" +
    "i'd {like,love,appreciate,be glad}|i want to {hear,know,understand}|let's {brainstorm,explore,figure out,find,think}|" +
    "your {ideas,thoughts,suggestions,view,perspective,take,input}",
  ),
);
/**
 * An open question: what/how/which/who/where at the start of the question (or after a comma or "and"), not "how come"
 * or "what about", or a question asking for their ideas or options. Why-questions, leading questions ("Wouldn't it…?")
 * and closed requests ("Could you flag it earlier?") do not open the floor.
 */
const OPEN_QUESTION = /(?:^|[,;:(—–]\s*|\b(?:and|but|so|or|then|also|now)\s+)(?:what|how|which|who|where|in what way)\b(?!\s+(?:about|come)\b|\s+if\s+(?:you|we)\b)[^?]*\?|\b(?:any|other|another|your|anything (?:i|we) (?:can|could))\b[^?]*?\b(?:ideas?|thoughts|suggestions?|options?|views?|perspective|take|ways?|approach(?:es)?|differently)\b[^?]*\?/gi;
const ASK = "What do you suggest?";

export const noInvitation = absenceRule(
  meta("options", "no-invitation", "No invitation to their ideas", "warning"),
  (u) => has(OPEN_QUESTION, u.plain) || has(INPUT_OR_VALUES, u.plain),
  "Invite their ideas: ask an open question or say what you value.",
  DOCS && {
    description: "No open question, no ask for their input, no stated value.",
    tags: ["dialogue"],
    details:
      "Options has no invitation: no open question about their view or ideas (\"What would help?\", \"How do you see it?\", \"Which of these would you try?\"), no explicit request for their input (\"Tell me…\", \"I'd like to hear…\") and no statement of what the writer values. Why-questions, leading questions and closed requests phrased as questions (\"Could you flag it earlier?\") are not invitations.",
    examples: {
      part: "options",
      fires: ["You should announce restarts.", "Post in the channel before restarting.", "Why didn't you tell anyone?", "Could you flag it earlier next time?", "Wouldn't it be better to commit to less?"],
      passes: ["What do you suggest?", "I value hearing about restarts before they happen, and I'm open to other ways.", "Tell me how you decided to restart.", "Which of these would you try: a checklist or a heads-up message?", "Could you flag it earlier? And how do you see it?"],
    },
  },
  (part) => appendToPart(part, `Add "${ASK}"`, " " + ASK),
);

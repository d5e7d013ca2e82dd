// Request words: deadlines, follow-ups, demands, threats and vague asks.
import { list } from "../match";

/** A request with any of these has a time frame (a trigger or cadence counts). */
export const DEADLINE_PHRASES: readonly string[] = list(
  "today|tonight|tomorrow|eod|eow|eom|eoq|from now on|going forward|from today|from tomorrow|daily|weekly|" +
  "biweekly|monthly|before the release|before release|before launch|before the next|by then|once a week|" +
  "twice a week",
);

/** "in two weeks", "within 3 days", "by Friday"… composed from these. */
export const NUMBER_WORDS: readonly string[] = list(
  "a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|couple of|few|several",
);

export const TIME_UNITS: readonly string[] = list(
  "day|days|week|weeks|month|months|sprint|sprints|hour|hours|business days|working days",
);

/** A check-in after the request. */
export const FOLLOW_UPS: readonly string[] = list(
  "talk again|talk about it again|check in|check-in|checking in|follow up|follow-up|following up|next 1:1|" +
  "next one-on-one|next 1-on-1|next 1-1|review|revisit|catch up|catch-up|touch base|reconnect|sync again|" +
  "meet again|circle back|see how|look at it again|discuss again|discuss how|discuss this again|our next|" +
  "let's look|compare notes|debrief|retro|report back|update me|let me know how|come back to",
);

/** "you must …": an order instead of a request. */
export const DEMANDS: readonly string[] = list(
  "you must|you have to|you need to|you've got to|you will have to|i expect you to|i demand|i insist|" +
  "you're required to|it's mandatory|you're expected to|i need you to|i want you to|you better|you'd better",
);

/** Directives in Options, where the other person's ideas are wanted. */
export const DIRECTIVES: readonly string[] = list(
  "you should|you shouldn't|you must|you need to|you have to|you ought to|make sure|you'd better|" +
  "i want you to|i need you to|just do|the fix is to|the answer is to|the solution is to",
);

export const THREATS: readonly string[] = list(
  "or else|otherwise i'll|otherwise we'll|otherwise there will|final warning|last warning|last chance|" +
  "consequences|performance improvement plan|pip|disciplinary|you'll be fired|get fired|be let go|" +
  "let you go|involve hr|talk to hr|go to hr|report you|write you up|on thin ice|or you'll|this is your|" +
  "i'll have to escalate|i'll escalate|i'm going to escalate|we'll escalate|i'll have to report|" +
  "i'll take this to|or i'll",
);

/** Vague asks for a trait or attitude. */
export const VAGUE_ASKS: readonly string[] = list(
  "do better|be better|step up|take ownership|try harder|get your act together|shape up|pull your weight|" +
  "improve your attitude|change your attitude|fix your attitude|show more initiative|show more commitment|" +
  "show more ownership|act like a senior|act more senior|act professionally|be a team player|be a better|" +
  "up your game|raise your game|be more of a|grow up|work harder|care more|put in more effort|" +
  "make more effort|be on top of",
);

/** Adjectives after "be more / be less" that ask for an attitude, not an action. */
export const VAGUE_ADJECTIVES: readonly string[] = list(
  "careful|professional|positive|proactive|responsible|respectful|thoughtful|considerate|mindful|engaged|" +
  "reliable|organized|organised|focused|attentive|collaborative|mature|committed|motivated|serious|diligent|" +
  "accountable|responsive|open|open-minded|aware|present|confident|assertive|humble|patient|flexible|" +
  "supportive|friendly|negative|defensive|emotional|aggressive|sloppy|careless|lazy|rude|difficult",
);

/** Negative asks: say what to stop, not what to do. "don't hesitate" is an invitation, not a prohibition. */
export const NEGATIVE_ASKS: readonly string[] = list(
  "stop|don't|never|avoid|no more|quit|cease|refrain from|no longer|not anymore|not again",
);

export const NEGATIVE_EXCEPTIONS: readonly string[] = list(
  "don't hesitate|never hesitate|don't worry|don't forget|never forget|stop by|drop by|don't be afraid|" +
  "don't wait",
);

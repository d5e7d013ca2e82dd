// Request words: deadlines, follow-ups, demands, threats and vague asks.
import { list } from "../match";

/** A request with any of these has a time frame (a trigger or cadence counts). */
export const DEADLINE_PHRASES: readonly string[] = list(
  "today|tonight|tomorrow|eo{d,w,m,q}|from now on|going forward|daily|{bi,}weekly|monthly|before {,the }{release,launch}|" +
  "{once,twice} a week",
);

/** "in two weeks", "within 3 days", "by Friday"… composed from these. */
export const NUMBER_WORDS: readonly string[] = list(
  "a|an|one|two|three|four|five|six|seven|eight|nine|ten|{a ,}{couple of,few}|several",
);

export const TIME_UNITS: readonly string[] = list("{day,week,month,sprint,hour}{,s}|{business,working} days");

/** A check-in after the request. */
export const FOLLOW_UPS: readonly string[] = list(
  "talk {,about it }again|{check,checking} in|{follow,following,catch} up|next {1:1,1-1,1 on 1,one on one}|review|" +
  "revisit|touch base|{sync,meet,discuss} again|circle back|discuss how|" +
  "our {next,1:1,1-1,one on one}|debrief|retro|report back|{let's,we'll,we can} {meet,talk,discuss,go through,go over,sit down,look at}",
);

/** Orders shared by Request (demands) and Options (directives). */
const ORDERS = list("you must|you {need,have} to|you'd better|i {want,need} you to");

/** "you must …": an order instead of a request. */
export const DEMANDS: readonly string[] = [
  ...ORDERS,
  ...list("you've got to|you will have to|i expect you to|i {demand,insist}|you're {required,expected} to|you better"),
];

/** Directives in Options, where the other person's ideas are wanted. */
export const DIRECTIVES: readonly string[] = [
  ...ORDERS,
  ...list("you should{,n't}|you ought to|make sure|just do|the {fix,solution} is to"),
];

export const THREATS: readonly string[] = list(
  "or else|or {i'll,you'll}|otherwise {i'll,we'll,there will}|{final,last} warning|last chance|" +
  "performance improvement plan|pip|disciplinary|{you'll be,get} fired|let you go|{involve,talk to,go to} hr|" +
  "report you|{i'll,we'll,i'm going to,i'll have to} escalate",
);

/** Vague asks for a trait or attitude, or for more or better of a way of working that names no action ("communicate better"). */
export const VAGUE_ASKS: readonly string[] = list(
  "{do,be} better|be a better|step up|take ownership|try harder|get your act together|shape up|pull your weight|" +
  "{improve,change,fix,work on} your {attitude,communication,tone,mindset}|show more {initiative,ownership}|act professionally|" +
  "be a team player|{up,raise} your game|grow up|work harder|care more|{put in,make} more effort|" +
  "{communicate,collaborate,plan,prepare,engage,listen,focus,behave,perform} {better,more}",
);

/** Negative asks: say what to stop, not what to do. "don't hesitate" is an invitation, not a prohibition. */
export const NEGATIVE_ASKS: readonly string[] = list("stop|don't|never|avoid|no {more,longer}|quit|refrain from|not {anymore,again}");

export const NEGATIVE_EXCEPTIONS: readonly string[] = list(
  "{don't,never} {hesitate,forget}|don't {worry,wait,be afraid}|{stop,drop} by",
);

// When and where: what anchors a fact to one situation the listener can recall.
import { list } from "../match";

/** Weekdays; the short forms leave out "sat" and "sun", which are usually other words. */
export const WEEKDAYS: readonly string[] = list("{mon,tues,wednes,thurs,fri,satur,sun}day|mon|tue{,s}|wed|thu{,r,rs}|fri");

export const MONTHS: readonly string[] = list(
  "jan{,uary}|feb{,ruary}|mar{,ch}|apr{,il}|may|jun{,e}|jul{,y}|aug{,ust}|sep{,t,tember}|oct{,ober}|nov{,ember}|dec{,ember}",
);

export const RELATIVE_DAYS: readonly string[] = list(
  "yesterday|today|this {morning,afternoon,evening,week,sprint,quarter}|last {night,week,month,sprint,quarter,time}|" +
  "the other day|{an hour,a week,a month,days,weeks,months,hours} ago|at the end of|during|recently",
);

/** Events and artefacts that place a situation. */
export const EVENTS: readonly string[] = list(
  "stand{, }up|daily|retro{,spective}|1{:,-}1|{1,one} on {1,one}|review|demo|pr|{pull,merge} request|meeting|" +
  "call|sync|planning|incident|outage|post{,-}mortem|deploy{,ment}|release|" +
  "offsite|all hands|kick{,-}off|e{,-}mail|slack|thread|channel|ticket|issue|commit|branch|doc|document|spec|rfc|" +
  "launch|on call|handover|chat|message|wiki|page",
);

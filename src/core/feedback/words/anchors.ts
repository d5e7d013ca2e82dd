// When and where: what anchors a fact to one situation the listener can recall.
import { list } from "../match";

/** Weekdays; the short forms leave out "sat" and "sun", which are usually other words. */
export const WEEKDAYS: readonly string[] = list(
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri",
);

export const MONTHS: readonly string[] = list(
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|" +
  "jun|jul|aug|sep|sept|oct|nov|dec",
);

export const RELATIVE_DAYS: readonly string[] = list(
  "yesterday|today|this morning|this afternoon|this evening|last night|earlier today|last week|last month|" +
  "last sprint|this week|this sprint|the other day|last time|on friday|two days ago|a few days ago|days ago|" +
  "weeks ago|a week ago|an hour ago|earlier this week|at the end of|during|last quarter|this quarter|" +
  "recently",
);

/** Events and artefacts that place a situation. */
export const EVENTS: readonly string[] = list(
  "standup|stand-up|stand up|daily|retro|retrospective|1:1|1-1|1-on-1|one-on-one|one on one|review|" +
  "code review|design review|demo|pr|pull request|merge request|mr|meeting|call|sync|planning|" +
  "sprint planning|incident|outage|postmortem|post-mortem|deploy|deployment|release|interview|presentation|" +
  "workshop|offsite|all-hands|all hands|town hall|kickoff|kick-off|huddle|email|e-mail|slack|thread|channel|" +
  "ticket|issue|commit|branch|doc|document|spec|rfc|launch|on-call|handover|hand-off|lunch|conference|" +
  "onboarding|estimation|grooming|refinement|board|jira|teams|zoom|chat|message|dm|wiki|page|dashboard",
);

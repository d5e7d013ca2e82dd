// Reading a Tasks recurrence rule (`every 2 weeks on Monday when done`): the English grammar of rrule's parseText, which Tasks uses, read strictly.

export type Frequency = "day" | "week" | "month" | "year";

/** A weekday (Monday 0 … Sunday 6), and which one of its month or year (1 = first, -1 = last; 0 = every one). */
export interface RuleWeekday {
  day: number;
  nth: number;
}

/** A rule as rrule holds it: a period, how many periods apart, and filters (each filter a list, any of which may match). */
export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  /** `on Monday`, `on the 2nd Tuesday`, `every weekday`. */
  weekdays: RuleWeekday[];
  /** `on the 1st`, `on the last` (-1), `on the 2nd last` (-2). */
  monthDays: number[];
  /** `every January`, `every April and December` (1–12). */
  months: number[];
  /** `when done`: counted from the day the task was completed, not from its dates. */
  whenDone: boolean;
}

export type ReadRule = { ok: true; rule: RecurrenceRule } | { ok: false; reason: string };

type Kind =
  | "every" | "number" | "nth" | "day" | "weekday" | "week" | "month" | "year"
  | "on" | "the" | "first" | "second" | "third" | "last" | "comma" | "dayName" | "monthName";

interface Token {
  kind: Kind;
  text: string;
  /** The weekday (0–6), month (1–12) or number the token names. */
  value: number;
}

const DAY_NAMES: RegExp[] = [/^mo(n(days?)?)?/i, /^tu(e(s(days?)?)?)?/i, /^we(d(n(es(days?)?)?)?)?/i, /^th(u(r(s(days?)?)?)?)?/i, /^fr(i(days?)?)?/i, /^sa(t(urdays?)?)?/i, /^su(n(days?)?)?/i];
const MONTH_NAMES: RegExp[] = [/^jan(uary)?/i, /^feb(ruary)?/i, /^mar(ch)?/i, /^apr(il)?/i, /^may/i, /^june?/i, /^july?/i, /^aug(ust)?/i, /^sep(t(ember)?)?/i, /^oct(ober)?/i, /^nov(ember)?/i, /^dec(ember)?/i];
const WORDS: [Kind, RegExp][] = [
  ["every", /^every/i], ["number", /^[1-9]\d*/], ["nth", /^[1-9]\d*(\.|th|nd|rd|st)/i], ["day", /^days?/i], ["weekday", /^weekdays?/i],
  ["week", /^weeks?/i], ["month", /^months?/i], ["year", /^years?/i], ["on", /^(on|in)/i], ["the", /^the/i], ["first", /^first/i],
  ["second", /^second/i], ["third", /^third/i], ["last", /^last/i], ["comma", /^(,\s*|(and|or)\s*)+/i],
];

/** Words as rrule cuts them (the longest match wins, so `weekday` beats `week` and `the` beats `th`); null at a word it has no token for. */
function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  let rest = text.trim();
  while (rest !== "") {
    const offers: Token[] = [];
    const offer = (kind: Kind, re: RegExp, value: number) => {
      const m = re.exec(rest);
      if (m) offers.push({ kind, text: m[0], value });
    };
    for (const [kind, re] of WORDS) offer(kind, re, kind === "number" || kind === "nth" ? parseInt(rest, 10) : 0);
    DAY_NAMES.forEach((re, i) => offer("dayName", re, i));
    MONTH_NAMES.forEach((re, i) => offer("monthName", re, i + 1));
    if (offers.length === 0) return null;
    const best = offers.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    out.push(best);
    rest = rest.slice(best.text.length).replace(/^\s+/, "");
  }
  return out;
}

const WEEKDAYS: RuleWeekday[] = [0, 1, 2, 3, 4].map((day) => ({ day, nth: 0 }));

/** Reads a rule as written after 🔁; rules rrule would read but Tasks cannot keep (`until`, `for 3 times`, hours) are refused. */
export function readRecurrence(text: string): ReadRule {
  const whenDone = /\s+when\s+done\s*$/i.exec(text);
  const body = whenDone ? text.slice(0, whenDone.index) : text;
  const tokens = tokenize(body);
  const fail = (): ReadRule => ({ ok: false, reason: `"${text.trim()}" is not a repeat rule One-on-one understands` });
  if (tokens === null) return fail();
  const rule: RecurrenceRule = { freq: "day", interval: 1, weekdays: [], monthDays: [], months: [], whenDone: whenDone !== null };
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const accept = (kind: Kind): Token | null => (tokens[at]?.kind === kind ? tokens[at++] : null);

  /** `last`, `first`, `2nd`, `second last`, `3rd last`: a position counted from the start (1…) or the end (-1…), else 0. */
  const nth = (): number => {
    const t = peek();
    if (!t) return 0;
    if (t.kind === "last") return at++, -1;
    if (t.kind === "first") return at++, 1;
    const n = t.kind === "second" ? 2 : t.kind === "third" ? 3 : t.kind === "nth" ? t.value : 0;
    if (n === 0) return 0;
    at++;
    return accept("last") ? -n : n;
  };

  /** `on the 1st and 15th`, `on Monday, Friday`, `on the 2nd last Friday`, `in January`. */
  const on = (): boolean => {
    if (!(accept("on") ?? accept("the"))) return true;
    accept("the");
    do {
      const n = nth();
      const t = peek();
      if (n !== 0) {
        if (t?.kind === "dayName") rule.weekdays.push({ day: tokens[at++].value, nth: n });
        else {
          rule.monthDays.push(n);
          accept("day");
        }
      } else if (t?.kind === "dayName") rule.weekdays.push({ day: tokens[at++].value, nth: 0 });
      else if (t?.kind === "weekday") {
        at++;
        if (rule.weekdays.length === 0) rule.weekdays.push(...WEEKDAYS);
      } else if (t?.kind === "monthName") rule.months.push(tokens[at++].value);
      else return false;
    } while (accept("comma") ?? accept("the") ?? accept("on"));
    return true;
  };

  /** A list of names: `Monday, Friday`, `April and December`. */
  const names = (kind: "dayName" | "monthName", add: (v: number) => void): boolean => {
    while (accept("comma")) {
      const t = accept(kind);
      if (!t) return false;
      add(t.value);
    }
    return true;
  };

  if (!accept("every")) return fail();
  const n = accept("number");
  if (n) rule.interval = n.value;
  const unit = tokens[at++] as Token | undefined;
  let ok: boolean;
  switch (unit?.kind) {
    case "day":
      ok = true;
      break;
    case "weekday":
      rule.freq = "week";
      rule.weekdays.push(...WEEKDAYS);
      ok = true;
      break;
    case "week":
    case "month":
    case "year":
      rule.freq = unit.kind;
      ok = on();
      break;
    case "dayName":
      rule.freq = "week";
      rule.weekdays.push({ day: unit.value, nth: 0 });
      ok = names("dayName", (day) => rule.weekdays.push({ day, nth: 0 }));
      break;
    case "monthName":
      rule.freq = "year";
      rule.months.push(unit.value);
      ok = names("monthName", (m) => rule.months.push(m)) && on();
      break;
    default:
      ok = false;
  }
  if (!ok || at !== tokens.length || !Number.isSafeInteger(rule.interval)) return fail();
  if (rule.monthDays.some((d) => d > 31 || d < -31)) return { ok: false, reason: `"${text.trim()}" names a day of the month that does not exist` };
  return { ok: true, rule };
}

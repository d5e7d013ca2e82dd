// facts/generalization: "always", "never", "everyone" turn one situation into a verdict; a quantifier bound to stated occasions does not.
import { has, phraseRegex } from "../../match";
import { GENERALIZATIONS } from "../../words/generalizations";
import { matchRule, meta } from "../helpers";
import { ANCHOR, hasOccasion } from "./anchors";
import { hasAction } from "./no-observable-action";

/** Quantifiers that a stated count before them can bind ("failed twice … and each time"): each…, every…, all…, no one, nobody, never. */
const BINDABLE = /^(?:each|every|all|no|never)/i;
/** Quantifiers over people or occasions that a named occasion right after them can bind ("everyone in the retro", "every day last week"). */
const RESTRICTABLE = /^(?:each|every(?! single)|nobody|no one)/i;
const PEOPLE = /^(?:every(?:one|body)|nobody|no one)$/i;
/** A stated count: twice, both, "three times", "two PRs", "three 1:1s", "in three of them". */
const COUNT = /\b(?:twice|both|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\b|(?:[a-z'-]+\s+)?(?:times|[\w:-]+s)\b))/i;

/** Where the first stated count in a unit's text ends (-1 for none), remembered for the unit's last text: one search per unit, not per quantifier. */
let countFor: string | null = null;
let countEnd = -1;
function firstCountEnd(plain: string): number {
  if (plain !== countFor) {
    const m = COUNT.exec(plain);
    countFor = plain;
    countEnd = m ? m.index + m[0].length : -1;
  }
  return countEnd;
}

const anchored = (s: string) => has(ANCHOR, s) || hasOccasion(s);

/** A subject opening a clause of its own after the quantifier ("every time someone speaks"). */
const SUBJECT = /\b(?:i|you|we|they|he|she|it|some(?:one|body)|any(?:one|body)|people)\b/i;

/**
 * True when the quantifier at m counts the occasions the sentence names instead of all of them: a count before it that
 * its clause refers back to ("three 1:1s … each time by a calendar update") or tells in the past ("failed twice … and
 * each time you retried", not "… every time someone speaks"), a named occasion right after it, or, for people, an
 * occasion before it ("In Monday's kickoff everyone waited").
 */
function bound(plain: string, index: number, text: string): boolean {
  const clause = /^[^,;.]*/.exec(plain.slice(index + text.length))?.[0] ?? "";
  if (BINDABLE.test(text)) {
    const end = firstCountEnd(plain);
    if (end !== -1 && end <= index && (!SUBJECT.test(clause) || /\b(?:was|were|had)\b/i.test(clause) || hasAction(clause))) return true;
  }
  if (PEOPLE.test(text) && anchored(plain.slice(0, index))) return true;
  return RESTRICTABLE.test(text) && anchored(clause.slice(0, 40));
}

export const generalization = matchRule(
  meta("facts", "generalization", "Generalization", "warning"),
  phraseRegex(GENERALIZATIONS),
  (m, unit) => (bound(unit.plain, m.index, m.text) ? null : "generalizes: name the specific times."),
  DOCS && {
    description: "Generalizations: always, never, everyone…",
    tags: ["specific", "judgement"],
    details:
      "A generalization in Facts: always, never, constantly, every time, everyone, nobody, as usual, yet again… A quantifier bound to a stated count or named occasions is precise, not a generalization (\"failed twice on Monday and each time…\", \"everyone in Tuesday's retro\", \"In Monday's kickoff everyone waited\"); a count does not bind a quantifier that opens a new present-tense clause (\"… every time someone speaks\").",
    examples: {
      part: "facts",
      fires: ["You never test your code.", "In Monday's standup, as usual, you arrived late.", "On Monday you were late yet again.", "Last week every time someone asked, you got defensive.",
        "In the last two planning meetings you cut me off, and you sigh every time someone from ops speaks.",
      ],
      passes: [
        "The last two PRs you merged on Monday had no tests.",
        "In Monday's standup you arrived at 9:20.",
        "The deploy failed twice on Monday afternoon and each time you retried it without a word in the channel.",
        "In both standups this week you never mentioned the blocker.",
        "On Friday everyone in the retro waited while you finished the slides.",
        "In Monday's kickoff everyone waited 15 minutes for the slides.",
        "Our last three 1:1s were cancelled, each time by a calendar update.",
      ],
    },
  },
);

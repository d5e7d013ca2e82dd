// Evaluative words: they judge instead of describing what a camera would have recorded.
import { list } from "../match";

/** About 50 judgement words, then "not" + the base of each negative-prefix one ("not acceptable", "not professional"): the same verdict. */
const WORDS = list(
  "sloppy|lazy|unacceptable|terrible|awful|horrible|careless|rude|unprofessional|incompetent|ridiculous|" +
  "pathetic|disrespectful|arrogant|selfish|irresponsible|useless|childish|immature|inappropriate|aggressive|" +
  "toxic|hostile|disruptive|dismissive|condescending|passive-aggressive|annoying|obnoxious|stubborn|" +
  "defensive|shoddy|sub{,-}par|mediocre|clueless|insensitive|unreliable|" +
  "negligent|reckless|bossy|messy|superficial|unrealistic|half-baked|amateurish|lousy|inexcusable|a {mess,disaster,joke}|{poor,bad} attitude",
);
export const JUDGEMENTS: readonly string[] = [
  ...WORDS,
  ...["good enough", "ok", "okay", ...WORDS.filter((w) => /^(?:un|in|ir|im)[a-z]{5}/.test(w)).map((w) => w.slice(2))].flatMap((b) => list(`not ${b}|{is,was,are,were}n't ${b}`)),
];

/** Personality traits and labels: "you are …" + one of these labels the person, not the behaviour. */
export const TRAITS: readonly string[] = [
  ...JUDGEMENTS.filter((w) => !w.includes(" ")),
  ...list(
    "negative|difficult|slow|bad|disorgani{z,s}ed|{closed,narrow} minded|controlling|" +
    "demanding|harsh|mean|uncooperative|unmotivated|disengaged|sensitive|emotional|hopeless|" +
    "a {bully,jerk,problem,know it all,slacker,liability,perfectionist,control freak,drama queen,pushover,micromanager,mess}|" +
    "the problem|not a team player|not cut out|always late|never on time",
  ),
];

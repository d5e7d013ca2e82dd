// Evaluative words: they judge instead of describing what a camera would have recorded.
import { list } from "../match";

/** About 50 judgement words. */
export const JUDGEMENTS: readonly string[] = list(
  "sloppy|lazy|unacceptable|terrible|awful|horrible|careless|rude|unprofessional|incompetent|ridiculous|" +
  "pathetic|disrespectful|arrogant|selfish|irresponsible|useless|childish|immature|inappropriate|aggressive|" +
  "toxic|hostile|disruptive|dismissive|condescending|passive-aggressive|annoying|obnoxious|stubborn|" +
  "defensive|shoddy|sub{,-}par|mediocre|clueless|insensitive|unreliable|" +
  "negligent|reckless|bossy|messy|superficial|unrealistic|half-baked|amateurish|lousy|inexcusable|a {mess,disaster,joke}|{poor,bad} attitude|not good enough",
);

/** Personality traits and labels: "you are …" + one of these labels the person, not the behaviour. */
export const TRAITS: readonly string[] = [
  ...JUDGEMENTS.filter((w) => !w.includes(" ")),
  ...list(
    "negative|difficult|slow|bad|disorgani{z,s}ed|{closed,narrow} minded|controlling|" +
    "demanding|harsh|mean|uncooperative|unmotivated|disengaged|sensitive|emotional|hopeless|" +
    "a {bully,jerk,problem,know it all,slacker,liability}|" +
    "the problem|not a team player|not cut out|always late|never on time",
  ),
];

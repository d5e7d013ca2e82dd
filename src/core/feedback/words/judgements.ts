// Evaluative words: they judge instead of describing what a camera would have recorded.
import { list } from "../match";

export const JUDGEMENTS: readonly string[] = list(
  "sloppy|lazy|unacceptable|terrible|awful|horrible|careless|rude|unprofessional|incompetent|ridiculous|" +
  "pathetic|disrespectful|arrogant|selfish|irresponsible|useless|childish|immature|inappropriate|aggressive|" +
  "toxic|hostile|disruptive|dismissive|condescending|passive-aggressive|annoying|obnoxious|stubborn|" +
  "defensive|shoddy|subpar|sub-par|mediocre|half-assed|amateurish|shameful|disgraceful|outrageous|absurd|" +
  "clueless|insensitive|unreliable|negligent|reckless|abrasive|bossy|whiny|lame|messy|a mess|a disaster|" +
  "a joke|appalling|dreadful|poor attitude|bad attitude|not good enough|lousy|inexcusable|unforgivable",
);

/** Personality traits and labels: "you are …" + one of these labels the person, not the behaviour. */
export const TRAITS: readonly string[] = [
  ...JUDGEMENTS.filter((w) => !w.includes(" ")),
  ...list(
    "negative|difficult|slow|bad|weak|disorganized|disorganised|inflexible|closed-minded|narrow-minded|" +
    "controlling|demanding|needy|pushy|cold|harsh|mean|unfriendly|uncooperative|unmotivated|unengaged|" +
    "disengaged|indifferent|apathetic|sensitive|emotional|dramatic|entitled|incapable|hopeless|a bully|" +
    "a jerk|a problem|the problem|a know-it-all|a slacker|a liability|not a team player|not cut out|" +
    "always late|never on time|too slow|too negative",
  ),
];

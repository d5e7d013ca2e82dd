// Generalizations: they turn one situation into a verdict about every situation.
import { list } from "../match";

export const GENERALIZATIONS: readonly string[] = list(
  "always|never|constantly|continu{ally,ously}|forever|whenever|every{one,body, time, day, single}|" +
  "each time|nobody|no one|all {,of }the time|as usual|{yet,once} again|{again,time} and again|typical of you",
);

// Generalizations: they turn one situation into a verdict about every situation.
import { list } from "../match";

export const GENERALIZATIONS: readonly string[] = list(
  "always|never|constantly|every time|each time|everyone|everybody|nobody|no one|all the time|as usual|" +
  "forever|continually|continuously|invariably|every single|whenever|all of the time|without fail|" +
  "never once|again and again|time and again|every day|typical of you|like you always do",
);

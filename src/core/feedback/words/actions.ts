// Observable past actions: what a camera could have recorded.
import { list } from "../match";

/** Irregular and common past forms; regular "-ed" verbs are recognised by shape. */
export const PAST_ACTIONS: readonly string[] = list(
  "said|told|wrote|sent|spoke|spoken|came|went|left|broke|forgot|took|gave|made|did|didn't|was late|" +
  "were late|was absent|were absent|ran|began|got|put|set|shut|hung up|read|sat|stood|brought|bought|built|" +
  "chose|drew|drove|fell|fought|found|hid|held|kept|knew|led|lost|met|paid|rang|rose|saw|sold|shook|showed|" +
  "shown|slept|spent|split|stole|swore|taught|threw|understood|woke|won|withdrew|overrode|undid|rewrote|" +
  "wasn't there|weren't there|hasn't|haven't|hadn't|walked out|logged off",
);

/** "-ed" words that are states rather than actions (feeling words such as "worried" are excluded too). */
export const NOT_ACTIONS: readonly string[] = list(
  "used|supposed|need|indeed|speed|feed|seed|agreed|red|bed|shed|limited|detailed|experienced|talented|" +
  "advanced|dedicated|skilled|related|based|biased|focused|motivated|organized|organised|sophisticated|" +
  "complicated|outdated|united|named|called|unexpected|expected|intended|closed-minded|minded",
);

// Observable past actions: what a camera could have recorded.
import { list } from "../match";

/** Irregular and common past forms; regular "-ed" verbs are recognised by shape; "I saw you …" witnessed the action that follows. */
export const PAST_ACTIONS: readonly string[] = list(
  "said|told|wrote|rewrote|sent|spoke|came|went|left|broke|forgot|took|gave|made|did|didn't|hasn't|haven't|hadn't|" +
  "{was,were} {late,absent}|{wasn't,weren't} there|ran|got|put|set|read|brought|" +
  "built|found|held|kept|led|lost|met|paid|saw|showed|shown|spent|split|" +
  "overrode|undid|walked out|logged off|{saw,heard,watched} you",
);

/** "-ed" words that are states rather than actions (feeling words such as "worried" are excluded too). */
export const NOT_ACTIONS: readonly string[] = list(
  "used|supposed|need|indeed|speed|feed|agreed|limited|detailed|experienced|talented|advanced|" +
  "dedicated|skilled|related|based|biased|focused|motivated|organi{z,s}ed|named|called|" +
  "{,un}expected|intended|minded",
);

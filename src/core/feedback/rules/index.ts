// The explicit, ordered list of rules: structure first, then any part, then part by part.
import type { Rule } from "../types";
import { missingPart } from "./structure/missing-part";
import { emptyPart } from "./structure/empty-part";
import { order } from "./structure/order";
import { duplicatePart } from "./structure/duplicate-part";
import { unknownHeading } from "./structure/unknown-heading";
import { personLabel } from "./any/person-label";
import { profanity } from "./any/profanity";
import { softener } from "./any/softener";
import { noAnchor } from "./facts/no-anchor";
import { generalization } from "./facts/generalization";
import { judgement } from "./facts/judgement";
import { mindReading } from "./facts/mind-reading";
import { hearsay } from "./facts/hearsay";
import { noObservableAction } from "./facts/no-observable-action";
import { misplaced } from "./facts/misplaced";
import { noIStatement } from "./feelings/no-i-statement";
import { pseudoFeeling } from "./feelings/pseudo-feeling";
import { feelThat } from "./feelings/feel-that";
import { noFeelingWord } from "./feelings/no-feeling-word";
import { blame } from "./feelings/blame";
import { noInvitation } from "./options/no-invitation";
import { whyOrLeading } from "./options/why-or-leading";
import { directive } from "./options/directive";
import { noDeadline } from "./request/no-deadline";
import { negative } from "./request/negative";
import { vague } from "./request/vague";
import { threat } from "./request/threat";
import { demand } from "./request/demand";
import { noFollowUp } from "./request/no-follow-up";
import { tooMany } from "./request/too-many";

export const RULES: readonly Rule[] = [
  missingPart,
  emptyPart,
  order,
  duplicatePart,
  unknownHeading,
  personLabel,
  profanity,
  softener,
  noAnchor,
  generalization,
  judgement,
  mindReading,
  hearsay,
  noObservableAction,
  misplaced,
  noIStatement,
  pseudoFeeling,
  feelThat,
  noFeelingWord,
  blame,
  noInvitation,
  whyOrLeading,
  directive,
  noDeadline,
  negative,
  vague,
  threat,
  demand,
  noFollowUp,
  tooMany,
];

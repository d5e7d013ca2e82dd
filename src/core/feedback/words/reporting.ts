// Reporting verbs: what follows them is reported speech, a fact about what was said (exempt from word rules).
import { list } from "../match";

/** Verbs whose `that`-clause is reported speech ("you emphasized that …"); "*" marks verbs that also introduce it directly ("you said the code was a mess"). */
const VERBS = list(
  "said*|says*|say|saying|told*|tells*|wrote*|writes|mention{ed,s}|emphasi{z,s}ed*|claim{ed*,s}|stat{ed*,es}|" +
  "argu{ed*,es}|commented*|remarked*|replied*|answered|complained*|explained|insisted*|posted*|announced|" +
  "shouted*|yelled*|suggested|noted|joked*|admitted|added|pointed out|repeated*|texted*|messaged*|" +
  "reported|heard|called it*|described it as*|asked|wondered|implied|declared*|responded*|typed*|shared",
);

export const REPORTING_VERBS: readonly string[] = VERBS.map((v) => v.replace("*", ""));
/** The verbs marked "*". */
export const DIRECT_SPEECH_VERBS: readonly string[] = REPORTING_VERBS.filter((v, i) => v !== VERBS[i]);

/** Verbs that report a question or instruction: "you asked whether …", "you told me to …". */
export const QUESTION_VERBS: readonly string[] = list("asked|wondered|told|tells");

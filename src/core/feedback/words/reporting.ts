// Reporting verbs: what follows them is reported speech, a fact about what was said (exempt from word rules).
import { list } from "../match";

/** Verbs whose `that`-clause is reported speech ("you emphasized that …"); "*" marks verbs that also introduce it directly ("you said the code was a mess"). */
const VERBS = list(
  "said*|says*|say|saying|told|tells|wrote*|writes|mentioned|mentions|emphasized*|emphasised*|claimed*|" +
  "claims|stated*|states|argued*|argues|commented*|remarked*|replied*|answered|complained*|explained|" +
  "insisted*|posted*|announced|shouted*|yelled*|asserted|suggested|noted|joked*|admitted|added|pointed out|" +
  "repeated*|texted*|messaged*|tweeted|reported|called it*|described it as*|asked|wondered|implied|hinted|" +
  "declared*|responded*|typed*|shared",
);

export const REPORTING_VERBS: readonly string[] = VERBS.map((v) => v.replace("*", ""));
export const DIRECT_SPEECH_VERBS: readonly string[] = VERBS.filter((v) => v.endsWith("*")).map((v) => v.slice(0, -1));

/** Verbs that report a question or instruction: "you asked whether …", "you told me to …". */
export const QUESTION_VERBS: readonly string[] = list("asked|wondered|told|tells|asks");

// Pseudo-feelings: words that sound like feelings but say what the other person did (NVC "faux feelings").
import { list } from "../match";

/** About 35 pseudo-feelings, grouped by the real feelings they often hide: "{word,word}=real real real". */
export const PSEUDO_FEELINGS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  list(
    "{abandoned,excluded,neglected,invisible,left out}=lonely sad hurt|" +
    "{ignored,unheard,misunderstood}=lonely hurt frustrated|" +
    "{betrayed,used,disrespected,blamed,insulted}=hurt angry disappointed|{dismissed,invalidated,rejected}=hurt sad discouraged|" +
    "{belittled,criticized,criticised,judged,patronized,patronised}=hurt embarrassed frustrated|" +
    "{attacked,bullied,intimidated,threatened}=scared anxious alarmed|" +
    "{interrupted,micromanaged,pressured}=frustrated impatient tense|" +
    "{let down,unappreciated,undervalued,taken for granted}=disappointed sad discouraged|" +
    "manipulated=angry uneasy wary|{overworked,unsupported}=overwhelmed exhausted worried",
  ).map((entry) => {
    const [word, real] = entry.split("=");
    return [word, real.split(" ")];
  }),
);

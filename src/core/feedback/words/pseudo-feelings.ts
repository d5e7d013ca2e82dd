// Pseudo-feelings: words that sound like feelings but say what the other person did (NVC "faux feelings").
import { list } from "../match";

/** Each pseudo-feeling with real feelings it often hides, written "word=real real real". */
export const PSEUDO_FEELINGS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  list(
    "abandoned=lonely scared hurt|attacked=scared hurt alarmed|belittled=hurt embarrassed frustrated|" +
    "betrayed=hurt angry disappointed|blamed=hurt anxious frustrated|bullied=scared helpless angry|" +
    "cheated=angry hurt disappointed|cornered=anxious tense scared|criticized=hurt embarrassed discouraged|" +
    "criticised=hurt embarrassed discouraged|dismissed=hurt frustrated discouraged|" +
    "disrespected=hurt angry frustrated|excluded=lonely hurt sad|ignored=lonely hurt frustrated|" +
    "insulted=hurt angry embarrassed|interrupted=frustrated impatient irritated|" +
    "intimidated=scared nervous uneasy|invalidated=hurt frustrated discouraged|" +
    "invisible=lonely sad discouraged|judged=anxious embarrassed hurt|left out=lonely sad hurt|" +
    "let down=disappointed sad discouraged|manipulated=angry uneasy wary|" +
    "micromanaged=frustrated impatient tense|misunderstood=frustrated lonely confused|" +
    "neglected=lonely sad hurt|overworked=exhausted overwhelmed tired|" +
    "patronized=irritated embarrassed frustrated|patronised=irritated embarrassed frustrated|" +
    "pressured=anxious tense overwhelmed|provoked=angry irritated tense|put down=hurt embarrassed discouraged|" +
    "rejected=hurt sad discouraged|threatened=scared anxious alarmed|taken for granted=disappointed sad tired|" +
    "unappreciated=sad discouraged disappointed|undervalued=discouraged disappointed sad|" +
    "unheard=frustrated lonely discouraged|unseen=lonely sad discouraged|" +
    "unsupported=worried overwhelmed lonely|unwanted=lonely sad hurt|used=angry hurt disappointed",
  ).map((entry) => {
    const [word, real] = entry.split("=");
    return [word, real.split(" ")];
  }),
);

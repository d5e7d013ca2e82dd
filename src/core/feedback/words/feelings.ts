// Feeling words (anyone's feeling counts: "Jeff looked distressed"); adapted from common NVC feelings lists.
import { list } from "../match";

/** About 90 feelings, needs met and unmet, as adjectives, with their nouns and verbs: "my worry", "it worries me". */
export const FEELINGS: readonly string[] = list(
  "afraid|alarm{ed,ing}|ang{ry,er}|annoy{ed,ing}|anxi{ous,ety}|ashamed|bored|concern{ed,,s,ing}|confus{ed,ing,ion}|" +
  "devastated|disappoint{ed,ing,ment}|discouraged|distracted|distress{ed,}|disturbed|drained|" +
  "embarrass{ed,ing,ment}|exhausted|fear{ful,,s}|frighten{ed,ing}|frustrat{ed,ing,ion}|furious|guilty|helpless|" +
  "hesitant|hope{,ful,less}|hurt{,s,ing}|impatient|insecure|irritat{ed,ing,ion}|jealous|lonely|lost|mad|miserable|" +
  "nervous{,ness}|overwhelm{ed,}|puzzled|resentful|restless|sad{,ness}|scar{ed,y}|shock{ed,ing}|sorry|stress{ed,,ful}|" +
  "surpris{ed,e,ing}|tens{e,ion}|tired|troubled|{un,}comfortable|discomfort|uneas{y,e}|unhappy|unsure|" +
  "upset{,ting}|vulnerable|wary|worr{ied,y,ies,ying}|awkward|calm|" +
  "confident|curious|delighted|eager|encouraged|excite{d,ment}|glad|grateful|happy|" +
  "inspired|interested|optimistic|pleased|proud|relaxed|relie{ved,f}|reassured|safe|satisfied|thankful|" +
  "amazed|appalled|baffled|blindsided|caught off guard|demotivated|{dis,}heartened|dismayed|exasperated|fed up|gutted|" +
  "horrified|impressed|mortified|panick{ed,y}|s{k,c}eptical|shame|stunned|taken aback|thrilled|uncertain",
);

/** Feeling nouns and verbs with no adjective above ("-ed" verbs here still count as actions in Facts). */
export const FEELING_FORMS: readonly string[] = list("joy|gratitude|pride|appreciate{,d}|enjoyed|loved|hated|dread|regret");

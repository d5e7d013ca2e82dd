// Feeling words (anyone's feeling counts: "Jeff looked distressed"); adapted from common NVC feelings lists.
import { list } from "../match";

/** About 100 feelings, needs met and unmet, as adjectives. */
export const FEELINGS: readonly string[] = list(
  "afraid|alarmed|angry|annoyed|anxious|apprehensive|ashamed|bewildered|bored|concerned|confused|crushed|" +
  "dejected|devastated|disappointed|discouraged|disheartened|dismayed|distracted|distressed|disturbed|" +
  "drained|embarrassed|exasperated|exhausted|fearful|flustered|frightened|frustrated|furious|guilty|" +
  "heartbroken|helpless|hesitant|hopeless|hurt|impatient|insecure|irritated|jealous|lonely|lost|mad|" +
  "miserable|nervous|overwhelmed|panicked|perplexed|puzzled|regretful|resentful|restless|sad|scared|shocked|" +
  "sorry|startled|stressed|surprised|tense|tired|troubled|uncomfortable|uneasy|unhappy|unsettled|unsure|" +
  "upset|vulnerable|wary|weary|worried|torn|sceptical|skeptical|awkward|amazed|appreciative|calm|" +
  "comfortable|confident|curious|delighted|eager|encouraged|energized|excited|glad|grateful|happy|hopeful|" +
  "inspired|interested|moved|optimistic|pleased|proud|relaxed|relieved|reassured|safe|satisfied|thankful|" +
  "thrilled|touched|trusting",
);

/** Nouns and verbs that name a feeling: "my worry", "it worries me", "to my surprise". */
export const FEELING_FORMS: readonly string[] = list(
  "worry|worries|worrying|concern|concerns|concerning|fear|fears|frustration|frustrating|disappointment|" +
  "disappointing|anxiety|stress|stressful|sadness|anger|embarrassment|embarrassing|relief|joy|gratitude|" +
  "pride|hope|surprise|surprising|discomfort|unease|confusion|confusing|irritation|irritating|annoying|" +
  "hurts|hurting|upsetting|excitement|appreciate|appreciated|enjoyed|loved|hated|distress|dread|nervousness|" +
  "overwhelm|tension|regret",
);

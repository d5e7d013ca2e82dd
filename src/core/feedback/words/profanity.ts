// Insults and profanity: never part of feedback that should land.
import { list } from "../match";

/** Whole words; a trailing "*" also matches longer forms ("fuck*" → "fucking"). */
export const PROFANITY: readonly string[] = list(
  "fuck*|shit*|bullshit|crap|crappy|damn|dammit|goddamn|ass|asshole*|arse*|bastard*|bitch*|dick*|prick*|" +
  "piss*|wtf|stfu|idiot*|idiotic|stupid*|moron*|dumb|dumbass|imbecile*|retard*|clown*|loser*|jerk*|muppet*|" +
  "twat*|wanker*|douche*|screw-up|screwed up|brain-dead|braindead|halfwit*|nitwit*|dimwit*|cretin*|numpty|" +
  "pillock|bloody",
);

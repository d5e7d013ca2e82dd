// Insults and profanity: never part of feedback that should land.
import { list } from "../match";

/** Whole words; a trailing "*" also matches longer forms ("fuck*" → "fucking"). */
export const PROFANITY: readonly string[] = list(
  "fuck*|shit*|bullshit|crap{,py}|damn|dammit|goddamn|ass|asshole*|arse*|bastard*|bitch*|dick*|prick*|piss*|" +
  "wtf|stfu|idiot*|stupid*|moron*|dumb{,ass}|imbecile*|retard*|clown*|loser*|jerk*|muppet*|twat*|wanker*|" +
  "douche*|screw-up|screwed up|brain{,-}dead|{half,nit,dim}wit*|bloody",
);

// Opinion markers and softeners: fine in Feelings, out of place in Facts or at the start of a message.
import { list } from "../match";

/** Markers of opinion; inside Facts they show the part is not an observation. */
export const OPINION_MARKERS: readonly string[] = list(
  "i think|i believe|i feel|i guess|i suppose|in my opinion|in my view|imo|imho|obviously|frankly|clearly|" +
  "honestly|to be honest|tbh|it seems|it seems like|seems to me|i'm sure|of course|admittedly|basically",
);

/** Requests; inside Facts they belong in Request or Options. */
export const REQUEST_MARKERS: readonly string[] = list(
  "please|you should|you shouldn't|you need to|you must|you have to|going forward|next time|in future|" +
  "in the future|from now on|make sure",
);

/** Softeners that usually announce criticism and put the listener on guard. */
export const SOFTENERS: readonly string[] = list(
  "no offence|no offense|don't take this personally|don't take this the wrong way|i'm sorry but|" +
  "i'm sorry, but|with all due respect|not to be rude|i hate to say this|i hate to say it|no hard feelings|" +
  "not to be mean|i don't mean to be rude|i don't want to sound harsh|just saying",
);

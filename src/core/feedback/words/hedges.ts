// Opinion markers and softeners: fine in Feelings, out of place in Facts or at the start of a message.
import { list } from "../match";
import { DIRECTIVES } from "./requests";

/** Markers of opinion; inside Facts they show the part is not an observation. */
export const OPINION_MARKERS: readonly string[] = list(
  "i {think,believe,feel,guess,suppose}|in my {opinion,view}|imo|imho|obviously|frankly|clearly|honestly|" +
  "to be honest|tbh|it seems|seems to me|i'm sure|of course|basically",
);

/** Requests; inside Facts they belong in Request or Options. */
export const REQUEST_MARKERS: readonly string[] = [...DIRECTIVES, ...list("please|going forward|next time|in {,the }future|from now on")];

/** Softeners that usually announce criticism and put the listener on guard. */
export const SOFTENERS: readonly string[] = list(
  "no offen{c,s}e|don't take this {personally,the wrong way}|i'm sorry but|i'm sorry, but|with all due respect|" +
  "not to be {rude,mean}|i hate to say {this,it}|no hard feelings|i don't mean to be rude|just saying",
);

// Mind-reading and hearsay: claims nobody can observe, or observations that are not the writer's.
import { list } from "../match";

/** Claims about intent or attitude. */
export const MIND_READING: readonly string[] = list(
  "you don't care|you didn't care|you never cared|on purpose|deliberately|intentionally|purposely|" +
  "purposefully|you wanted to|you were trying to|you tried to make|you don't respect|you didn't respect|" +
  "you don't value|you didn't value|you don't think|you think you're|you just wanted|you only wanted|" +
  "you enjoy|you like to|you meant to|you know better|you couldn't be bothered|you can't be bothered|" +
  "you don't want to|you didn't bother|you refuse to|you refused to listen|you don't listen|" +
  "you just don't get|you clearly|you obviously|you're not interested|you secretly|your real goal|" +
  "your agenda|to show off|to look good|to make me look",
);

/** Second-hand reports: the writer did not see it. "I heard" counts unless "I heard you …". */
export const HEARSAY: readonly string[] = list(
  "people say|people are saying|people said|people feel|people think|i heard|i've heard|apparently|" +
  "the team feels|the team thinks|the team says|everyone says|everyone thinks|everybody says|rumor|rumour|" +
  "rumors|rumours|word is|someone told me|somebody told me|i was told|i've been told|some people|" +
  "others have said|a few people|several people|i hear that|supposedly|allegedly|it's been said|" +
  "i got feedback that|folks are saying",
);

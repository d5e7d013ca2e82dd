// Mind-reading and hearsay: claims nobody can observe, or observations that are not the writer's.
import { list } from "../match";

/** Claims about intent or attitude. */
export const MIND_READING: readonly string[] = list(
  "you {don't,didn't} {care,respect,value}|you never cared|on purpose|deliberately|intentionally|purposely|" +
  "you {wanted,were trying,meant,like} to|you {just,only} wanted|" +
  "you enjoy|you know better|you {couldn't,can't} be bothered|you don't want to|you didn't bother|you refuse{,d} to|" +
  "you don't listen|you {clearly,obviously}|" +
  "you're not interested|your {real goal,agenda}|to {show off,look good,make me look}",
);

/** Second-hand reports: the writer did not see it. "I heard" counts unless "I heard you …". */
export const HEARSAY: readonly string[] = list(
  "people {say,are saying,said,feel,think}|i{,'ve} heard|i hear that|apparently|the team {feels,thinks,says}|" +
  "every{one,body} {says,thinks}|rumo{,u}r{,s}|some{one,body} told me|i{ was,'ve been} told|" +
  "{some,a few,several} people|supposedly|allegedly|i got feedback that",
);

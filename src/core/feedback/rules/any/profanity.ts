// any/profanity: insults and profanity end the conversation.
import { phraseRegex } from "../../match";
import { PROFANITY } from "../../words/profanity";
import { matchRule } from "../helpers";

/** A trailing "*" in the list (escaped by phraseRegex) also matches longer forms. */
const PROFANE = new RegExp(phraseRegex(PROFANITY).source.replace(/\\\*/g, "[a-z]*"), "gi");

export const profanity = matchRule(
  { id: "any/profanity", part: "any", name: "Insult or profanity", tags: ["tone"], severity: "error", description: "Insults and profanity." },
  PROFANE, "is an insult or profanity: leave it out.", DOCS && {
  examples: {
    part: "facts",
    fires: ["In Tuesday's demo you shipped a crappy build.", "In the retro you called Ana an idiot."],
    passes: ["In Tuesday's demo the build failed twice.", "In the retro you said \"this is crap\" about the board."],
  },
});

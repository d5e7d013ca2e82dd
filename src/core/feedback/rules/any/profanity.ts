// any/profanity: insults and profanity end the conversation.
import { phraseRegex } from "../../match";
import { PROFANITY } from "../../words/profanity";
import { matchRule, meta } from "../helpers";

/** A trailing "*" in the list (escaped by phraseRegex) also matches longer forms. */
const PROFANE = new RegExp(phraseRegex(PROFANITY).source.replace(/\\\*/g, "[a-z]*"), "gi");

export const profanity = matchRule(meta("any", "profanity", "Insult or profanity", "error"), PROFANE, "is an insult or profanity: leave it out.", DOCS && {
    description: "Insults and profanity.",
    tags: ["tone"],
  examples: {
    part: "facts",
    fires: ["In Tuesday's demo you shipped a crappy build.", "In the retro you called Ana an idiot."],
    passes: ["In Tuesday's demo the build failed twice.", "In the retro you said \"this is crap\" about the board."],
  },
});

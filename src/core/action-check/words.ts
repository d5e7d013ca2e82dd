// Openings that promise nothing: the item names a topic, not an action someone agreed to take.
export const NON_COMMITTAL: readonly string[] = [
  "look into",
  "look at",
  "think about",
  "think through",
  "consider",
  "try to",
  "try and",
  "maybe",
  "perhaps",
  "possibly",
  "see if",
  "see whether",
];

// A small vault of real-looking notes for the people and query tests (expectations live in the tests).
import { ActionIndex } from "../../../src/core/vault/index-store";
import type { ModelConfig } from "../../../src/core/vault/note-record";

export const FOLLOW_UP_VAULT: Record<string, string> = {
  "People/Alex Kim.md": "---\naliases: [Alex, AK]\ncadence: biweekly\n---\n# Alex Kim\n\n## Next 1:1\n\n- Conference talk\n",
  "People/Sam O'Brien.md": "---\naliases: Sam\ncadence: weekly\n---\n# Sam\n",
  "1-1s/Alex Kim/2024-05-01.md": `---
type: one-on-one
person: "[[Alex Kim]]"
date: 2024-05-01
---
# 1:1 with Alex

## Action items
- [ ] Send Alex the promo packet @me
- [ ] Pick a cross-team project @Alex 📅 2024-05-20
- [x] Book the room ✅ 2024-05-20
- [ ] Ask @Sam about the on-call rota 📅 2024-06-03
- [ ] Review [[Sam O'Brien]]'s RFC @me
`,
  "1-1s/Alex Kim/2024-05-15.md": "---\ntype: one-on-one\nperson: \"[[Alex Kim]]\"\ndate: 2024-05-15\n---\n# 1:1\n\nWe talked.\n",
  // Linked by alias: still Alex's 1:1.
  "1-1s/Alex Kim/2024-05-29.md": "---\ntype: one-on-one\nperson: \"[[AK]]\"\ndate: 2024-05-29\n---\n# 1:1\n",
  // Prepared ahead: not passed yet.
  "1-1s/Alex Kim/2024-06-12.md": "---\ntype: one-on-one\nperson: \"[[Alex Kim]]\"\ndate: 2024-06-12\n---\n# 1:1\n",
  "1-1s/Sam/2024-05-08.md": "---\ntype: one-on-one\nperson: \"[[Sam O'Brien]]\"\ndate: 2024-05-08\n---\n# Sam\n",
  // A 1:1 outside the 1:1 folder, with a custom name: found by frontmatter.
  "Random/coffee chat.md": "---\ntype: one-on-one\nperson: \"[[Sam]]\"\ndate: 2024-05-20\n---\n# Coffee\n",
  // In the 1:1 folder but without frontmatter: not a 1:1 note.
  "1-1s/Alex Kim/scratch.md": "- [ ] Loose end from a scratch note\n",
  "Daily/2024-05-10.md": `# Friday

- [ ] Call @Jordan about the offsite
- [ ] Draft the review for [[Alex Kim]] ➕ 2024-04-01 📅 2024-05-31
`,
  "Projects/Plan.md": "# Plan\n\n- [ ] Share the plan with [[Alex Kim]]\n- [ ] Nobody's item\n",
  "Templates/1-1.md": "---\ntype: one-on-one\nperson: \"[[{{person}}]]\"\ndate: {{date}}\n---\n- [ ] template item @me\n",
};

export const FOLLOW_UP_CONFIG: ModelConfig = { peopleFolder: "People", excludedFolders: ["Templates"] };

export function followUpIndex(notes: Record<string, string> = FOLLOW_UP_VAULT, config: ModelConfig = FOLLOW_UP_CONFIG): ActionIndex {
  const index = new ActionIndex(config);
  for (const [path, text] of Object.entries(notes)) index.update(path, text);
  return index;
}

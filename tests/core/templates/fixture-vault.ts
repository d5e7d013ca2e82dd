// A small vault of real-looking notes shared by the 1:1-notes tests (Dana Reyes is the user).
import { migrate, type OneOnOneSettings } from "../../../src/settings";

export const TODAY = "2024-05-08";

export function settings(overrides: Partial<OneOnOneSettings> = {}): OneOnOneSettings {
  return { ...migrate({ myName: "Dana Reyes", myAliases: ["Dana"] }).settings, ...overrides };
}

export const ALEX_NOTE = `---
aliases: [Alex, AK]
cadence: weekly
---
# Alex Kim

Senior engineer, Platform.

## Next 1:1
- Promo packet timeline
- Runbook for the ledger consumer:
  give it a date or hand it to Jordan
%% add topics above %%

## History
See the 1:1 notes.
`;

export const VAULT: Record<string, string> = {
  "People/Alex Kim.md": ALEX_NOTE,
  "People/Sam O'Brien.md": "---\naliases: Sam\ncadence: biweekly\n---\n# Sam O'Brien\n",
  "People/Mei Chen.md": "---\ncadence: every 10 days\n---\n# Mei Chen\n\n## Next 1:1\n",
  "People/Jordan Lee.md": "# Jordan Lee\n\nNo cadence.\n",
  "1-1s/Alex Kim/2024-04-24.md": `---
type: one-on-one
person: "[[Alex Kim]]"
date: 2024-04-24
---
# 1:1 with Alex

## How they are
- What was the best part of your week, and the worst?

## Action items
- [ ] Send the Q3 numbers @Alex 📅 2024-05-01 ^q3
- [x] Book the offsite room @me ✅ 2024-04-25
`,
  "1-1s/Alex Kim/2024-05-01.md": `---
type: one-on-one
person: "[[Alex Kim]]"
date: 2024-05-01
---
# 1:1 with Alex

\`\`\`one-on-one
person: [[Alex Kim]]
show: open
\`\`\`

## Action items
- [ ] Review the retry-budget RFC @me 📅 2024-05-10
- [ ] Draft the runbook outline [owner:: [[Alex Kim]]]
`,
  "1-1s/Sam O'Brien/2024-04-10.md": "---\ntype: one-on-one\nperson: \"[[Sam O'Brien]]\"\ndate: 2024-04-10\n---\n- [ ] Sam to write up the incident @Sam 📅 2024-04-20\n",
  "Projects/Ledger.md": "# Ledger\n\n- [ ] Ask [[Alex Kim]] about consumer lag 📅 2024-05-08\n- [ ] Unrelated chore\n",
};

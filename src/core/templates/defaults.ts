// Built-in templates and question bank, following the handbook in DESIGN.md; users can write them into the vault to edit.

/** The default 1:1 note. The frontmatter is what makes it a 1:1 note; nothing here is a checkbox, so nothing is duplicated. */
export const DEFAULT_ONE_ON_ONE_TEMPLATE = `---
type: one-on-one
person: "{{person_link}}"
date: {{date:YYYY-MM-DD}}
previous: "{{previous_link}}"
---
# 1:1 with {{person}}, {{date:dddd D MMMM YYYY}}

## Agenda
%% Share it beforehand with "Copy agenda for sharing": a conversation, not a status update. %%
{{agenda}}

## How they are
%% Instead of "how are you?", start with one of these. %%
{{questions}}

## Follow-ups from last time
%% Open items with {{person}}, live: tick them here. When things don't move, reconnect on priorities. %%
{{followups}}

## Topics

{{feedback}}

## Action items
%% One line each, with an owner and a due date: - [ ] @[[{{person}}]] send the draft 📅 {{date+7d:YYYY-MM-DD}} %%

## Notes

> [!private] Private notes
> Left out when the agenda is copied for sharing (still in the file).
`;

/** The default daily note; "Add today's 1:1 plan to daily note" fills the first section. */
export const DEFAULT_DAILY_TEMPLATE = `# {{date:dddd D MMMM YYYY}}

## 1:1s today

## Notes
`;

/** Starter questions from the handbook: concerns, goals and OKRs, KPIs, community, and alternatives to "how are you?". */
export const DEFAULT_QUESTION_BANK = `# 1:1 starter questions

One question per list item. A new 1:1 note picks from this list, and no question comes back with the same person until every one has been asked.

## Instead of "how are you?"
- What has been on your mind since we last talked?
- What was the best part of your week, and the worst?
- What is taking most of your energy right now?
- From 1 to 10, how was this week? What would make next week one point better?
- What are you looking forward to?

## Concerns
- Is anything about your work worrying you at the moment?
- How is your time split right now, and is that the split you want?
- What is eating time that should not?
- How are things with the team? Anyone you would like to work with more, or differently?
- Is there something you would like me to know that you have not had a chance to say?

## Goals and OKRs
- How are your OKRs going? Which one are you least sure about?
- Where are you stuck, and what would unblock you?
- How can I support you on your goals this month?
- What have you learned since our last 1:1?

## KPIs
- Which of your KPIs moved since last time, and why?
- Is there a number you think we should track and do not?

## Community
- What would you like to contribute to the community (a talk, a post, open source, mentoring)?
- Is there something from your work you would like to share with the wider team?
`;

/** Where "Create default templates" writes each default, relative to the templates folder. */
export const DEFAULT_TEMPLATE_FILES = [
  { name: "1-1 note.md", text: DEFAULT_ONE_ON_ONE_TEMPLATE, setting: "noteTemplate" },
  { name: "Daily note.md", text: DEFAULT_DAILY_TEMPLATE, setting: "dailyTemplate" },
  { name: "1-1 questions.md", text: DEFAULT_QUESTION_BANK, setting: "questionBank" },
] as const;

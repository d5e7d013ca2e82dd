// The variables of a 1:1 note template (DESIGN.md "Templates"), computed lazily: only what the template uses.
import type { ResolvedItem } from "../followups/types";
import type { Topic } from "../people/topics";
import { feedbackBlock, followupsBlock, followupsSnapshot } from "./followups";
import { pathLink } from "./paths";
import { pickQuestions } from "./questions";
import type { TemplateVariables } from "./render";

export interface PastNote {
  path: string;
  date: string;
  text: string;
}

export interface OneOnOneVariablesInput {
  /** The person note's name. */
  person: string;
  /** The new note's basename. */
  title: string;
  myName: string;
  /** The 1:1 day; also "today" for what is overdue in the snapshot. */
  date: string;
  previous: { path: string; date: string } | null;
  /** Every resolved item; only this person's open ones are shown. */
  items: readonly ResolvedItem[];
  /** Topics queued in the person note. */
  topics: readonly Topic[];
  bank: readonly string[];
  /** Past 1:1 notes with this person, for question rotation. */
  pastNotes: readonly PastNote[];
  questionCount: number;
}

export interface OneOnOneVariables {
  vars: TemplateVariables;
  /** True once `{{agenda}}` was rendered: only then are the topics moved out of the person note. */
  agendaUsed: () => boolean;
}

export function oneOnOneVariables(input: OneOnOneVariablesInput): OneOnOneVariables {
  let agenda = false;
  const asked: string[] = [];
  const vars: TemplateVariables = {
    title: input.title,
    person: input.person,
    person_link: `[[${input.person}]]`,
    me: input.myName.trim() || "me",
    previous_link: input.previous ? pathLink(input.previous.path, input.previous.date) : "",
    previous_date: input.previous ? input.previous.date : "",
    followups: (arg) => (arg === null ? followupsBlock(input.person) : null),
    followups_snapshot: (arg) => (arg === null ? followupsSnapshot(input.items, input.person, input.date, input.myName) : null),
    agenda: (arg) => {
      if (arg !== null) return null;
      agenda = true;
      return input.topics.map((t) => t.lines.join("\n")).join("\n");
    },
    questions: (arg) => {
      const n = arg === null ? input.questionCount : /^\d{1,2}$/.test(arg) ? Number(arg) : NaN;
      if (Number.isNaN(n)) return null;
      // A second {{questions}} in the same template continues the rotation instead of repeating.
      const past = asked.length ? [...input.pastNotes, { path: "", date: "9999-12-31", text: asked.map((q) => `- ${q}`).join("\n") }] : input.pastNotes;
      const picked = pickQuestions(input.bank, past, input.person, n);
      asked.push(...picked);
      return picked.map((q) => `- ${q}`).join("\n");
    },
    feedback: (arg) => (arg === null ? feedbackBlock() : null),
  };
  return { vars, agendaUsed: () => agenda };
}

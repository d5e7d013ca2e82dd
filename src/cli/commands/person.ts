// `person <vault> --person NAME`: the person overview (cadence, open items both ways, 1:1 timeline, feedback, topics) as text or JSON.
import { findBlocks } from "../../core/feedback/blocks";
import { lint } from "../../core/feedback/lint";
import { personOverview, type PersonOverview } from "../../core/followups/person-overview";
import type { ResolvedItem } from "../../core/followups/types";
import { addDays } from "../../core/markdown/iso-day";
import { readTopics } from "../../core/people/topics";
import { DEFAULT_QUESTION_BANK } from "../../core/templates/defaults";
import { parseQuestionBank, questionsIn } from "../../core/templates/questions";
import { followUpOptions, type OneOnOneSettings } from "../../settings";
import { UsageError, parseArgs, todayFrom } from "../args";
import { itemJson } from "../format/action-items";
import type { CliCommand } from "../io";
import { PEOPLE_OPTIONS } from "../people-checks";
import { loadIndex } from "../vault-index";
import { noteOrDefault } from "./new";

/** A feedback block of one of the person's 1:1 notes, with what the linter says about it. */
export interface FeedbackJson {
  path: string;
  line: number;
  date: string;
  title: string;
  findings: { line: number; ruleId: string; severity: string; message: string }[];
}

/** The feedback blocks of a note and their findings (a finding belongs to the block whose lines hold it). */
export function feedbackOf(path: string, date: string, text: string, today: string, settings: OneOnOneSettings): FeedbackJson[] {
  const ds = lint(text, { noteDate: today, severities: settings.ruleSeverity });
  return findBlocks(text).blocks.map((b) => ({
    path,
    line: b.line + 1,
    date,
    title: b.title,
    findings: ds.filter((d) => d.line - 1 >= b.line && d.line - 1 < b.endLine).map((d) => ({ line: d.line, ruleId: d.ruleId, severity: d.severity, message: d.message })),
  }));
}

const ref = (it: ResolvedItem) => ({ line: it.line, text: it.text, state: it.state, due: it.due });

/** The JSON shape (documented; fields may be added, none removed). */
export function personJson(o: PersonOverview, today: string, soon: string, feedback: FeedbackJson[], topics: string[], asked: { path: string; date: string; questions: string[] }[]) {
  return {
    name: o.name,
    aliases: o.aliases,
    cadence: o.cadence,
    lastOneOnOne: o.lastOneOnOne?.date ?? null,
    nextDue: o.nextDue,
    oneOnOnes: o.oneOnOnes.map((e) => ({
      path: e.path,
      date: e.date,
      opened: e.opened.map(ref),
      closedSince: e.closedSince.map((it) => ({ ...ref(it), date: it.done ?? it.cancelled ?? null })),
    })),
    open: o.open.map((it) => itemJson(it, today, soon)),
    feedback,
    topics,
    counts: { open: o.open.length, iOwe: o.iOwe.length, theyOwe: o.theyOwe.length, unassigned: o.unassigned.length },
    questionsAsked: asked,
  };
}

function section(title: string, lines: string[]): string[] {
  return [title, ...(lines.length ? lines.map((l) => `  ${l}`) : ["  (none)"]), ""];
}

function itemLine(it: ResolvedItem): string {
  return `${it.status === " " ? "[ ]" : `[${it.status}]`} ${it.text}${it.due ? `  📅 ${it.due}` : ""}  (${it.path}:${it.line})`;
}

export function personText(j: ReturnType<typeof personJson>, o: PersonOverview): string {
  const out = [
    `${o.name}${o.aliases.length ? ` (${o.aliases.join(", ")})` : ""}`,
    `Cadence: ${o.cadence ?? "none"} · last 1:1: ${j.lastOneOnOne ?? "never"} · next: ${j.nextDue ?? "–"}${o.overdueDays ? ` (${o.overdueDays} days overdue)` : ""}`,
    "",
    ...section(`I owe (${o.iOwe.length})`, o.iOwe.map(itemLine)),
    ...section(`They owe (${o.theyOwe.length})`, o.theyOwe.map(itemLine)),
    ...(o.unassigned.length ? section(`Unassigned (${o.unassigned.length})`, o.unassigned.map(itemLine)) : []),
    ...section("Topics for the next 1:1", j.topics),
    ...section(
      "1:1 notes",
      j.oneOnOnes.map((e) => `${e.date}  ${e.path}  ${e.opened.length} item${e.opened.length === 1 ? "" : "s"}, ${e.closedSince.length} closed since`),
    ),
    ...section(
      "Feedback",
      j.feedback.map((f) => `${f.date}  ${f.title}  ${f.findings.length ? `${f.findings.length} finding${f.findings.length === 1 ? "" : "s"}` : "clean"}  (${f.path}:${f.line})`),
    ),
  ];
  return out.join("\n").trimEnd();
}

export const personCommand: CliCommand = {
  name: "person",
  summary: "One person's overview: cadence, open items both ways, 1:1 timeline, feedback, topics",
  usage: "one-on-one person <vault> --person NAME [--json] [--me NAME] [--people-folder FOLDER] [--today YYYY-MM-DD]",
  async run(argv, io) {
    const args = parseArgs(argv, { values: ["person", "me", ...PEOPLE_OPTIONS], maxPositionals: 1 });
    const today = todayFrom(args);
    const name = args.values.get("person");
    if (name === undefined || name.trim() === "") throw new UsageError("missing --person NAME");
    // The same reading as `actions` (people folder, daily-note dates), so the two agree on every item.
    const { settings, index, notes } = await loadIndex(args, io);
    const texts = new Map(notes.map((n) => [n.path, n.text]));
    const options = followUpOptions(settings);
    const o = personOverview(index, name, today, options);
    if (!o) {
      const known = index.directory({ name: settings.myName, aliases: settings.myAliases }).all().map((p) => p.name);
      io.err(`one-on-one person: no person note for "${name}".${known.length ? ` Known: ${known.join(", ")}.` : " No person notes found."}`);
      return { exitCode: 2 };
    }
    const bank = parseQuestionBank(noteOrDefault(texts, settings.questionBank, DEFAULT_QUESTION_BANK, "question bank", io));
    const feedback = o.oneOnOnes.flatMap((e) => feedbackOf(e.path, e.date, texts.get(e.path) ?? "", today, settings));
    const asked = o.oneOnOnes.map((e) => ({ path: e.path, date: e.date, questions: questionsIn(texts.get(e.path) ?? "", bank) })).filter((a) => a.questions.length > 0);
    const topics = readTopics(texts.get(o.path) ?? "").map((t) => t.text);
    const j = personJson(o, today, addDays(today, settings.dueSoonDays) ?? today, feedback, topics, asked);
    io.out(args.flags.has("json") ? JSON.stringify(j, null, 2) : personText(j, o));
    return { exitCode: 0 };
  },
};

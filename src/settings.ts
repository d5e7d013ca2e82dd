// Settings: the type, the defaults, and a pure migrate(raw) that never throws.
export type Severity = "error" | "warning" | "info" | "hint";
export type RuleSetting = Severity | "off";
import type { DoneDateFormat, EditOptions } from "./core/actions/edits";
import type { FollowUpOptions } from "./core/followups/types";
import type { PlanSettings } from "./core/templates/plan";
import { modelConfigFrom, type ModelSettings } from "./core/vault/note-record";
import type { ActionCheckOptions } from "./core/action-check/check";
import type { PersonDirectory } from "./core/people/directory";

export type { DoneDateFormat } from "./core/actions/edits";

export interface OneOnOneSettings {
  /** Schema version of data.json, bumped when keys are renamed. */
  version: number;
  /** The user's own name; `@me` and these names mean the user. */
  myName: string;
  myAliases: string[];
  peopleFolder: string;
  /** Path pattern of a new 1:1 note, template variables allowed. */
  notePathPattern: string;
  /** Vault path of the 1:1 template; empty = built-in default. */
  noteTemplate: string;
  dailyTemplate: string;
  questionBank: string;
  questionCount: number;
  /** Allow a second 1:1 note with the same person on the same day (suffix " (2)"). */
  allowSameDayNote: boolean;
  /** Fallbacks when the core Daily notes plugin is off. */
  dailyFolder: string;
  dailyFormat: string;
  excludedFolders: string[];
  /** How a completed item is stamped. */
  doneDate: DoneDateFormat;
  cancelledDate: boolean;
  /** Status characters beyond space/x/X/-/>/ that count as closed. */
  closedStatuses: string;
  staleCarried: number;
  staleDays: number;
  dueSoonDays: number;
  feedbackLint: boolean;
  /** Per-rule severity overrides, feedback rules and agreed-action rules (`actions/…`) alike. */
  ruleSeverity: Record<string, RuleSetting>;
  /** Underline under-specified agreed actions in the editor. */
  actionCheck: boolean;
  /** Check action items in every note, not only in 1:1 notes. */
  actionCheckEverywhere: boolean;
}

export const DEFAULT_SETTINGS: Readonly<OneOnOneSettings> = Object.freeze({
  version: 1,
  myName: "",
  myAliases: [],
  peopleFolder: "People",
  notePathPattern: "1-1s/{{person}}/{{date:YYYY-MM-DD}}.md",
  noteTemplate: "",
  dailyTemplate: "",
  questionBank: "",
  questionCount: 2,
  allowSameDayNote: false,
  dailyFolder: "",
  dailyFormat: "YYYY-MM-DD",
  excludedFolders: [],
  doneDate: "emoji",
  cancelledDate: true,
  closedStatuses: "",
  staleCarried: 3,
  staleDays: 30,
  dueSoonDays: 7,
  feedbackLint: true,
  ruleSeverity: {},
  actionCheck: true,
  actionCheckEverywhere: false,
});

export interface MigrationResult {
  settings: OneOnOneSettings;
  /** Human-readable problems found in the stored data; empty when all was well. */
  problems: string[];
}

const SEVERITIES: readonly string[] = ["error", "warning", "info", "hint", "off"];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Turns whatever was stored into valid settings: unknown keys dropped, bad values replaced by defaults. */
export function migrate(raw: unknown): MigrationResult {
  const settings = cloneDefaults();
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push("Stored settings were not an object; defaults are used.");
    return { settings, problems };
  }
  const bad = (key: string) => problems.push(`Setting "${key}" had an invalid value; the default is used.`);
  const take = <K extends keyof OneOnOneSettings>(key: K, ok: (v: unknown) => boolean, map?: (v: unknown) => OneOnOneSettings[K]) => {
    if (!(key in raw)) return;
    const v = raw[key];
    if (ok(v)) settings[key] = map ? map(v) : (v as OneOnOneSettings[K]);
    else bad(key);
  };
  const str = (v: unknown) => typeof v === "string";
  const nonEmpty = (v: unknown) => typeof v === "string" && v.trim() !== "";
  const bool = (v: unknown) => typeof v === "boolean";
  const count = (min: number, max: number) => (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
  const strList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string");

  take("myName", str);
  take("myAliases", strList, (v) => [...(v as string[])]);
  take("peopleFolder", str);
  take("notePathPattern", nonEmpty);
  take("noteTemplate", str);
  take("dailyTemplate", str);
  take("questionBank", str);
  take("questionCount", count(0, 20));
  take("allowSameDayNote", bool);
  take("dailyFolder", str);
  take("dailyFormat", nonEmpty);
  take("excludedFolders", strList, (v) => [...(v as string[])]);
  take("doneDate", (v) => v === "emoji" || v === "dataview" || v === "none");
  take("cancelledDate", bool);
  take("closedStatuses", str);
  take("staleCarried", count(1, 1000));
  take("staleDays", count(1, 10000));
  take("dueSoonDays", count(0, 365));
  take("feedbackLint", bool);
  take("actionCheck", bool);
  take("actionCheckEverywhere", bool);
  if ("ruleSeverity" in raw) {
    const rs = raw.ruleSeverity;
    if (isRecord(rs)) {
      for (const [id, sev] of Object.entries(rs)) {
        if (typeof sev === "string" && SEVERITIES.includes(sev)) settings.ruleSeverity[id] = sev as RuleSetting;
        else bad(`ruleSeverity.${id}`);
      }
    } else bad("ruleSeverity");
  }
  return { settings, problems };
}

function cloneDefaults(): OneOnOneSettings {
  return { ...DEFAULT_SETTINGS, myAliases: [], excludedFolders: [], ruleSeverity: {} };
}

// The core defines the options it needs; these map the user's settings onto them.

/** How notes are read into the index. */
export function modelSettings(s: OneOnOneSettings): ModelSettings {
  return { peopleFolder: s.peopleFolder, excludedFolders: s.excludedFolders, closedStatuses: s.closedStatuses, dailyFormat: s.dailyFormat, noteTemplate: s.noteTemplate, dailyTemplate: s.dailyTemplate, questionBank: s.questionBank };
}

/** Who "me" is, when an item goes stale, how far "due soon" looks. */
export function followUpOptions(s: OneOnOneSettings): FollowUpOptions {
  return { myName: s.myName, myAliases: s.myAliases, staleCarried: s.staleCarried, staleDays: s.staleDays, dueSoonDays: s.dueSoonDays };
}

/** How completing and cancelling stamp dates. */
export function editOptions(s: OneOnOneSettings): EditOptions {
  return { doneDate: s.doneDate, cancelledDate: s.cancelledDate };
}

/** How a new 1:1 note is planned. */
export function planSettings(s: OneOnOneSettings): PlanSettings {
  return { notePathPattern: s.notePathPattern, allowSameDayNote: s.allowSameDayNote, questionCount: s.questionCount, myName: s.myName };
}

/** How the agreed-action check runs: severities, scope, the template notes it never checks, today and who the people are. */
export function actionCheckOptions(s: OneOnOneSettings, today: string, directory: PersonDirectory): ActionCheckOptions {
  const config = modelConfigFrom(modelSettings(s));
  return { today, directory, everywhere: s.actionCheckEverywhere, excludedFiles: config.excludedFiles, severities: s.ruleSeverity, parse: config.parse };
}

// The template engine: logic-free `{{variables}}` replaced in one pass; nothing in a template ever runs.

/** The part of moment the engine uses; core never imports moment, the caller passes it in. */
export interface MomentLike {
  add(amount: number, unit: "days" | "weeks" | "months" | "years"): MomentLike;
  format(format?: string): string;
  isValid(): boolean;
}

/** `moment(input, format, strict)`: Obsidian's `moment` in the plugin, the npm package in the CLI and tests. */
export type MomentFn = (input: string, format: string, strict: boolean) => MomentLike;

export interface RenderContext {
  /** The note's day as YYYY-MM-DD: what `{{date}}` means. */
  today: string;
  /** Local time as HH:mm for `{{time}}`; midnight when not given. */
  now?: string;
  moment: MomentFn;
}

/** A variable's text, or a function of the argument after the colon (null when there is none); null leaves the token as written. */
export type VariableValue = string | ((arg: string | null) => string | null);

export type TemplateVariables = Record<string, VariableValue>;

export interface RenderResult {
  text: string;
  /** Tokens left as written because no variable has that name, e.g. `{{mood}}`, each once, in order. */
  unknownVariables: string[];
}

const TOKEN = /\{\{([^{}]*)\}\}/g;
const PARTS = /^\s*([A-Za-z_]\w*)\s*(?:([+-])\s*(\d{1,5})\s*([dwmy]))?\s*(?::([\s\S]*))?$/;
const UNITS = { d: "days", w: "weeks", m: "months", y: "years" } as const;

/** Replaces every known variable; values are inserted verbatim and never re-scanned. */
export function render(template: string, vars: TemplateVariables, ctx: RenderContext): RenderResult {
  const unknown: string[] = [];
  const text = template.replace(TOKEN, (token: string, inner: string) => {
    const value = expand(inner, vars, ctx);
    if (value !== null) return value;
    if (!unknown.includes(token)) unknown.push(token);
    return token;
  });
  return { text, unknownVariables: unknown };
}

function expand(inner: string, vars: TemplateVariables, ctx: RenderContext): string | null {
  const m = PARTS.exec(inner);
  if (!m) return null;
  const name = m[1].toLowerCase();
  const arg = m[5] === undefined ? null : m[5].trim();
  if (name === "date" || name === "time") {
    const offset = m[2] ? { amount: Number(m[3]) * (m[2] === "-" ? -1 : 1), unit: UNITS[m[4] as keyof typeof UNITS] } : null;
    return formatDateTime(name, arg, offset, ctx);
  }
  if (m[2]) return null; // date arithmetic only applies to date and time
  const v = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
  if (v === undefined) return null;
  return typeof v === "string" ? v : v(arg);
}

function formatDateTime(
  name: "date" | "time",
  format: string | null,
  offset: { amount: number; unit: MomentLikeUnit } | null,
  ctx: RenderContext,
): string | null {
  const now = ctx.now && /^\d{2}:\d{2}$/.test(ctx.now) ? ctx.now : "00:00";
  let m = ctx.moment(`${ctx.today} ${now}`, "YYYY-MM-DD HH:mm", true);
  if (!m.isValid()) return null;
  if (offset) m = m.add(offset.amount, offset.unit);
  const fmt = format === null || format === "" ? (name === "date" ? "YYYY-MM-DD" : "HH:mm") : format;
  return m.format(fmt);
}

type MomentLikeUnit = "days" | "weeks" | "months" | "years";

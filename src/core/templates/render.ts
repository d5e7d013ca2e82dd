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
  const fmEnd = frontmatterEndOffset(template);
  const text = template.replace(TOKEN, (token: string, inner: string, offset: number) => {
    const value = expand(inner, vars, ctx);
    if (value !== null) return offset < fmEnd ? yamlEscaped(value, quoteAt(template, offset)) : value;
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

/** Offset of the end of the template's frontmatter block, or 0 when it has none. */
function frontmatterEndOffset(t: string): number {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(t);
  if (!m) return 0;
  const close = /^---[ \t]*\r?$/m;
  const rest = t.slice(m[0].length);
  const c = close.exec(rest);
  return c ? m[0].length + c.index : 0;
}

/** The YAML quote open at an offset of a frontmatter line: '"', "'" or "" when unquoted. */
function quoteAt(t: string, offset: number): string {
  const lineStart = t.lastIndexOf("\n", offset - 1) + 1;
  let quote = "";
  let prev = ":"; // last non-space character outside quotes; a quote opens a scalar only at its start
  for (let i = lineStart; i < offset; i++) {
    const c = t[i];
    if (quote === '"' && c === "\\") i++;
    else if (quote === "" && (c === '"' || c === "'") && ":-[,{".includes(prev)) quote = c;
    else if (c === quote) quote = "";
    else if (quote === "" && c !== " " && c !== "\t") prev = c;
  }
  return quote;
}

/** A value placed inside a quoted YAML scalar, escaped so a name like `Sam "the man"` keeps the frontmatter valid. */
function yamlEscaped(value: string, quote: string): string {
  if (quote === '"') return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n");
  if (quote === "'") return value.replace(/'/g, "''").replace(/\r?\n/g, " ");
  return value;
}

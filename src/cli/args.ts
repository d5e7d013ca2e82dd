// Argument parsing shared by every CLI command: positionals, --flags and --key value.

export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Parses argv against the flags and valued options a command accepts; unknown options are usage errors. */
export function parseArgs(argv: string[], spec: { flags?: string[]; values?: string[]; maxPositionals?: number }): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  const allowedFlags = new Set(["json", ...(spec.flags ?? [])]);
  const allowedValues = new Set(["today", ...(spec.values ?? [])]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (allowedFlags.has(name)) {
        if (eq !== -1) throw new UsageError(`--${name} takes no value`);
        flags.add(name);
      } else if (allowedValues.has(name)) {
        const v = eq === -1 ? argv[++i] : a.slice(eq + 1);
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        values.set(name, v);
      } else throw new UsageError(`unknown option ${name.length ? "--" + name : a}`);
    } else positionals.push(a);
  }
  const max = spec.maxPositionals;
  if (max !== undefined && positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"`);
  return { positionals, flags, values };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates a YYYY-MM-DD string that names a real calendar day. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** `--today` if given (validated), else the local date of this machine. */
export function todayFrom(args: ParsedArgs, now: Date = new Date()): string {
  const v = args.values.get("today");
  if (v !== undefined) {
    if (!isIsoDate(v)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, got "${v}"`);
    return v;
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

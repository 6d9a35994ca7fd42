/**
 * A small, strict argument parser: every flag a command accepts is declared, anything else is a
 * usage error (exit 1 with a one-line message) — a typo must never be silently ignored.
 */

export class UsageError extends Error {}

export interface FlagSpec {
  /** Takes a value (`--country JP`) rather than being a switch (`--json`). */
  value?: boolean;
  /** May be given more than once (values are collected). */
  repeat?: boolean;
  alias?: string;
}

export interface Parsed {
  flags: Record<string, string | boolean | string[]>;
  positional: string[];
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): Parsed {
  const aliases = new Map<string, string>();
  for (const [name, s] of Object.entries(spec)) if (s.alias) aliases.set(s.alias, name);
  const flags: Parsed["flags"] = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) {
      const [given, inline] = a.startsWith("--") ? splitEq(a.slice(2)) : [a.slice(1), undefined];
      const name = aliases.get(given) ?? given;
      const s = spec[name];
      if (!s) throw new UsageError(`unknown option: ${a}`);
      if (s.value) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError(`option --${name} needs a value`);
        if (s.repeat) flags[name] = [...((flags[name] as string[]) ?? []), v];
        else flags[name] = v;
      } else {
        if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
        flags[name] = true;
      }
    } else positional.push(a);
  }
  return { flags, positional };
}

function splitEq(s: string): [string, string | undefined] {
  const i = s.indexOf("=");
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === "string" ? v : undefined;
}

export function bool(p: Parsed, name: string): boolean {
  return p.flags[name] === true;
}

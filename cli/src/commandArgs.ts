// Argument parsing shared by the sync commands: positional files and `--flag value` / `--flag=value`,
// with one clear message for anything unknown or malformed.
import { t } from '../../core/src/l10n';

/** A usage error: printed as one line, exit code 1. */
export class UsageError extends Error {}

/** What a command accepts: flags that take a value, and flags that are switches. */
export interface ArgSpec {
  values: readonly string[];
  switches: readonly string[];
}

/** Parsed arguments. */
export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

/** Splits argv into positional arguments, valued flags and switches; throws UsageError on anything else. */
export function parseArgs(args: string[], spec: ArgSpec): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      out.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (spec.switches.includes(name) && eq < 0) out.switches.add(name);
    else if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        throw new UsageError(t('Option {0} needs a value.', name));
      out.values.set(name, value);
    } else throw new UsageError(t('Unknown option "{0}". Run "twin --help".', name));
  }
  return out;
}

/** An integer flag within bounds, or the default. */
export function intFlag(
  parsed: ParsedArgs,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = parsed.values.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max)
    throw new UsageError(
      t('Option {0} needs a whole number from {1} to {2}, got "{3}".', name, min, max, raw),
    );
  return n;
}

/** The one manifest path a command takes. */
export function oneFile(parsed: ParsedArgs, command: string): string {
  if (parsed.positional.length === 0) throw new UsageError(t('Say which manifest: twin {0} FILE.', command));
  if (parsed.positional.length > 1)
    throw new UsageError(t('twin {0} takes one manifest, got {1}.', command, parsed.positional.length));
  return parsed.positional[0] ?? '';
}

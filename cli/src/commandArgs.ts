// Argument parsing shared by the commands: node:util's parseArgs splits argv (positional files,
// `--flag value` / `--flag=value`, `--` ending the options); what it finds wrong is reported in the
// CLI's own words and language, one line, exit 1.
import { parseArgs as parseArgv } from 'node:util';
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

type OptionToken = { kind: 'option'; name: string; rawName: string; value?: string; inlineValue?: boolean };

/** Splits argv into positional arguments, valued flags and switches; throws UsageError on anything else. */
export function parseArgs(args: string[], spec: ArgSpec): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const flag of spec.values) options[flag.slice(2)] = { type: 'string' };
  for (const flag of spec.switches) options[flag.slice(2)] = { type: 'boolean' };
  // Not strict: parseArgs' own errors are English sentences naming the option only inside their text.
  // Its tokens carry the option as typed, so each check strict mode makes is made here, in our words.
  const { tokens } = parseArgv({ args, options, strict: false, allowPositionals: true, tokens: true });
  const out: ParsedArgs = { positional: [], values: new Map(), switches: new Set() };
  for (const token of tokens) {
    if (token.kind === 'positional') out.positional.push(token.value);
    else if (token.kind === 'option') takeOption(token, options, out);
  }
  return out;
}

/** Records one option, or throws: unknown, a switch given a value, a valued flag without one. */
function takeOption(
  token: OptionToken,
  options: Record<string, { type: 'string' | 'boolean' }>,
  out: ParsedArgs,
): void {
  const type = Object.hasOwn(options, token.name) ? options[token.name]?.type : undefined;
  const flag = `--${token.name}`;
  if (type === undefined || token.rawName !== flag || (type === 'boolean' && token.value !== undefined))
    throw new UsageError(t('Unknown option "{0}". Run "twin --help".', token.rawName));
  if (type === 'boolean') {
    out.switches.add(flag);
    return;
  }
  // `--api --yes`: parseArgs takes "--yes" as the value; it is the next option, the value is missing.
  // A single dash stays a value (`--port -1` is a number out of range, not a missing one).
  if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
    throw new UsageError(t('Option {0} needs a value.', flag));
  out.values.set(flag, token.value);
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

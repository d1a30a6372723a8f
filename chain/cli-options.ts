/**
 * The command lines of `npm run chain`, `chain -- repair`, `worker`, `indexer` and `demo:build`, parsed
 * by `node:util` parseArgs (strict: an unknown flag, a missing value or a stray argument is an
 * ArgsError naming it) from one table per command, which also writes the command's `--help`.
 * Each command checks its values' meaning itself (ports, URLs, amounts).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export class ArgsError extends Error {}

export interface OptionSpec {
  /** A flag that takes a value (`--port 9944`) or a switch (`--dev`). */
  kind: 'value' | 'switch';
  /** How the value is named in the help, e.g. `MS` or `instant|manual|MS`. */
  value?: string;
  /** One line for `--help` (with the default, when there is one). */
  help: string;
}

export interface CommandSpec {
  /** `npm run chain --` and the like. */
  usage: string;
  /** What the command does, in a sentence. */
  summary: string;
  /** Flags by name without the leading dashes. */
  options: Readonly<Record<string, OptionSpec>>;
}

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** True when `--help` or `-h` is anywhere on the line: the command prints helpText and does nothing else. */
export const asksForHelp = (argv: readonly string[]): boolean =>
  argv.includes('--help') || argv.includes('-h');

/** Parses `argv` against `command`. Throws ArgsError for an unknown flag, a missing value or a stray argument. */
export function parseCommandLine(command: CommandSpec, argv: readonly string[]): OptionValues {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [
      name,
      { type: spec.kind === 'value' ? ('string' as const) : ('boolean' as const) },
    ]),
  );
  try {
    const { values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
    return values as OptionValues;
  } catch (err) {
    throw new ArgsError(`${parseErrorText(err)} (${command.usage} --help lists the flags)`);
  }
}

/** node:util's messages, shortened to what the user typed. */
function parseErrorText(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string }).code;
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${flag}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']+)'/.exec(message)?.[1] ?? ''}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|ambiguous/.test(message) ? `${flag} needs a value` : `${flag} takes no value`;
    default:
      return message;
  }
}

/** The `--help` text: usage, summary and one line per flag, aligned. */
export function helpText(command: CommandSpec): string {
  const rows = Object.entries(command.options).map(([name, spec]) => [
    `--${name}${spec.kind === 'value' ? ` ${spec.value ?? 'VALUE'}` : ''}`,
    spec.help,
  ]);
  rows.push(['--help, -h', 'print this help and exit']);
  const width = Math.max(...rows.map(([flag]) => (flag as string).length));
  return [
    `usage: ${command.usage} [flags]`,
    '',
    command.summary,
    '',
    'flags:',
    ...rows.map(([flag, help]) => `  ${(flag as string).padEnd(width)}  ${help}`),
  ].join('\n');
}

/** A value flag's text, or undefined when not given. */
export function text(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** The flag's value read by `read`, or `fallback` when the flag is not given. */
export function option<T>(values: OptionValues, name: string, read: (v: string) => T, fallback: T): T {
  const v = text(values, name);
  return v === undefined ? fallback : read(v);
}

/** A port number 0…65535, else an ArgsError naming the flag. */
export function portValue(v: string): number {
  const p = Number(v);
  if (!/^\d+$/.test(v) || p > 65535) throw new ArgsError('--port must be 0…65535');
  return p;
}

/** True when the module at `moduleUrl` (its import.meta.url) is the script node was started with, not an import. */
export const isEntryPoint = (moduleUrl: string): boolean =>
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(moduleUrl);

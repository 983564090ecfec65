import { parseArgs, type ParseArgsConfig } from 'node:util';
import { looksLikeKeyMaterial } from '../topology/withheld';

/** A command line the tool cannot act on; the message names the flag, the value and what is allowed. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A flag's value as a message shows it: quoted, unless it looks like key material pasted into the wrong place. */
function shownFlagValue(text: string): string {
  return looksLikeKeyMaterial(text) ? '(value withheld: it looks like key material)' : JSON.stringify(text);
}

/** Reads a flag as a number within bounds, or explains what is allowed. */
export function numberFlag(name: string, text: string | undefined, bounds: { min: number; max: number; integer?: boolean }): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  const kind = bounds.integer ? 'a whole number' : 'a number';
  if (text.trim() === '' || !Number.isFinite(value) || (bounds.integer && !Number.isInteger(value)) || value < bounds.min || value > bounds.max) {
    throw new UsageError(`--${name} ${shownFlagValue(text)}: must be ${kind} from ${bounds.min} to ${bounds.max}`);
  }
  return value;
}

/** Reads a flag that takes one of a fixed set of words. */
export function choiceFlag<T extends string>(name: string, text: string | undefined, allowed: readonly T[]): T | undefined {
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new UsageError(`--${name} ${shownFlagValue(text)}: must be one of ${allowed.join(', ')}`);
  }
  return text as T;
}

/**
 * Reads a command line of `--flags` only, strictly: an unknown flag, a missing value or a stray argument becomes a
 * UsageError in the kit's wording, naming the flags allowed.
 */
export function parseFlags<const O extends NonNullable<ParseArgsConfig['options']>>(
  options: O,
  args: readonly string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>>['values'] {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw explainParseError(error, Object.keys(options));
  }
}

/** Turns node:util parseArgs errors into the kit's wording. */
export function explainParseError(error: unknown, allowedFlags: readonly string[]): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return new UsageError(`${unknown[1]}: unknown option (allowed: ${allowedFlags.map((f) => `--${f}`).join(', ')})`);
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return new UsageError(`${missing[1].replace(/^-\w, /, '')}: needs a value`);
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(message);
  if (ambiguous) return new UsageError(`${ambiguous[1]}: its value starts with "-"; write ${ambiguous[1]}=VALUE if you mean it`);
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return new UsageError(`${positional[1]}: unexpected argument (this command takes only --flags)`);
  const valueless = /Option '([^']+)' does not take an argument/.exec(message);
  if (valueless) return new UsageError(`${valueless[1]}: takes no value; write ${valueless[1]} alone`);
  // Node's own wording without its error class and code: "TypeError [ERR_PARSE_ARGS_...]: ".
  return new UsageError(message.split('\n')[0].replace(/^\w*Error \[\w+\]: /, ''));
}

/**
 * Runs a command-line entry point: usage errors and other expected failures print one line and exit 2; anything
 * else is a bug and keeps its stack trace for the report.
 */
export function runCli(tool: string, main: () => number | Promise<number>, expected: (error: unknown) => string | undefined = () => undefined): void {
  Promise.resolve()
    .then(main)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      const message = error instanceof UsageError ? error.message : expected(error);
      if (message === undefined) throw error;
      process.stderr.write(`${tool}: ${message}\n`);
      process.exitCode = 2;
    });
}

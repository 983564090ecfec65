import { PlanError } from './errors';
import { escapeControl } from './untrusted-text';

/** Line and column (both from 1) of a character offset, so an editor can jump to a syntax error. */
function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

/** Where V8 says a syntax error is; its messages name a position for most errors, and the end for a truncated file. */
function errorPosition(text: string, message: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  if (match) return Number(match[1]);
  return message.startsWith('Unexpected end of JSON input') ? text.length : undefined;
}

/**
 * Parses JSON from an untrusted file. Syntax errors become a PlanError with the position and V8's reason, never a
 * stack trace.
 */
export function parseJson(text: string, file: string): unknown {
  // PowerShell and some editors write a byte-order mark that JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    throw new PlanError(file, 'empty file, expected the output of `terraform show -json <planfile>`');
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 quotes a snippet of the input in some messages; it must not break the one-line message.
    const reason = escapeControl(message.replace(/( in JSON)? at position \d+.*$/, '').replace(/\s+/g, ' '));
    const position = errorPosition(body, message);
    const where = position === undefined ? '' : ` at position ${position} (${lineAndColumn(body, position)})`;
    throw new PlanError(file, `not valid JSON${where}: ${reason}`);
  }
}

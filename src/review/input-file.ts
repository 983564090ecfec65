import { readFileSync } from 'node:fs';

/** A file the review cannot read; the message is one line naming the file and what is wrong. */
export class ReviewInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewInputError';
  }
}

/** Reads a text file, or explains in one line why it cannot: missing, a directory, unreadable, or binary. */
export function readTextFile(file: string, what = file): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new ReviewInputError(`${what}: ${why}`);
  }
  if (bytes.includes(0)) throw new ReviewInputError(`${what}: is a binary file, not JSON`);
  return bytes.toString('utf8');
}

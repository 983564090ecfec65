import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from '../util/typed-in';
import { UsageError } from './usage-error';

/** The file beside the stacks that says which installation an output folder holds. */
export const RECORD_FILE = 'installation.json';

/** The flag (and, for cdktf, which passes the app no flags, the variable) that lets a folder change installation. */
export const REPLACE_FLAG = 'replace-installation';
export const REPLACE_VARIABLE = 'KIT_REPLACE_INSTALLATION';

/** Which installation an output folder holds. */
export interface InstallationRecord {
  /** The topology's `name`, which also names the state. */
  readonly name: string;
  /** The topology file, absolute. */
  readonly topology: string;
  /** SHA-256 of the topology file's text when the stacks were synthesized. */
  readonly sha256: string;
}

/** The record of a topology file as it is now. */
export function recordOf(name: string, topologyFile: string): InstallationRecord {
  return { name, topology: topologyFile, sha256: createHash('sha256').update(readFileSync(topologyFile)).digest('hex') };
}

/** The folder's record; undefined when there is none (a new folder, or one an older kit wrote). */
export function readRecord(outdir: string): InstallationRecord | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(outdir, RECORD_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const record = data as Partial<InstallationRecord>;
  if (typeof record?.name !== 'string' || typeof record.topology !== 'string' || typeof record.sha256 !== 'string') return undefined;
  return record as InstallationRecord;
}

export function writeRecord(outdir: string, record: InstallationRecord): void {
  writeFileSync(join(outdir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** True when the operator said the folder may change installation: the flag, or the variable set to 1 or true. */
export function replaceAllowed(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return flag === true || /^(1|true)$/i.test(env[REPLACE_VARIABLE] ?? '');
}

/**
 * Refuses an output folder that holds another installation (another name or another topology file), naming both,
 * unless replacing was asked for: a command typed for staging must not plan or deploy production's stacks.
 */
export function assertSameInstallation(outdir: string, wanted: { name: string; topology: string }, replace: boolean): void {
  const held = readRecord(outdir);
  if (held === undefined || replace || (held.name === wanted.name && held.topology === wanted.topology)) return;
  throw new UsageError(
    `${shownPath(outdir)} holds installation ${held.name} (${shownPath(held.topology)}), not ${wanted.name} (${shownPath(wanted.topology)}): ` +
      `choose the output folder of ${wanted.name}, or give --${REPLACE_FLAG} (${REPLACE_VARIABLE}=1 under cdktf) to put ${wanted.name} there`,
  );
}

/**
 * Why the folder's stacks are not the topology file's text as it is now (recorded from another file, another
 * installation or other text), or undefined when they are or the folder has no record (an older kit's).
 */
export function recordMismatch(outdir: string, name: string, topologyFile: string): string | undefined {
  const held = readRecord(outdir);
  if (held === undefined) return undefined;
  const now = recordOf(name, topologyFile);
  if (held.name === now.name && held.topology === now.topology && held.sha256 === now.sha256) return undefined;
  return `${shownPath(outdir)} was not synthesized from ${shownPath(topologyFile)} as it is now`;
}
